import { readFileSync } from "node:fs";
import { getDefaultScorer } from "@vigil/scoring";
const s = getDefaultScorer();
const rows = readFileSync("../shared/eval/ucdp-ged-headlines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const pairs = new Map<string, number>();
const mode = process.argv[2] ?? "wrong";
for (const r of rows) {
  const sc = s.scoreText({ text: r.text });
  const top = sc.countries[0];
  if (mode === "wrong" && top && top.iso2 !== r.country_iso2) {
    pairs.set(`${r.country_iso2}->${top.iso2}`, (pairs.get(`${r.country_iso2}->${top.iso2}`) ?? 0) + 1);
    console.log(r.country_iso2, top.iso2, "|", r.text.slice(0, 110), "|", sc.countries.map((c) => `${c.iso2}:${c.confidence}:${c.evidence.map((e) => e.text + "/" + e.kind).join(",")}`).join(" "));
  }
  if (mode === "missed" && !top) console.log(r.country_iso2, "|", r.adm_1, "|", r.text.slice(0, 140));
  if (mode === "nofactor" && !sc.riskFactors.some((f) => [1, 11, 13].includes(f.id))) console.log(r.violence_type, "|", r.text.slice(0, 140), "|", sc.signals.map(x=>x.indicator+":"+x.evidence.map(e=>e.term)).join(" "));
}
if (mode === "wrong") console.log([...pairs].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(" "));
