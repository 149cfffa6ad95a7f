import { PLACE_TERMS } from "../src/place-terms.ts";
import { foldTerm } from "../src/fold-term.ts";
const want = new Set(process.argv[2]!.split(","));
const kinds = new Set(["city", "admin1", "capital", "alias", "subnational"]);
const rows = PLACE_TERMS.filter((t) => want.has(t.iso2) && kinds.has(t.kind) && !foldTerm(t.term).includes(" "));
console.log(rows.map((t) => `${foldTerm(t.term)}${t.flags & 1 ? "*" : ""}`).sort().join(" "));
