/**
 * Writes docs/export-schema.json from the zod schema of the JSON export; then run
 * `pnpm exec biome format --write docs/export-schema.json`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EXPORT_SCHEMA_PATH, exportJsonSchema } from "../src/snapshots/export-json-schema.ts";

const file = fileURLToPath(new URL(`../../../${EXPORT_SCHEMA_PATH}`, import.meta.url));
writeFileSync(file, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${file}\n`);
