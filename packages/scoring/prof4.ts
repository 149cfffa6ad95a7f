import { readFileSync } from "node:fs";
import { foldTokens } from "./src/fold.ts";
import { tokenize } from "./src/tokenize.ts";
import { Vocabulary } from "./src/vocabulary.ts";
const rows = readFileSync("/work/shared/eval/ucdp-ged-headlines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
const v = new Vocabulary();
for (const r of rows.slice(0, 300)) for (const t of foldTokens(r)) v.add(t);
for (const langs of [0, 3, 0, 3]) {
  let n = 0; const t1 = performance.now();
  while (performance.now() - t1 < 1000) { for (const text of rows) tokenize(text, v, langs); n += rows.length; }
  console.log("langs", langs, (n / ((performance.now() - t1) / 1000)).toFixed(0), "/s");
}
