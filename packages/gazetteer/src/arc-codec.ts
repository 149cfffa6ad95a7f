// TopoJSON arcs are runs of small integers (quantized, delta-encoded); storing each arc as a
// polyline-style string (zigzag varints, 5 bits a character, ASCII 63–126, as in Google's
// encoded polyline format) makes the data a third the size of JSON arrays and quick to parse.

/** Encodes a run of integers as a string. */
export function encodeIntegers(values: readonly number[]): string {
  let encoded = "";
  for (const value of values) {
    let rest = value < 0 ? ~(value << 1) : value << 1;
    while (rest >= 0x20) {
      encoded += String.fromCharCode((0x20 | (rest & 0x1f)) + 63);
      rest >>= 5;
    }
    encoded += String.fromCharCode(rest + 63);
  }
  return encoded;
}

/** Decodes a string made by `encodeIntegers`. */
export function decodeIntegers(encoded: string): number[] {
  const values: number[] = [];
  let index = 0;
  while (index < encoded.length) {
    let result = 0;
    let shift = 0;
    let chunk: number;
    do {
      chunk = encoded.charCodeAt(index++) - 63;
      result |= (chunk & 0x1f) << shift;
      shift += 5;
    } while (chunk >= 0x20);
    values.push(result & 1 ? ~(result >> 1) : result >> 1);
  }
  return values;
}

/** Encodes one arc's [x, y] integer pairs. */
export function encodeArc(arc: readonly (readonly number[])[]): string {
  return encodeIntegers(arc.flatMap(([x = 0, y = 0]) => [x, y]));
}

/** Decodes one arc into [x, y] integer pairs. */
export function decodeArc(encoded: string): number[][] {
  const values = decodeIntegers(encoded);
  const arc: number[][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) arc.push([values[i] ?? 0, values[i + 1] ?? 0]);
  return arc;
}
