import { COUNTRIES } from "@vigil/gazetteer/countries";
import { IndicatorIdSchema } from "@vigil/taxonomy";
import { z } from "zod";

// Browser-safe (the package's "./alert-schemas" entry): the web form validates with these same schemas,
// so nothing here may import the database, node: modules or the gazetteer's place-name table.

/** Size limits of a submission, shown in the form's hints. */
export const ALERT_LIMITS = {
  descriptionMin: 20,
  description: 5000,
  placeName: 200,
  district: 120,
  indicators: 10,
  links: 5,
  link: 2000,
  note: 2000,
} as const;

/** How precise the place is: an exact spot, a district (or province), or only the country. */
export const AlertPrecisionSchema = z.enum(["exact", "district", "country"], {
  error: "Choose how precise the place is: exact, district or country only",
});
export type AlertPrecision = z.infer<typeof AlertPrecisionSchema>;
/** The reporter's judgement of gravity. */
export const AlertSeveritySchema = z.enum(["low", "medium", "high", "critical"], {
  error: "Choose how serious it is: low, medium, high or critical",
});
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;
/** How the reporter knows. */
export const KnowledgeSourceSchema = z.enum(["witnessed", "trusted-contact", "media", "other"], {
  error: "Say how you know: witnessed, trusted contact, media or other",
});
export type KnowledgeSource = z.infer<typeof KnowledgeSourceSchema>;
/** Where review stands; the browser adds "pending upload" for what it has not sent yet. */
export const AlertStatusSchema = z.enum(["submitted", "in-review", "needs-info", "verified", "dismissed"]);
export type AlertStatus = z.infer<typeof AlertStatusSchema>;

/** Words for each status, the same in every view. */
export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  submitted: "Submitted",
  "in-review": "In review",
  "needs-info": "Needs more information",
  verified: "Verified",
  dismissed: "Dismissed",
};

const COUNTRY_CODES = new Set(COUNTRIES.map((country) => country.iso2));
const trimmedText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} can be at most ${max} characters`);

/** A country of the gazetteer by ISO alpha-2 code (any case). */
export const AlertCountrySchema = z
  .string({ error: "Choose a country" })
  .trim()
  .toUpperCase()
  .refine((code) => COUNTRY_CODES.has(code), { message: "Choose a country from the list" });

/** A point picked on the map. */
export const AlertPointSchema = z.object({
  lat: z.number().min(-90, "Latitude is between -90 and 90").max(90, "Latitude is between -90 and 90"),
  lon: z
    .number()
    .min(-180, "Longitude is between -180 and 180")
    .max(180, "Longitude is between -180 and 180"),
});

/**
 * Where it happened beyond the country. "exact" needs a named place or a point; "district" needs the
 * district. "country" keeps nothing finer, even if the form still held it: the reporter chose not to say.
 */
export const AlertPlaceSchema = z
  .object({
    precision: AlertPrecisionSchema,
    name: trimmedText(ALERT_LIMITS.placeName, "The place name").optional(),
    district: trimmedText(ALERT_LIMITS.district, "The district").optional(),
    point: AlertPointSchema.optional(),
  })
  .transform((place) =>
    place.precision === "country"
      ? { precision: place.precision }
      : {
          precision: place.precision,
          name: place.name || undefined,
          district: place.district || undefined,
          point: place.point,
        },
  )
  .refine((place) => place.precision !== "exact" || place.name !== undefined || place.point !== undefined, {
    message: "An exact place needs a name or a point on the map",
    path: ["name"],
  })
  .refine((place) => place.precision !== "district" || place.district !== undefined, {
    message: "Name the district, or choose another precision",
    path: ["district"],
  });

/** `alert.submit` input and the web form's validator. */
export const AlertSubmitSchema = z.object({
  /** Made by the client once per report, so a retry after a timeout or a reconnect is the same report. */
  idempotencyKey: z.uuid({ error: "The submission key must be a UUID" }),
  country: AlertCountrySchema,
  place: AlertPlaceSchema.default({ precision: "country" }),
  occurredAt: z.iso.datetime({ offset: true, error: "Give the date and time it happened" }),
  description: z
    .string()
    .trim()
    .min(
      ALERT_LIMITS.descriptionMin,
      `Describe what happened in at least ${ALERT_LIMITS.descriptionMin} characters`,
    )
    .max(ALERT_LIMITS.description, `The description can be at most ${ALERT_LIMITS.description} characters`),
  indicators: z
    .array(IndicatorIdSchema)
    .max(ALERT_LIMITS.indicators, `Choose at most ${ALERT_LIMITS.indicators} indicators`)
    .refine((ids) => new Set(ids).size === ids.length, { message: "An indicator is chosen twice" })
    .default([]),
  severity: AlertSeveritySchema,
  knowledge: KnowledgeSourceSchema,
  links: z
    .array(
      z
        .string()
        .trim()
        .max(ALERT_LIMITS.link, `A link can be at most ${ALERT_LIMITS.link} characters`)
        .pipe(z.url({ protocol: /^https?$/, error: "Links must start with http:// or https://" })),
    )
    .max(ALERT_LIMITS.links, `Add at most ${ALERT_LIMITS.links} links`)
    .default([]),
});
export type AlertSubmitInput = z.input<typeof AlertSubmitSchema>;
export type AlertSubmit = z.output<typeof AlertSubmitSchema>;

/** The reporter's answer to a coordinator's question. */
export const AlertAnswerSchema = z.object({
  id: z.number().int().positive(),
  answer: z
    .string()
    .trim()
    .min(1, "Write an answer")
    .max(ALERT_LIMITS.note, `The answer can be at most ${ALERT_LIMITS.note} characters`),
});

/** `alert.suggest` input: the description so far, for live indicator suggestions. */
export const AlertSuggestSchema = z.object({
  text: z.string().max(ALERT_LIMITS.description),
});
