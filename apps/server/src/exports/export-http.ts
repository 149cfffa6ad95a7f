import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "../context.ts";
import { describeZodError, INTERNAL_ERROR_MESSAGE } from "../errors.ts";
import { createCaller } from "../routers/root.ts";
import { ExportRequestError, parseExportRequest } from "./export-request.ts";
import { fetchExportDocument } from "./fetch-export-document.ts";
import { renderExport } from "./render-export.ts";
import type { ExportSources } from "./situation-geojson.ts";

/** What the export endpoints need from the server. */
export interface ExportHandlerOptions {
  /** The same context tRPC builds for this request, so a download sees exactly what the API would. */
  contextFor: (request: IncomingMessage, response: ServerResponse) => Promise<Context>;
  sources: () => ExportSources;
  log?: (line: string) => void;
}

/** The path prefix of the export endpoints: `/export/json|csv|geojson|brief?…`. */
export const EXPORT_PATH = "/export/";

/**
 * Serves `GET /export/<format>?<view filters>` or `?snapshot=<id>` as a download (the brief as a page).
 * Downloads are plain HTTP so a link or `curl` works; the data comes from `snapshot.preview` or
 * `snapshot.get` called in-process with the request's own context, so roles apply exactly as in the API.
 */
export function createExportHandler(options: ExportHandlerOptions) {
  return async function handleExport(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendText(response, 405, "Exports are read with GET.\n", { allow: "GET, HEAD" });
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    try {
      const exportRequest = parseExportRequest(url.pathname.slice(EXPORT_PATH.length), url.searchParams);
      const caller = createCaller(await options.contextFor(request, response));
      const document = await fetchExportDocument(caller, exportRequest);
      const rendered = renderExport(document, exportRequest, options.sources);
      const disposition = rendered.isAttachment ? "attachment" : "inline";
      response.writeHead(200, {
        "content-type": rendered.contentType,
        "content-disposition": `${disposition}; filename="${rendered.fileName}"`,
        // What an export holds can depend on who asks (roles), so no shared cache may keep it.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "x-vigil-content-sha256": document.contentHash,
        ...rendered.headers,
      });
      response.end(request.method === "HEAD" ? undefined : rendered.body);
    } catch (error) {
      if (error instanceof ExportRequestError) return sendText(response, 400, `${error.message}\n`);
      if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
        const message = describeZodError(error.cause) ?? error.message;
        return sendText(response, getHTTPStatusCodeFromError(error), `${message}\n`);
      }
      options.log?.(`export ${url.pathname}: ${error instanceof Error ? error.stack : String(error)}`);
      return sendText(response, 500, `${INTERNAL_ERROR_MESSAGE}\n`);
    }
  };
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  response.end(text);
}
