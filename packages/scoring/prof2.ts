import { readFileSync } from "node:fs";
import { tokenize } from "./src/tokenize.ts";
import { Vocabulary } from "./src/vocabulary.ts";
import { foldTokens } from "./src/fold.ts";
const rows = readFileSync("/work/shared/eval/ucdp-ged-headlines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
const v = new Vocabulary();
for (const r of rows.slice(0, 300)) for (const t of foldTokens(r)) v.add(t);
for (const [label, fn] of [["tokenize", (t: string) => tokenize(t, v, 3)], ["charloop", (t: string) => { let h = 0; for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0; return h; }]] as const) {
  let n = 0; const t1 = performance.now();
  while (performance.now() - t1 < 1000) { for (const text of rows) fn(text); n += rows.length; }
  console.log(label, (n / ((performance.now() - t1) / 1000)).toFixed(0), "/s");
}
