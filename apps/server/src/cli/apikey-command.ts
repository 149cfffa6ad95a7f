import type { ApiKey } from "@vigil/db";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary = "API keys for integrations that submit alerts: create (shown once), list, revoke";

const USAGE = `Usage: pnpm vigil apikey <subcommand> [--data-dir DIR]
  create --org NAME --label L     a key that submits alerts for the organisation; printed once
  list [--json]                   every key (never the key itself)
  revoke ID                       refuses the key from now on`;

/** `vigil apikey …`: the admin API's key procedures, run by the local operator. */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      "data-dir": { type: "string" },
      json: { type: "boolean", default: false },
      org: { type: "string" },
      label: { type: "string" },
    });
    const [subcommand, idText] = positionals;
    if (subcommand === undefined) throw new UsageError("Give a subcommand.");
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      switch (subcommand) {
        case "create": {
          if (values.org === undefined || values.label === undefined) {
            throw new UsageError("'apikey create' needs --org and --label.");
          }
          const { apiKey, key } = await caller.apikey.create({
            organisation: values.org,
            label: values.label,
          });
          await writeOut(
            `Created API key ${apiKey.id} (${apiKey.label}) for ${apiKey.organisation.name}. The key, shown only now:\n\n  ${key}\n\nSend it as the header 'Authorization: Bearer <key>' to POST /trpc/alert.submit.\n`,
          );
          return 0;
        }
        case "list": {
          const keys = await caller.apikey.list();
          await writeOut(values.json ? `${JSON.stringify(keys, null, 2)}\n` : renderKeys(keys));
          return 0;
        }
        case "revoke": {
          if (idText === undefined || !/^\d+$/.test(idText))
            throw new UsageError("'apikey revoke' needs a key id.");
          const apiKey = await caller.apikey.revoke({ id: Number(idText) });
          await writeOut(`Revoked API key ${apiKey.id} (${apiKey.label}).\n`);
          return 0;
        }
        default:
          throw new UsageError(`Unknown subcommand '${subcommand}'.`);
      }
    });
  });
}

function renderKeys(keys: readonly ApiKey[]): string {
  if (keys.length === 0)
    return "No API keys. Create one with: pnpm vigil apikey create --org NAME --label L\n";
  const lines = keys.map((key) =>
    [
      String(key.id).padStart(4),
      `${key.prefix}…`.padEnd(12),
      key.label.padEnd(24),
      key.organisation.name.padEnd(24),
      key.revokedAt ? `revoked ${key.revokedAt}` : `last used ${key.lastUsedAt ?? "never"}`,
    ].join("  "),
  );
  return `${lines.join("\n")}\n`;
}
