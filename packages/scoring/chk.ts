import { loadLexicons } from "@vigil/taxonomy/lexicons";
try { loadLexicons(); console.log("ok"); } catch (e) { console.log((e as Error).message.slice(0, 1500)); }
