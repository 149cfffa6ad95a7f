import type { IncomingMessage } from "node:http";
import type { TRPCRequestInfo } from "@trpc/server/http";
import { COUNTRIES, loadBorders } from "@vigil/gazetteer";
import type { ExportSources } from "./situation-geojson.ts";

/** The gazetteer's borders and countries, for the GeoJSON export and the brief's map. */
export function gazetteerSources(): ExportSources {
  return { borders: loadBorders(), countries: COUNTRIES };
}

/**
 * Request info for building a tRPC context outside the tRPC handler (an export download is one GET
 * that calls procedures in-process): a plain, unbatched query with no procedure calls of its own.
 */
export function exportRequestInfo(request: IncomingMessage): TRPCRequestInfo {
  const controller = new AbortController();
  request.once("close", () => controller.abort());
  return {
    accept: null,
    type: "query",
    isBatchCall: false,
    calls: [],
    connectionParams: null,
    signal: controller.signal,
    url: new URL(request.url ?? "/", "http://localhost"),
  };
}
