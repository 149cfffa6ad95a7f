import { canonicalJson, type SituationDocument, sha256Hex } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXPORT_NOW,
  type ExportServer,
  csvRowsOf as rowsOf,
  startExportServer,
} from "../test-utils/export-server.ts";
import { HOSTILE_TITLES } from "../test-utils/seed-hostile.ts";

const VIEW = "window=30d&asOf=2026-03-01&region=africa&riskFactors=11,13&sourceTypes=news,alert";
let exportServer: ExportServer;
const download = (pathAndQuery: string) => exportServer.download(pathAndQuery);
const callerFor = (role: "analyst") => exportServer.callerFor(role);

beforeAll(async () => {
  exportServer = await startExportServer();
}, 60_000);
afterAll(() => exportServer.close());

describe("exports over HTTP", () => {
  it("JSON: exactly what map.countries and country.detail show for the view, with its provenance", async () => {
    const { response, body } = await download(`/export/json?${VIEW}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="vigil-africa-2026-03-01.json"',
    );
    const document = JSON.parse(body) as SituationDocument;
    const caller = await callerFor("analyst");
    const filters = { window: "30d" as const, asOf: "2026-03-01T23:59:59.999Z", riskFactors: [11, 13] };
    const map = (await caller.map.countries(filters)).filter((situation) => situation.region === "africa");
    expect(document.content.situations.map((situation) => situation.iso2)).toEqual(
      map.map((s) => s.iso2).sort(),
    );
    expect(document.content.situations.find((s) => s.iso2 === "SD")).toEqual(
      map.find((s) => s.iso2 === "SD"),
    );
    const sudan = await caller.country.detail({ ...filters, iso2: "SD" });
    expect(document.content.countries.find((c) => c.situation.iso2 === "SD")?.why).toBe(sudan.why);
    expect(document.content.provenance).toMatchObject({
      filtersText: "30 days to 2026-03-01 · Africa · risk factors 11, 13 · news and field alerts",
      scoringVersion: document.content.scoringVersion,
      coverage: { countries: map.length },
    });
    expect(document.content.provenance.items).toBeGreaterThan(0);
    expect(document.accessedAt).toBe(EXPORT_NOW);
    expect(sha256Hex(canonicalJson(document.content))).toBe(document.contentHash);
    expect(response.headers.get("x-vigil-content-sha256")).toBe(document.contentHash);
    expect(JSON.parse((await download(`/export/json?${VIEW}`)).body).contentHash).toBe(document.contentHash);
  });

  it("CSV: a row per situation and per evidence item of the view, each carrying the provenance", async () => {
    const json = JSON.parse((await download(`/export/json?${VIEW}`)).body) as SituationDocument;
    const situations = rowsOf((await download(`/export/csv?${VIEW}`)).body);
    expect(situations.map((row) => row.iso2).sort()).toEqual(json.content.situations.map((s) => s.iso2));
    const sudan = situations.find((row) => row.iso2 === "SD");
    expect(Number(sudan?.score)).toBe(json.content.situations.find((s) => s.iso2 === "SD")?.score);
    expect(sudan?.factor_11).not.toBe("");
    expect(sudan?.factor_1).toBe("");
    for (const row of situations) {
      expect(row).toMatchObject({
        content_sha256: json.contentHash,
        filters: json.content.provenance.filtersText,
      });
      expect(row.coverage_note).toMatch(/countries are not monitored/);
    }
    const evidence = rowsOf((await download(`/export/csv?${VIEW}&table=evidence`)).body);
    const expected = json.content.countries.flatMap((c) =>
      c.topEvidence.map((e) => `${c.situation.iso2}:${e.clusterId}`),
    );
    expect(evidence.map((row) => `${row.iso2}:${row.cluster_id}`)).toEqual(expected);
    expect(evidence.every((row) => row.content_sha256 === json.contentHash)).toBe(true);
  });

  it("GeoJSON: a feature per situation with level and score, and the provenance on the collection", async () => {
    const json = JSON.parse((await download(`/export/json?${VIEW}`)).body) as SituationDocument;
    const { response, body } = await download(`/export/geojson?${VIEW}`);
    expect(response.headers.get("content-type")).toBe("application/geo+json");
    const collection = JSON.parse(body);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual(
      json.content.situations.map((s) => s.iso2),
    );
    const sudan = collection.features.find((f: { id: string }) => f.id === "SD");
    expect(sudan.geometry.type).toBe("MultiPolygon");
    expect(sudan.properties).toMatchObject({
      level: json.content.situations.find((s) => s.iso2 === "SD")?.level,
    });
    expect(collection.vigil).toMatchObject({
      contentHash: json.contentHash,
      provenance: { scoring_version: json.content.scoringVersion },
    });
    const lons =
      JSON.stringify(collection.features.map((f: { geometry: unknown }) => f.geometry)).match(
        /-?\d+\.?\d*(?=,)/g,
      ) ?? [];
    expect(lons.every((lon) => Math.abs(Number(lon)) <= 180)).toBe(true);
  });

  it("CSV neutralises formula injection in hostile feed titles and source names", async () => {
    const evidence = rowsOf(
      (await download("/export/csv?window=30d&asOf=2026-03-01&country=SD&table=evidence")).body,
    );
    const hostile = evidence.filter((row) => row.source?.includes("cmd"));
    expect(hostile.length).toBeGreaterThanOrEqual(4);
    for (const row of evidence) {
      for (const cell of Object.values(row)) {
        if (/^-?\d/.test(cell)) continue; // numbers Vigil writes itself
        expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const titles = hostile.map((row) => (row.title ?? "").replace(/^'/, ""));
    for (const title of titles) expect(HOSTILE_TITLES as readonly string[]).toContain(title);
    expect(hostile[0]?.source).toBe("'=cmd|' /C calc'!A0");
  });

  it("brief: an HTML page for print with map, ranking, why, evidence and provenance; feed text escaped", async () => {
    const { response, body } = await download("/export/brief?window=30d&asOf=2026-03-01&country=SD");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(body).toContain("<h1>Sudan: situation as of 1 March 2026</h1>");
    for (const heading of ["Map", "Ranking", "Country situation", "Provenance"])
      expect(body).toContain(`>${heading}</h2>`);
    expect(body).toMatch(/<svg class="brief-map"[^>]*>/);
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Sudan");
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toContain('href="javascript:');
    expect(body).toContain("=HYPERLINK(&quot;http://x&quot;");
  });

  it("exports a saved snapshot byte for byte the same each time, and names a missing one", async () => {
    const saved = await (await callerFor("analyst")).snapshot.create({ window: "30d", iso2: "SD" });
    const id = saved.id;
    const first = await download(`/export/json?snapshot=${id}`);
    expect(JSON.parse(first.body)).toEqual(await (await callerFor("analyst")).snapshot.get({ id }));
    expect((await download(`/export/json?snapshot=${id}`)).body).toBe(first.body);
    const csv = rowsOf((await download(`/export/csv?snapshot=${id}`)).body);
    expect(csv.every((row) => row.snapshot_id === id && row.saved_by === "Test analyst")).toBe(true);
    const missing = await download("/export/csv?snapshot=abcdefgh");
    expect([missing.response.status, missing.body]).toEqual([404, "No snapshot with id 'abcdefgh'\n"]);
  });

  it("refuses bad requests with a reason", async () => {
    expect((await download("/export/pdf")).response.status).toBe(400);
    const badWindow = await download("/export/json?window=2w");
    expect(badWindow.response.status).toBe(400);
    expect(badWindow.body).toMatch(/^window: /);
  });
});
