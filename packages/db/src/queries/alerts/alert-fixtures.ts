import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Viewer } from "../../alerts/viewer.ts";
import type { Database } from "../../database.ts";
import type { AlertSubmitInput } from "../../schemas/alert.ts";
import { createOrganisation } from "../organisations.ts";
import { createUser, viewerOf } from "../users.ts";

/** Test fixtures: an organisation with a member and a coordinator, and a valid submission. */
export async function seedOrganisation(
  db: Kysely<Database>,
  name: string,
  now: Date,
): Promise<{ orgId: number; member: Viewer; coordinator: Viewer }> {
  const org = await createOrganisation(db, { name, now });
  const slug = name.toLowerCase().replace(/\W+/g, "-");
  const add = (role: "member" | "coordinator") =>
    createUser(db, {
      user: { email: `${role}@${slug}.example`, name: `${name} ${role}`, role, organisation: name },
      passwordHash: "test-only",
      now,
    });
  return {
    orgId: org.id,
    member: viewerOf(await add("member")),
    coordinator: viewerOf(await add("coordinator")),
  };
}

/** A submission about Mali that the default scorer finds signals in, dated a day before `now`. */
export function maliSubmission(now: Date, overrides: Partial<AlertSubmitInput> = {}): AlertSubmitInput {
  return {
    idempotencyKey: randomUUID(),
    country: "ML",
    place: {
      precision: "exact",
      name: "Djibo market",
      district: "Soum",
      point: { lat: 14.1031, lon: -1.6296 },
    },
    occurredAt: new Date(now.getTime() - 86_400_000).toISOString(),
    description:
      "Armed men attacked the village at dawn and killed 12 civilians. Houses were burned and families fled towards the town.",
    indicators: ["9.1"],
    severity: "high",
    knowledge: "witnessed",
    links: ["https://example.org/report"],
    ...overrides,
  };
}
