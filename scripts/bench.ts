/**
 * `pnpm bench`: every benchmark runs in its own Node process (clean heap, honest RSS) and prints its
 * figures beside a baseline measured in the same run. Pass names to run a subset: `pnpm bench scorer`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./bench/", import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n### ${file.replace(".bench.ts", "")}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `${dir}${file}`], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
