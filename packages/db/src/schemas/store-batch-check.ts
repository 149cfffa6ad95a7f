import { FINGERPRINT_BANDS } from "@vigil/scoring";
import { IndicatorIdSchema, RISK_FACTOR_COUNT } from "@vigil/taxonomy";
import type { SourceType } from "../database.ts";
import { InstantSchema } from "./common.ts";
import { isEncodedJsonArray, type StoreItem } from "./store-item.ts";

/** A batch as storeScoredItems parses it (StoreScoredItemsSchema's output). */
export interface CheckedStoreBatch {
  sourceId: number;
  sourceType: SourceType;
  reliability: number;
  items: StoreItem[];
  now: Date;
}

const INDICATOR_IDS: ReadonlySet<unknown> = new Set(IndicatorIdSchema.options);
const ISO2 = /^[A-Z]{2}$/;
const FINGERPRINT = /^(?:[0-9a-f]{8})*$/;

/**
 * StoreScoredItemsSchema in plain code, for the ingest hot path: zod's object parser copies every nested
 * object and cost ~10% of the storing thread. It accepts only batches the schema accepts
 * (store-batch-check.test.ts compares the two over many broken variants) and returns what the store reads
 * from the schema's output; `undefined` means "ask the schema", which either accepts the batch too or
 * explains what is wrong with it. Nested score objects are passed through, not copied: the store reads
 * only the fields checked here.
 */
export function checkStoreBatch(value: unknown): CheckedStoreBatch | undefined {
  if (!isRecord(value)) return undefined;
  const { sourceId, sourceType, reliability, items, now } = value;
  if (!isInt(sourceId) || sourceId <= 0) return undefined;
  if (sourceType !== "news" && sourceType !== "alert") return undefined;
  if (!isUnit(reliability) || !Array.isArray(items)) return undefined;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  const checked: StoreItem[] = [];
  for (const item of items) {
    const each = checkItem(item);
    if (!each) return undefined;
    checked.push(each);
  }
  return { sourceId, sourceType, reliability, items: checked, now };
}

function checkItem(item: unknown): StoreItem | undefined {
  if (!isRecord(item)) return undefined;
  const { guid, url, title, summary, publishedAt, lang, score, story } = item;
  if (typeof guid !== "string" || guid.length < 1 || guid.length > 2048) return undefined;
  if ((url !== null && typeof url !== "string") || typeof title !== "string") return undefined;
  if (typeof summary !== "string") return undefined;
  if (lang !== undefined && lang !== null && typeof lang !== "string") return undefined;
  if (publishedAt !== null && !InstantSchema.safeParse(publishedAt).success) return undefined;
  if (!isScore(score) || (story !== undefined && !isStory(story))) return undefined;
  return {
    guid,
    url,
    title,
    summary,
    publishedAt: publishedAt === null ? null : new Date(publishedAt as string),
    ...(lang === undefined ? {} : { lang }),
    score,
    ...(story === undefined ? {} : { story }),
  } as StoreItem;
}

function isScore(score: unknown): boolean {
  if (!isRecord(score)) return false;
  const { lang, countries, signals, riskFactors, severity, version } = score;
  if (typeof lang !== "string" || typeof version !== "string" || version.length < 1) return false;
  if (!isFiniteNumber(severity) || severity < 0 || severity > 100) return false;
  if (!Array.isArray(countries) || !Array.isArray(signals) || !Array.isArray(riskFactors)) return false;
  const iso2s = new Set<unknown>();
  for (const country of countries) {
    if (!isRecord(country) || typeof country.iso2 !== "string" || !ISO2.test(country.iso2)) return false;
    if (!isUnit(country.confidence) || !isEvidence(country.evidence)) return false;
    iso2s.add(country.iso2);
  }
  const indicators = new Set<unknown>();
  for (const signal of signals) {
    if (!isRecord(signal) || !INDICATOR_IDS.has(signal.indicator) || !isFactorId(signal.riskFactor))
      return false;
    if (!isUnit(signal.weight) || !isEvidence(signal.evidence)) return false;
    if (Number.parseInt(signal.indicator as string, 10) !== signal.riskFactor) return false;
    indicators.add(signal.indicator);
  }
  for (const factor of riskFactors) {
    if (!isRecord(factor) || !isFactorId(factor.id) || !isUnit(factor.weight)) return false;
  }
  return iso2s.size === countries.length && indicators.size === signals.length;
}

function isStory(story: unknown): boolean {
  if (!isRecord(story) || typeof story.fingerprint !== "string" || !Array.isArray(story.bands)) return false;
  if (!FINGERPRINT.test(story.fingerprint)) return false;
  for (const band of story.bands) if (!isInt(band) || band < 0 || band > 0xffff_ffff) return false;
  return story.bands.length === (story.fingerprint === "" ? 0 : FINGERPRINT_BANDS);
}

function isEvidence(evidence: unknown): boolean {
  return Array.isArray(evidence) || (typeof evidence === "string" && isEncodedJsonArray(evidence));
}

// Plain objects only; anything else (arrays, dates, class instances) is left to the schema.
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isInt(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

function isUnit(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0 && value <= 1;
}

function isFactorId(value: unknown): boolean {
  return isInt(value) && value >= 1 && value <= RISK_FACTOR_COUNT;
}
