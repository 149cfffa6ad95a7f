/** An alert whose protected fields a response revealed. */
export interface ProtectedView {
  alertId: number;
  /** The reporter's user id; a reporter reading their own alert is not a view to log. */
  reporterUserId: number | null;
}

/**
 * Finds every alert whose protected fields appear in a response (an AlertEvidence or AlertView with a
 * non-null `protected`), anywhere in it, once per alert. The API logs these as views, so no procedure
 * or export can reveal a reporter without it being written down.
 */
export function findProtectedViews(response: unknown): ProtectedView[] {
  const found = new Map<number, ProtectedView>();
  const stack: unknown[] = [response];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const entry of value) stack.push(entry);
      continue;
    }
    const record = value as Record<string, unknown>;
    const revealed = record.protected as { reporter?: { userId?: unknown } } | null | undefined;
    const alertId = typeof record.alertId === "number" ? record.alertId : record.id;
    if (revealed && typeof revealed === "object" && revealed.reporter && typeof alertId === "number") {
      const userId = revealed.reporter.userId;
      found.set(alertId, { alertId, reporterUserId: typeof userId === "number" ? userId : null });
    }
    for (const [key, entry] of Object.entries(record)) if (key !== "protected") stack.push(entry);
  }
  return [...found.values()];
}
