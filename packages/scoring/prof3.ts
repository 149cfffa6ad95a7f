import { readFileSync } from "node:fs";
import { FOLD_TABLE, WORD_CHAR, foldTokens } from "./src/fold.ts";
import { HASH_SEED, Vocabulary, hashStep } from "./src/vocabulary.ts";
const rows = readFileSync("/work/shared/eval/ucdp-ged-headlines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
const v = new Vocabulary();
for (const r of rows.slice(0, 300)) for (const t of foldTokens(r)) v.add(t);
function scanOnly(text: string, withLookup: boolean) {
  let start = -1, hash = HASH_SEED, n = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    const folded = FOLD_TABLE[code] as number;
    if (WORD_CHAR[folded] === 1 && i < length) { if (start < 0) { start = i; hash = HASH_SEED; } hash = hashStep(hash, folded); continue; }
    if (start >= 0) { n += withLookup ? v.lookup(text, start, i, hash) : hash; start = -1; }
  }
  return n;
}
for (const [label, fn] of [["scan", (t: string) => scanOnly(t, false)], ["scan+lookup", (t: string) => scanOnly(t, true)]] as const) {
  let n = 0; const t1 = performance.now();
  while (performance.now() - t1 < 1000) { for (const text of rows) fn(text); n += rows.length; }
  console.log(label, (n / ((performance.now() - t1) / 1000)).toFixed(0), "/s");
}
