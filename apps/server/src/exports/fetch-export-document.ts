import type { SituationDocument } from "@vigil/db";
import type { createCaller } from "../routers/root.ts";
import type { ExportRequest } from "./export-request.ts";

/**
 * The document an export renders, from the API's own procedures: `snapshot.get` for a saved snapshot,
 * `snapshot.preview` for the live view. Shared by the HTTP endpoints and `vigil export`. The printable
 * brief is made to be handed on, so its live view is redacted as for anyone, like a snapshot; data
 * exports carry what the caller may see.
 */
export function fetchExportDocument(
  caller: ReturnType<typeof createCaller>,
  request: Pick<ExportRequest, "format" | "source">,
): Promise<SituationDocument> {
  const { source } = request;
  if ("snapshotId" in source) return caller.snapshot.get({ id: source.snapshotId });
  return caller.snapshot.preview({
    ...source.view,
    audience: request.format === "brief" ? "anyone" : "viewer",
  });
}
