import type { User } from "@vigil/db";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary =
  "accounts: add (prints a one-time password), list, reset-password, revoke-sessions, disable, enable";

const USAGE = `Usage: pnpm vigil user <subcommand> [--data-dir DIR]
  add --email E --role member|coordinator|analyst|admin [--org NAME] [--name N]
                                  adds a user (and the organisation if new); prints a one-time password
  list [--json]                   every user
  reset-password ID               a new one-time password; their sessions end
  revoke-sessions ID              signs the user out everywhere
  disable ID | enable ID          a disabled user can't sign in; their sessions end
  review-all ID on|off            let a coordinator review every organisation's alerts`;

/** `vigil user …`: the same procedures (and checks) as the admin API, run by the local operator. */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      "data-dir": { type: "string" },
      json: { type: "boolean", default: false },
      email: { type: "string" },
      role: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
    });
    const [subcommand, idText, setting] = positionals;
    if (subcommand === undefined) throw new UsageError("Give a subcommand.");
    const id = () => {
      if (idText === undefined || !/^\d+$/.test(idText)) {
        throw new UsageError(`'user ${subcommand}' needs a user id (see 'user list').`);
      }
      return Number(idText);
    };
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      switch (subcommand) {
        case "add": {
          if (values.email === undefined || values.role === undefined) {
            throw new UsageError("'user add' needs --email and --role.");
          }
          let created = "";
          if (values.org !== undefined) {
            const known = await caller.org.list();
            if (!known.some((org) => org.name === values.org?.trim())) {
              const org = await caller.org.add({ name: values.org });
              created = `Created organisation '${org.name}' (id ${org.id}).\n`;
            }
          }
          const { user, oneTimePassword } = await caller.user.add({
            email: values.email,
            role: values.role as User["role"],
            organisation: values.org,
            name: values.name,
          });
          await writeOut(
            `${created}Added ${describe(user)}.\nOne-time password (shown only now; they choose their own at first sign-in):\n\n  ${oneTimePassword}\n\n`,
          );
          return 0;
        }
        case "list": {
          const users = await caller.user.list();
          await writeOut(values.json ? `${JSON.stringify(users, null, 2)}\n` : renderUsers(users));
          return 0;
        }
        case "reset-password": {
          const { user, oneTimePassword } = await caller.user.resetPassword({ id: id() });
          await writeOut(
            `New one-time password for ${user.email} (shown only now):\n\n  ${oneTimePassword}\n\n`,
          );
          return 0;
        }
        case "revoke-sessions": {
          const { revoked } = await caller.user.revokeSessions({ id: id() });
          await writeOut(`Ended ${revoked} session${revoked === 1 ? "" : "s"} of user ${idText}.\n`);
          return 0;
        }
        case "disable":
        case "enable": {
          const user = await caller.user.update({ id: id(), isDisabled: subcommand === "disable" });
          await writeOut(`${describe(user)}: ${user.disabledAt ? "disabled; sessions ended" : "enabled"}.\n`);
          return 0;
        }
        case "review-all": {
          if (setting !== "on" && setting !== "off")
            throw new UsageError("'user review-all ID' takes on or off.");
          const user = await caller.user.update({ id: id(), canReviewAllOrgs: setting === "on" });
          await writeOut(
            `${describe(user)} ${user.canReviewAllOrgs ? "now reviews every organisation's alerts" : "reviews their own organisation's alerts"}.\n`,
          );
          return 0;
        }
        default:
          throw new UsageError(`Unknown subcommand '${subcommand}'.`);
      }
    });
  });
}

function describe(user: User): string {
  const org = user.organisation ? ` of ${user.organisation.name}` : "";
  return `${user.role} ${user.email}${org} (id ${user.id})`;
}

function renderUsers(users: readonly User[]): string {
  if (users.length === 0)
    return "No users. Add the first admin with: pnpm vigil user add --email E --role admin\n";
  const lines = users.map((user) =>
    [
      String(user.id).padStart(4),
      user.role.padEnd(11),
      user.email.padEnd(32),
      (user.organisation?.name ?? "—").padEnd(24),
      user.disabledAt ? "disabled" : user.mustChangePassword ? "one-time password" : "active",
    ].join("  "),
  );
  return `${lines.join("\n")}\n`;
}
