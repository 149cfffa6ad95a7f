import type { Feed, FeedHealth } from "@vigil/db";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary = "the feed registry: list, add, edit, disable, enable, remove, refresh, health";

const USAGE = `Usage: pnpm vigil feed <subcommand> [--data-dir DIR]
  list [--json]                           feeds with their state
  health [--json]                         failures in a row, last error, next attempt; worst first
  add --name N --url URL --lang L [--reliability 0.7] [--interval 15m] [--disabled]
  edit ID [--name N] [--url URL] [--lang L] [--reliability R] [--interval 1h]
  disable ID | enable ID | remove ID
  refresh [ID]                            poll one feed (or every enabled feed) now`;

/** Reliability of a feed added without --reliability: a known outlet, not yet rated by the coalition. */
const DEFAULT_RELIABILITY = 0.7;

const FLAGS = {
  "data-dir": { type: "string" },
  json: { type: "boolean", default: false },
  name: { type: "string" },
  url: { type: "string" },
  lang: { type: "string" },
  reliability: { type: "string" },
  interval: { type: "string" },
  disabled: { type: "boolean", default: false },
} as const;

/** `vigil feed <subcommand>`: every change goes through the same procedures (and zod schemas) as the API. */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, FLAGS);
    const [subcommand, idText, ...extra] = positionals;
    if (subcommand === undefined) throw new UsageError("Give a subcommand.");
    if (extra.length > 0) throw new UsageError(`Unexpected argument '${extra[0]}'.`);
    const id = () => {
      if (idText === undefined)
        throw new UsageError(`'feed ${subcommand}' needs a feed id (see 'feed list').`);
      return Number(idText);
    };
    const settings = {
      name: values.name,
      url: values.url,
      lang: values.lang,
      reliability: values.reliability === undefined ? undefined : Number(values.reliability),
      pollIntervalSeconds: values.interval === undefined ? undefined : parseInterval(values.interval),
    };
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      switch (subcommand) {
        case "list":
          return print(values.json, await caller.feed.list(), renderFeeds);
        case "health":
          return print(values.json, await caller.feed.health(), renderHealth);
        case "add": {
          const { name, url, lang } = settings;
          if (name === undefined || url === undefined || lang === undefined) {
            throw new UsageError("'feed add' needs --name, --url and --lang.");
          }
          const reliability = settings.reliability ?? DEFAULT_RELIABILITY;
          const feed = await caller.feed.add({
            ...settings,
            name,
            url,
            lang,
            reliability,
            enabled: !values.disabled,
          });
          return print(
            values.json,
            feed,
            (added) => `Added feed ${added.id}: ${added.name} <${added.url}>\n`,
          );
        }
        case "edit":
          return print(
            values.json,
            await caller.feed.update({ id: id(), ...settings }),
            (feed) => `Updated feed ${feed.id}: ${feed.name}\n`,
          );
        case "disable":
        case "enable": {
          const feed = await caller.feed.update({ id: id(), enabled: subcommand === "enable" });
          return print(values.json, feed, () => `Feed ${feed.id} (${feed.name}) ${subcommand}d\n`);
        }
        case "remove": {
          const feed = await caller.feed.remove({ id: id() });
          return print(
            values.json,
            feed,
            () => `Removed feed ${feed.id} (${feed.name}); its items keep counting\n`,
          );
        }
        case "refresh": {
          const outcomes = await caller.feed.refresh(idText === undefined ? undefined : { id: id() });
          const lines = outcomes.map((outcome) =>
            outcome.status === "failed"
              ? `FAIL ${outcome.url}: ${outcome.error}`
              : `${outcome.status.padEnd(12)} ${outcome.url}${outcome.status === "ok" ? `: ${outcome.inserted} new, ${outcome.duplicates} known` : ""}`,
          );
          return print(values.json, outcomes, () => `${lines.join("\n")}\n`);
        }
        default:
          throw new UsageError(`Unknown subcommand '${subcommand}'.`);
      }
    });
  });
}

/** "900", "900s", "15m", "2h" → seconds; the schema then checks the range (5 min – 1 day). */
export function parseInterval(text: string): number {
  const match = /^(\d+)\s*([smh]?)$/.exec(text.trim());
  if (!match)
    throw new UsageError(`--interval takes seconds or a duration such as 15m or 2h, not '${text}'.`);
  return Number(match[1]) * ({ "": 1, s: 1, m: 60, h: 3600 }[match[2] as "" | "s" | "m" | "h"] ?? 1);
}

async function print<T>(isJson: boolean, value: T, render: (value: T) => string): Promise<number> {
  await writeOut(isJson ? `${JSON.stringify(value, null, 2)}\n` : render(value));
  return 0;
}

function renderFeeds(feeds: readonly Feed[]): string {
  if (feeds.length === 0)
    return "No feeds. Add one with: pnpm vigil feed add --name N --url URL --lang en --reliability 0.8\n";
  const lines = feeds.map((feed) =>
    [
      String(feed.id).padStart(4),
      feed.enabled ? "on " : "off",
      feed.name.slice(0, 40).padEnd(40),
      feed.lang.padEnd(5),
      feed.reliability.toFixed(2),
      `${Math.round(feed.pollIntervalSeconds / 60)}m`.padStart(5),
      feed.lastError && feed.consecutiveFailures > 0
        ? `failing×${feed.consecutiveFailures}`
        : (feed.lastSuccessAt ?? "never polled"),
      feed.url,
    ].join("  "),
  );
  return `${lines.join("\n")}\n`;
}

function renderHealth(rows: readonly FeedHealth[]): string {
  const lines = rows.map((row) => {
    const next = row.nextAttemptAt ? ` next ${row.nextAttemptAt.slice(0, 16).replace("T", " ")} UTC` : "";
    const error = row.lastError && row.consecutiveFailures > 0 ? `\n        ${row.lastError}` : "";
    return `${String(row.id).padStart(4)}  ${row.status.padEnd(12)} ${row.name}${next}${error}`;
  });
  return `${lines.join("\n")}\n`;
}
