import { z } from "zod";
import { SituationDocumentSchema } from "../schemas/snapshot.ts";

/** Where the schema is published in the repository; `$id` points at it. */
export const EXPORT_SCHEMA_PATH = "docs/export-schema.json";

/**
 * The JSON Schema (draft 2020-12) of the JSON export, derived from the zod schema the API's `.output()`
 * checks, so the two can't disagree. docs/export-schema.json is this, written by
 * `pnpm exec tsx packages/db/scripts/write-export-schema.ts` (then `biome format`); a test fails when
 * the file is stale.
 */
export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SituationDocumentSchema, { target: "draft-2020-12", io: "output" });
  return {
    ...schema,
    $id: `https://github.com/vigil/vigil/blob/main/${EXPORT_SCHEMA_PATH}`,
    title: "Vigil situation export",
    description:
      "A situation document: a saved snapshot (snapshot set) or the live view (snapshot null) of the Vigil " +
      "dashboard, with per-country scores, levels, factor breakdowns, evidence and provenance. contentHash is " +
      "the SHA-256 of the canonical JSON of content; see docs/EXPORTS.md.",
  };
}
