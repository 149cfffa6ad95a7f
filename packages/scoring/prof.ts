import { readFileSync } from "node:fs";
import { getDefaultScorer } from "@vigil/scoring";
const t0 = performance.now();
const s = getDefaultScorer();
console.log("build", performance.now() - t0);
const rows = readFileSync("/work/shared/eval/ucdp-ged-headlines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
let n = 0;
const t1 = performance.now();
while (performance.now() - t1 < 3000) { for (const text of rows) s.scoreText({ text }); n += rows.length; }
console.log("items/s", n / ((performance.now() - t1) / 1000));
