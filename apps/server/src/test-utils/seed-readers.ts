import { randomBytes } from "node:crypto";
import {
  createOrganisation,
  createSession,
  createUser,
  type Role,
  setPasswordHash,
  submitAlert,
  type Viewer,
  viewerOf,
} from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { SESSION_COOKIE } from "../auth/cookies.ts";
import { sha256Hex } from "../auth/tokens.ts";
import type { VigilDb } from "../ingest/ingest-items.ts";

/** The exact place of the seeded alert, which only admins and its organisation's coordinators may see. */
export const EXACT_PLACE = {
  name: "Tawila camp gate 3",
  district: "Tawila",
  lat: 13.4871,
  lon: 24.8812,
} as const;
/** The seeded alert's reporter. */
export const REPORTER = { name: "Reporter Halima", email: "halima@field-network.example" } as const;

/** One user per role, signed in: the viewer for in-process callers, a cookie for HTTP. */
export type SeededReader = { viewer: Viewer; cookie: string };

/**
 * An organisation ("Field Network") with one user of each role, and a field alert about Sudan from its
 * member with an exact place: the fixture for "exports respect roles". Sessions are written directly
 * (no password hashing), as a login would leave them.
 */
export async function seedReadersAndAlert(db: VigilDb, now: Date): Promise<Record<Role, SeededReader>> {
  await createOrganisation(db, { name: "Field Network", now });
  const readers = {} as Record<Role, SeededReader>;
  for (const role of ["member", "coordinator", "analyst", "admin"] as const) {
    const isOrgRole = role === "member" || role === "coordinator";
    const user = await createUser(db, {
      user: {
        email: role === "member" ? REPORTER.email : `${role}@vigil.example`,
        name: role === "member" ? REPORTER.name : `Test ${role}`,
        role,
        ...(isOrgRole ? { organisation: "Field Network" } : {}),
      },
      passwordHash: "not-used",
      now,
    });
    await setPasswordHash(db, { userId: user.id, passwordHash: "not-used", isOneTime: false, now });
    const token = randomBytes(32).toString("base64url");
    await createSession(db, {
      id: sha256Hex(token),
      userId: user.id,
      now,
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    readers[role] = { viewer: viewerOf(user), cookie: `${SESSION_COOKIE}=${token}` };
  }
  const orgId = readers.member.viewer.orgId as number;
  await submitAlert(db, {
    orgId,
    reporter: { userId: readers.member.viewer.userId },
    scorer: getDefaultScorer(),
    now,
    input: {
      idempotencyKey: "5b0c2a6e-8f1d-4c3a-9e7b-2d4f6a8c0e12",
      country: "SD",
      place: {
        precision: "exact",
        name: EXACT_PLACE.name,
        district: EXACT_PLACE.district,
        point: { lat: EXACT_PLACE.lat, lon: EXACT_PLACE.lon },
      },
      occurredAt: new Date(now.getTime() - 86_400_000).toISOString(),
      description: "Militia fighters attacked the camp at dawn and killed 9 civilians; homes were burned.",
      indicators: ["11.1"],
      severity: "high",
      knowledge: "witnessed",
      links: ["https://example.org/field-report"],
    },
  });
  return readers;
}
