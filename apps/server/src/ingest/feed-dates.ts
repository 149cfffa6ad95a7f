// Zone abbreviations seen in real feeds that V8's Date parser does not know (it knows UT, UTC,
// GMT, Z and the four US zones). Ambiguous ones take their most common news-feed meaning.
const ZONE_OFFSETS: Record<string, string> = {
  BST: "+0100",
  CET: "+0100",
  CEST: "+0200",
  MET: "+0100",
  MEST: "+0200",
  EET: "+0200",
  EEST: "+0300",
  WET: "+0000",
  WEST: "+0100",
  MSK: "+0300",
  IST: "+0530",
  PKT: "+0500",
  WIB: "+0700",
  HKT: "+0800",
  SGT: "+0800",
  JST: "+0900",
  KST: "+0900",
  AEST: "+1000",
  AEDT: "+1100",
  NZST: "+1200",
  WAT: "+0100",
  CAT: "+0200",
  EAT: "+0300",
  SAST: "+0200",
};
// Month abbreviations of the languages most common in Vigil's sources (pt, es, fr, de, it, nl),
// mapped to English so V8 can read "Seg, 24 Set 2018" (Portuguese). Four-letter keys first:
// French "juin"/"juil" share their first three letters.
const MONTHS: Record<string, string> = {
  juin: "Jun",
  juil: "Jul",
  jan: "Jan",
  ene: "Jan",
  gen: "Jan",
  fev: "Feb",
  fév: "Feb",
  feb: "Feb",
  mar: "Mar",
  mär: "Mar",
  mrz: "Mar",
  mrt: "Mar",
  abr: "Apr",
  apr: "Apr",
  avr: "Apr",
  mai: "May",
  may: "May",
  mag: "May",
  mei: "May",
  jun: "Jun",
  giu: "Jun",
  jul: "Jul",
  lug: "Jul",
  ago: "Aug",
  aug: "Aug",
  aoû: "Aug",
  set: "Sep",
  sep: "Sep",
  out: "Oct",
  oct: "Oct",
  okt: "Oct",
  ott: "Oct",
  nov: "Nov",
  dez: "Dec",
  dec: "Dec",
  déc: "Dec",
  dic: "Dec",
};
const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const UNIX_SECONDS = /^\d{9,10}(?:\.\d+)?$/;
const UNIX_MILLISECONDS = /^\d{12,13}$/;
// V8's fallback parser reads nearly anything ("not a date" is 2000-01-01), so a free-form date
// must at least name a month in English (after translation) or be a slashed year-first date.
const PLAUSIBLE_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b.*\b\d{2,4}\b|^\d{4}\/\d{1,2}\/\d{1,2}\b/i;
const TRAILING_ZONE = /(?:[+-]\d{4}|\b[A-Z]{1,5})$/;
// Feeds do carry placeholder dates like 0001-01-01 or 2999-12-31; they say nothing about when.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** Parses an RFC 822, ISO 8601 or unix-timestamp date to ISO 8601 UTC; null when it is not a usable date. */
export function parseFeedDate(value: unknown): string | null {
  if (typeof value === "number") return fromMilliseconds(value < 1e11 ? value * 1000 : value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  if (UNIX_SECONDS.test(text)) return fromMilliseconds(Number(text) * 1000);
  if (UNIX_MILLISECONDS.test(text)) return fromMilliseconds(Number(text));
  const iso = text.match(ISO_DATE);
  if (iso) return parseIso(iso[1] ?? "", iso[2], iso[3]);
  return parseRfc822(text);
}

function parseIso(date: string, time: string | undefined, zone: string | undefined): string | null {
  if (!time) return fromMilliseconds(Date.parse(`${date}T00:00:00Z`));
  // A date-time without a zone would be read as server-local time; feeds mean UTC far more often.
  const offset = zone ? normalizeOffset(zone) : "Z";
  return fromMilliseconds(Date.parse(`${date}T${time.replace(",", ".")}${offset}`));
}

function parseRfc822(text: string): string | null {
  let candidate = text
    .replace(/^\p{L}{2,12}\.?,?\s+(?=\d)/u, "")
    .replace(/\s+/g, " ")
    .replace(/^(\d{1,2})[ -](\p{L}+)\.?[ -](?=\d)/u, (whole, day: string, month: string) => {
      const lower = month.toLowerCase();
      const english = MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)];
      return english ? `${day} ${english} ` : whole;
    });
  if (!PLAUSIBLE_DATE.test(candidate)) return null;
  const zone = candidate.match(/\b([A-Z]{3,4})$/)?.[1];
  const offset = zone ? ZONE_OFFSETS[zone] : undefined;
  if (zone && offset) candidate = `${candidate.slice(0, -zone.length)}${offset}`;
  if (!TRAILING_ZONE.test(candidate)) candidate = `${candidate} +0000`;
  return fromMilliseconds(Date.parse(candidate));
}

function normalizeOffset(zone: string): string {
  if (zone.toUpperCase() === "Z") return "Z";
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function fromMilliseconds(milliseconds: number): string | null {
  if (!Number.isFinite(milliseconds) || milliseconds < EARLIEST || milliseconds >= LATEST) return null;
  return new Date(milliseconds).toISOString();
}
