// Node-only entry point ("@vigil/taxonomy/lexicons"): reads the lexicon files with node:fs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { isWellFormedLexicon } from "./lexicon-fast-check.ts";
import { type Lexicon, LexiconSchema } from "./lexicon-schema.ts";

export {
  CUE_KINDS,
  CUE_SCOPES,
  type Cue,
  type CueKind,
  CueSchema,
  type CueScope,
  foldPhrase,
  type Lexicon,
  type LexiconEntry,
  LexiconEntrySchema,
  LexiconSchema,
} from "./lexicon-schema.ts";

/** Directory holding one JSON lexicon per language (packages/taxonomy/data/lexicons). */
export const LEXICON_DIR = fileURLToPath(new URL("../data/lexicons/", import.meta.url));

/** A lexicon file that cannot be read or fails validation; the message names the file and the entry. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "LexiconError";
  }
}

// Point at the offending item by index and, where it has one, by phrase: "entries[12] \"massacre\"".
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const [list, index, ...rest] = issue.path;
  let where = issue.path.map(String).join(".");
  if (typeof list === "string" && typeof index === "number") {
    const item = (raw as Record<string, unknown[]> | null)?.[list]?.[index];
    const phrase = typeof item === "string" ? item : (item as { phrase?: unknown } | undefined)?.phrase;
    const label = typeof phrase === "string" ? ` "${phrase}"` : "";
    const field = rest.length > 0 ? ` ${rest.map(String).join(".")}` : "";
    where = `${list}[${index}]${label}${field}`;
  }
  return `  ${where || "(file)"}: ${issue.message}`;
}

function loadLexiconFile(dir: string, file: string): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    throw new LexiconError(file, `Lexicon file '${file}' is not valid JSON: ${(error as Error).message}`);
  }
  const lexicon = isWellFormedLexicon(raw) ? raw : parseLexicon(file, raw);
  // The file name is the language code, so adding a language is just adding "<lang>.json".
  const expected = file.replace(/\.json$/, "");
  if (lexicon.lang !== expected) {
    throw new LexiconError(
      file,
      `Lexicon file '${file}' declares lang '${lexicon.lang}'; expected '${expected}'`,
    );
  }
  return lexicon;
}

/** The schema's answer, with every issue named, for files the fast check did not accept. */
function parseLexicon(file: string, raw: unknown): Lexicon {
  const result = LexiconSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => describeIssue(issue, raw)).join("\n");
    throw new LexiconError(file, `Lexicon file '${file}' is invalid:\n${issues}`);
  }
  return result.data;
}

/** Reads and validates every *.json lexicon in `dir` (default {@link LEXICON_DIR}), sorted by language code. */
export function loadLexicons(dir: string | URL = LEXICON_DIR): Lexicon[] {
  const path = dir instanceof URL ? fileURLToPath(dir) : dir;
  const files = readdirSync(path)
    .filter((file) => file.endsWith(".json"))
    .sort();
  if (files.length === 0) {
    throw new LexiconError(path, `No lexicon files (*.json) in '${path}'`);
  }
  return files
    .map((file) => loadLexiconFile(path, file))
    .sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
}
