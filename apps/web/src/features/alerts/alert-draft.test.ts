import { describe, expect, it } from "vitest";
import {
  draftToInput,
  inputToDraft,
  loadDraft,
  newDraft,
  newIdempotencyKey,
  saveDraft,
  validateDraft,
} from "./alert-draft.ts";
import { enqueue, isRefusal, markFailure, removeEntry } from "./alert-outbox.ts";

const KEY = "9b2f0c1e-6a4d-4f7e-8c3b-2d1e0f9a8b7c";

describe("alert drafts", () => {
  it("validates with the API's schema and names each field, keeping everything typed", () => {
    const draft = {
      ...newDraft(KEY, new Date("2026-03-01T10:00:00Z")),
      description: "too short",
      links: "ftp://x",
    };
    const { input, errors } = validateDraft(draft);
    expect(input).toBeNull();
    expect(errors).toMatchObject({
      country: "Choose a country from the list",
      description: "Describe what happened in at least 20 characters",
      severity: "Choose how serious it is: low, medium, high or critical",
      knowledge: "Say how you know: witnessed, trusted contact, media or other",
      links: "Links must start with http:// or https://",
    });
    expect(draft.description).toBe("too short");
  });

  it("asks an exact place for a name or a point, and a district precision for the district", () => {
    const base = {
      ...newDraft(KEY, new Date("2026-03-01T10:00:00Z")),
      country: "ml",
      description: "Armed men burned the market and shops in the town centre.",
      severity: "high" as const,
      knowledge: "witnessed" as const,
    };
    expect(validateDraft({ ...base, precision: "exact" }).errors).toEqual({
      placeName: "An exact place needs a name or a point on the map",
    });
    expect(validateDraft({ ...base, precision: "district" }).errors).toEqual({
      district: "Name the district, or choose another precision",
    });
    const valid = validateDraft({
      ...base,
      precision: "exact",
      point: { lat: 14.1, lon: -1.6 },
      placeName: "Market",
    });
    expect(valid.input).toMatchObject({ country: "ML", place: { precision: "exact", name: "Market" } });
    // Country-only drops anything finer the form still held: the reporter chose not to say.
    expect(validateDraft({ ...base, placeName: "Market" }).input?.place).toEqual({ precision: "country" });
  });

  it("makes UUID v4 idempotency keys the API accepts", () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("round-trips through storage and through queued input", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
    } as unknown as Storage;
    const draft = {
      ...newDraft(KEY, new Date()),
      description: "Something happened",
      links: "https://a.example\n",
    };
    saveDraft(storage, draft);
    expect(loadDraft(storage)).toEqual(draft);
    const back = inputToDraft(draftToInput(draft));
    expect({ ...back, links: back.links }).toMatchObject({ idempotencyKey: KEY, links: "https://a.example" });
  });
});

describe("the outbox", () => {
  it("keeps a report once, retries delivery failures and holds refusals for editing", () => {
    const input = draftToInput(newDraft(KEY, new Date()));
    let entries = enqueue([], input, new Date());
    entries = enqueue(entries, input, new Date());
    expect(entries).toHaveLength(1);
    entries = markFailure(entries, KEY, { isRefused: false, message: "offline" });
    expect(entries[0]).toMatchObject({ state: "pending", attempts: 1 });
    entries = markFailure(entries, KEY, { isRefused: true, message: "country: Choose a country" });
    expect(entries[0]).toMatchObject({ state: "rejected", message: "country: Choose a country" });
    expect(removeEntry(entries, KEY)).toEqual([]);
    expect(isRefusal({ data: { code: "BAD_REQUEST" } })).toBe(true);
    expect(isRefusal({ data: { code: "UNAUTHORIZED" } })).toBe(false);
    expect(isRefusal(new TypeError("Failed to fetch"))).toBe(false);
  });
});
