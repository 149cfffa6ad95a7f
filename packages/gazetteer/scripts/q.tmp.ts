import { PLACE_TERMS } from "/work/main/packages/gazetteer/src/place-terms.ts";
import { foldTerm } from "/work/main/packages/gazetteer/src/fold-term.ts";
const qs = process.argv.slice(2);
for (const q of qs) {
  const f = foldTerm(q);
  const hits = PLACE_TERMS.filter((t) => foldTerm(t.term) === f);
  console.log(q.padEnd(22), hits.length ? hits.map((t) => `${t.iso2}/${t.kind}/${t.weight}/f${t.flags} "${t.term}"`).join("; ") : "—");
}
