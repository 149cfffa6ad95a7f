import { readFileSync } from "node:fs";
import { PLACE_TERMS } from "../src/place-terms.ts";
import { foldTerm } from "../src/fold-term.ts";
const dict = new Set(readFileSync("/usr/share/dict/american-english", "utf8").split("\n").filter((w) => w && w === w.toLowerCase() && !w.includes("'")).map(foldTerm));
const out: Record<string, string[]> = {};
for (const t of PLACE_TERMS) {
  const f = foldTerm(t.term);
  if (dict.has(f)) (out[t.kind] ??= []).push(`${t.term}:${t.iso2}${t.flags & 1 ? "*" : ""}`);
}
for (const [k, v] of Object.entries(out)) console.log(k, v.length, "\n  ", v.join(" "));
console.log(dict.size);
