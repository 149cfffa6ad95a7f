import type { AuditPage } from "@vigil/db";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary = "the audit log: status changes, views of protected fields, account changes";

const USAGE = `Usage: pnpm vigil audit [--alert ID] [--user ID] [--action A] [--limit N] [--json] [--data-dir DIR]
  Newest first. Actions: alert.submit, alert.status, alert.view-protected, auth.login, user.add, …`;

/** `vigil audit`: `audit.list` for the local operator (who can read the database file anyway). */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      "data-dir": { type: "string" },
      json: { type: "boolean", default: false },
      alert: { type: "string" },
      user: { type: "string" },
      action: { type: "string" },
      limit: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
    const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      const page = await caller.audit.list({
        alertId: number(values.alert),
        actorUserId: number(values.user),
        action: values.action,
        limit: number(values.limit) ?? 100,
      });
      await writeOut(values.json ? `${JSON.stringify(page, null, 2)}\n` : render(page));
      return 0;
    });
  });
}

function render(page: AuditPage): string {
  if (page.entries.length === 0) return "No audit entries match.\n";
  const lines = page.entries.map((entry) => {
    const who =
      entry.actor.email ??
      (entry.actor.kind === "api-key" ? `API key ${entry.actor.apiKeyId}` : entry.actor.kind);
    const about =
      entry.alertId !== null
        ? ` alert ${entry.alertId}`
        : entry.targetUserId !== null
          ? ` user ${entry.targetUserId}`
          : "";
    return `${entry.at.slice(0, 19).replace("T", " ")}  ${who.padEnd(28)} ${entry.action}${about}  ${JSON.stringify(entry.detail)}`;
  });
  return `${lines.join("\n")}\n`;
}
