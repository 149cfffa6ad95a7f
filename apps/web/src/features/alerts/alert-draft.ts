import {
  type AlertPrecision,
  type AlertSeverity,
  type AlertSubmit,
  type AlertSubmitInput,
  AlertSubmitSchema,
  type KnowledgeSource,
} from "@vigil/db/alert-schemas";

/** The form's state, as typed: strings where the member types, kept as a draft on this device. */
export interface AlertDraft {
  /** Made when the draft starts; a retry of the same report sends the same key. */
  idempotencyKey: string;
  country: string;
  precision: AlertPrecision;
  placeName: string;
  district: string;
  point: { lat: number; lon: number } | null;
  /** `<input type="datetime-local">` value, in the device's local time. */
  occurredAt: string;
  description: string;
  indicators: string[];
  severity: AlertSeverity | "";
  knowledge: KnowledgeSource | "";
  /** One link per line. */
  links: string;
}

/** Where the draft is kept (localStorage): it survives a reload, a crash, and going offline. */
export const DRAFT_STORAGE_KEY = "vigil.alert-draft.v1";

/** "YYYY-MM-DDTHH:mm" of an instant in local time, as datetime-local inputs take it. */
export function localDateTime(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * A random UUID (v4). crypto.randomUUID exists only on https and localhost; a coalition server reached
 * over plain http on a local network still needs keys, and getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A blank report, happening now. */
export function newDraft(idempotencyKey: string, now: Date): AlertDraft {
  return {
    idempotencyKey,
    country: "",
    precision: "country",
    placeName: "",
    district: "",
    point: null,
    occurredAt: localDateTime(now),
    description: "",
    indicators: [],
    severity: "",
    knowledge: "",
    links: "",
  };
}

/** The draft as `alert.submit` input (not yet validated). */
export function draftToInput(draft: AlertDraft): AlertSubmitInput {
  const occurred = new Date(draft.occurredAt);
  return {
    idempotencyKey: draft.idempotencyKey,
    country: draft.country,
    place: {
      precision: draft.precision,
      name: draft.placeName || undefined,
      district: draft.district || undefined,
      point: draft.point ?? undefined,
    },
    occurredAt: Number.isNaN(occurred.getTime()) ? draft.occurredAt : occurred.toISOString(),
    description: draft.description,
    indicators: draft.indicators as AlertSubmitInput["indicators"],
    severity: (draft.severity || undefined) as AlertSeverity,
    knowledge: (draft.knowledge || undefined) as KnowledgeSource,
    links: draft.links
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** A draft rebuilt from queued input (to edit a rejected report in the form again). */
export function inputToDraft(input: AlertSubmitInput): AlertDraft {
  const place = input.place ?? { precision: "country" as const };
  return {
    idempotencyKey: input.idempotencyKey,
    country: input.country,
    precision: place.precision,
    placeName: place.name ?? "",
    district: place.district ?? "",
    point: place.point ?? null,
    occurredAt: localDateTime(new Date(input.occurredAt)),
    description: input.description,
    indicators: [...(input.indicators ?? [])],
    severity: input.severity ?? "",
    knowledge: input.knowledge ?? "",
    links: (input.links ?? []).join("\n"),
  };
}

/**
 * Validates a draft with the API's own schema. Errors are keyed by the form's field names, one message
 * each, so every field can say what is wrong beside itself; the draft itself is never touched.
 */
export function validateDraft(draft: AlertDraft): {
  input: AlertSubmit | null;
  errors: Record<string, string>;
} {
  const parsed = AlertSubmitSchema.safeParse(draftToInput(draft));
  if (parsed.success) return { input: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path.map(String));
    errors[field] ??= issue.message;
  }
  return { input: null, errors };
}

function fieldOf(path: string[]): string {
  const [first, second] = path;
  if (first === "place")
    return second === "district" ? "district" : second === "point" ? "point" : "placeName";
  if (first === "severity" || first === "knowledge") return first;
  return first ?? "form";
}

/** The saved draft, if any (a broken one is dropped rather than crash the form). */
export function loadDraft(storage: Storage): AlertDraft | null {
  try {
    const saved = storage.getItem(DRAFT_STORAGE_KEY);
    return saved ? (JSON.parse(saved) as AlertDraft) : null;
  } catch {
    return null;
  }
}

/** Saves the draft on this device. */
export function saveDraft(storage: Storage, draft: AlertDraft): void {
  storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
}
