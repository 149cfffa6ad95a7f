/**
 * `pnpm vigil <command>`: one entry, one module per command, loaded lazily so `score` doesn't open a database.
 * A command module exports `run(args: string[]): Promise<number>` and returns the exit code.
 */
type CommandModule = { run(args: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  score: () => import("./score-command.ts"),
  eval: () => import("./eval-command.ts"),
  "eval-feeds": () => import("./eval-feeds-command.ts"),
  import: () => import("./import-command.ts"),
  countries: () => import("./countries-command.ts"),
  feed: () => import("./feed-command.ts"),
  export: () => import("./export-command.ts"),
  user: () => import("./user-command.ts"),
  apikey: () => import("./apikey-command.ts"),
  audit: () => import("./audit-command.ts"),
};

/** The registered command names, sorted. */
export function commandNames(): string[] {
  return Object.keys(COMMANDS).sort();
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load === undefined) {
    const lines = await Promise.all(
      commandNames().map(
        async (command) => `  ${command.padEnd(10)} ${(await COMMANDS[command]?.())?.summary ?? ""}`,
      ),
    );
    process.stderr.write(
      `${name === undefined || name === "help" ? "" : `Unknown command '${name}'.\n`}Usage: pnpm vigil <command> [options]\n\nCommands:\n${lines.join("\n")}\n`,
    );
    return name === undefined || name === "help" ? 0 : 2;
  }
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vigil: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
