import type { SituationDocument } from "@vigil/db";
import type { createCaller } from "../routers/root.ts";
import type { ExportSource } from "./export-request.ts";

/**
 * The document an export renders, from the API's own procedures: `snapshot.get` for a saved snapshot,
 * `snapshot.preview` for the live view. Shared by the HTTP endpoints and `vigil export`.
 */
export function fetchExportDocument(
  caller: ReturnType<typeof createCaller>,
  source: ExportSource,
): Promise<SituationDocument> {
  return "snapshotId" in source
    ? caller.snapshot.get({ id: source.snapshotId })
    : caller.snapshot.preview(source.view);
}
