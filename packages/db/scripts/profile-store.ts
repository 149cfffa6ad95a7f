import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dayStartIso } from "../src/days.ts";
import { migrateToLatest } from "../src/migrations/migrate.ts";
import { openDatabase } from "../src/open-database.ts";
import { createFeed } from "../src/queries/feeds.ts";
import { storeScoredItems } from "../src/queries/store-items.ts";
import { syntheticItems } from "../src/synthetic-items.ts";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-prof-"));
const opened = openDatabase({ file: path.join(dir, "p.db") });
await migrateToLatest(opened.db);
const ids: number[] = [];
for (let i = 0; i < 100; i++) ids.push((await createFeed(opened.db, { feed: { name: `S${i}`, url: `https://s${i}.example/f`, lang: "en", reliability: 0.7 }, now: new Date() })).id);
const countries = Array.from({ length: 200 }, (_, i) => `${"ABCDEFGHIJ"[Math.floor(i / 26)]}${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i % 26]}`);
const bySource = syntheticItems({ seed: 1, stories: Number(process.argv[2] ?? 10000), sourceIds: ids, countries, firstDay: 20500, days: 30 });
const now = new Date(dayStartIso(20532));
const { storeStatements } = await import("../src/queries/store-statements.ts");
const statements = storeStatements(opened.sqlite) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>;
const spent = new Map<string, number>();
for (const [name, statement] of Object.entries(statements)) {
  for (const method of ["run", "all", "get"]) {
    const original = statement[method]?.bind(statement);
    if (!original) continue;
    statement[method] = (...args: unknown[]) => { const t0 = performance.now(); try { return original(...args); } finally { spent.set(name, (spent.get(name) ?? 0) + performance.now() - t0); } };
  }
}
const cpu0 = process.cpuUsage();
let n = 0;
const t = performance.now();
for (const [sourceId, items] of bySource) for (let i = 0; i < items.length; i += 500) { const r = await storeScoredItems(opened.db, { sourceId, sourceType: "news", reliability: 0.8, items: items.slice(i, i + 500), now }); n += r.inserted; }
const s = (performance.now() - t) / 1000;
console.log(n, "items", Math.round(n / s), "items/s; cpu", Math.round(n / ((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6)), "items/cpu-s");
console.log([...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join("\n"));
await opened.close();
fs.rmSync(dir, { recursive: true, force: true });
