import { getDefaultScorer } from "@vigil/scoring";
const s = getDefaultScorer();
for (const text of process.argv.slice(2)) {
  const r = s.scoreText({ text });
  console.log(text, "=>", r.lang, JSON.stringify(r.countries.map(c => [c.iso2, c.confidence, c.evidence.map(e => `${e.text}:${e.kind}:${e.weight}`)])), JSON.stringify(r.signals.map(x=>[x.indicator,x.weight,x.evidence.map(e=>e.term)])));
}
