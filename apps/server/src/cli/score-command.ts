import { createInterface } from "node:readline";
import { getDefaultScorer } from "@vigil/scoring";
import { scoreLineJson } from "./score-line.ts";

/** One-line description for `vigil help`. */
export const summary = "score JSON Lines from stdin: {id, text, title?, lang?} → one result line each";

/** Reads JSON Lines from stdin and writes one result line per input line, in order. */
export async function run(_args: string[]): Promise<number> {
  const scorer = getDefaultScorer();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer: string[] = [];
  for await (const line of lines) {
    if (line.trim() === "") continue;
    buffer.push(scoreLineJson(scorer, line));
    // Batching writes keeps the stream fast; flushing at 256 lines keeps memory flat on huge inputs.
    if (buffer.length >= 256) {
      await write(`${buffer.join("\n")}\n`);
      buffer = [];
    }
  }
  if (buffer.length > 0) await write(`${buffer.join("\n")}\n`);
  return 0;
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}
