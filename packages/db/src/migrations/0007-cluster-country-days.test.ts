import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type VigilDatabase } from "../open-database.ts";
import { MIGRATIONS } from "./migrate.ts";

const NAME = "0007-cluster-country-days";
const BEFORE = Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf(NAME) - 1] as string;

describe(NAME, () => {
  let dir: string;
  let opened: VigilDatabase;
  let migrator: Migrator;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
    opened = openDatabase({ file: path.join(dir, "vigil.db") });
    migrator = new Migrator({ db: opened.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  });
  afterEach(async () => {
    await opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const countryIndexes = () =>
    opened.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_country' ORDER BY name",
      )
      .all()
      .map((row) => (row as { name: string }).name);
  const hasTable = () =>
    opened.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'cluster_country_days'").get() !==
    undefined;

  it("lists the distinct triples of both evidence tables and drops their country indexes; down() undoes it", async () => {
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    // Only the evidence tables matter here, not the clusters they point at.
    opened.sqlite.pragma("foreign_keys = OFF");
    const factor = opened.sqlite.prepare("INSERT INTO cluster_factor_evidence VALUES (?, ?, ?, ?, 0.5, 1)");
    factor.run(1, "ML", 13, 20_500);
    factor.run(1, "ML", 8, 20_500);
    factor.run(1, "NE", 13, 20_501);
    const indicator = opened.sqlite.prepare(
      "INSERT INTO cluster_indicator_evidence VALUES (?, ?, ?, ?, ?, 0.5, 1)",
    );
    indicator.run(1, "ML", "13.1", 13, 20_500);
    // Only in the indicator table: an indicator whose factor weight rounded away.
    indicator.run(2, "BF", "8.8", 8, 20_502);

    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    const rows = opened.sqlite.prepare("SELECT iso2, day, cluster_id FROM cluster_country_days").raw().all();
    expect(rows).toEqual([
      ["BF", 20_502, 2],
      ["ML", 20_500, 1],
      ["NE", 20_501, 1],
    ]);
    expect(countryIndexes()).toEqual(["country_daily_by_country", "item_countries_by_country"]);

    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    expect(hasTable()).toBe(false);
    expect(countryIndexes()).toEqual([
      "cluster_factor_evidence_by_country",
      "cluster_indicator_evidence_by_country",
      "country_daily_by_country",
      "item_countries_by_country",
    ]);
  });
});
