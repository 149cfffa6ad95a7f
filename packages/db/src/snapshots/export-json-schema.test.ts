import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXPORT_SCHEMA_PATH, exportJsonSchema } from "./export-json-schema.ts";

describe("docs/export-schema.json", () => {
  it("is the JSON Schema of the export as the zod schema defines it (rerun scripts/write-export-schema.ts)", () => {
    const file = fileURLToPath(new URL(`../../../../${EXPORT_SCHEMA_PATH}`, import.meta.url));
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(exportJsonSchema());
  });

  it("documents the fields a reader of an export needs", () => {
    const text = JSON.stringify(exportJsonSchema());
    for (const phrase of [
      "canonical JSON of content",
      "not-monitored",
      "The exact filters",
      "Publication instants",
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
