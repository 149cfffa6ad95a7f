/**
 * Every role against every procedure, over real HTTP: who may call what, and proof that a reporter's
 * identity and exact place never reach anyone but the reporter, their organisation's coordinators and
 * admins, in any response (every serialized response is scanned).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CallerName,
  SECRETS,
  startRoleMatrixServer,
  sudanAlert,
} from "../test-utils/role-matrix-fixture.ts";
import { appRouter } from "./root.ts";

const NOW = new Date("2026-03-01T12:00:00.000Z");
type Fixture = Awaited<ReturnType<typeof startRoleMatrixServer>>;
type Client = Fixture["clients"]["admin"];
let fixture: Fixture;

const ACCOUNTS = [
  "memberA",
  "otherMemberA",
  "memberB",
  "analyst",
  "coordinatorA",
  "coordinatorB",
  "admin",
] as const;
const CALLERS: readonly CallerName[] = ["anonymous", "apiKey", ...ACCOUNTS];
const READERS: CallerName[] = ["analyst", "coordinatorA", "coordinatorB", "admin"];
const REPORTERS: CallerName[] = [
  "memberA",
  "otherMemberA",
  "memberB",
  "coordinatorA",
  "coordinatorB",
  "admin",
];
const COORDINATORS: CallerName[] = ["coordinatorA", "coordinatorB", "admin"];
const ADMIN: CallerName[] = ["admin"];
const EVERYONE = CALLERS;
/** Who may see alert A's protected fields (its organisation is Sahel Watch; memberA reported it). */
const PRIVILEGED = new Set<CallerName>(["memberA", "coordinatorA", "admin"]);
const SAHEL_WATCH = new Set<CallerName>(["memberA", "otherMemberA", "coordinatorA"]);

type Call = (client: Client, caller: CallerName) => Promise<unknown>;
const unique = () => randomUUID().slice(0, 8);
const admin = () => fixture.clients.admin;

/** Each procedure: who may call it, and a call with valid input (set up fresh for each caller). */
const MATRIX: Record<string, [allowed: readonly CallerName[], call: Call]> = {
  "map.countries": [READERS, (c) => c.map.countries.query({ window: "30d" })],
  "country.detail": [READERS, (c) => c.country.detail.query({ iso2: "SD", window: "30d" })],
  "item.list": [READERS, (c) => c.item.list.query({ iso2: "SD" })],
  "feed.list": [READERS, (c) => c.feed.list.query()],
  "feed.health": [READERS, (c) => c.feed.health.query()],
  "feed.add": [COORDINATORS, (c) => c.feed.add.mutate(feed())],
  "feed.update": [
    COORDINATORS,
    async (c) => c.feed.update.mutate({ id: (await admin().feed.add.mutate(feed())).id, name: "Renamed" }),
  ],
  "feed.remove": [
    COORDINATORS,
    async (c) => c.feed.remove.mutate({ id: (await admin().feed.add.mutate(feed())).id }),
  ],
  "feed.refresh": [
    COORDINATORS,
    async (c) => c.feed.refresh.mutate({ id: (await admin().feed.add.mutate(feed(false))).id }),
  ],
  "alert.submit": [
    [...REPORTERS.filter((name) => name !== "admin"), "apiKey"],
    (c) => c.alert.submit.mutate(sudanAlert()),
  ],
  "alert.list": [REPORTERS, (c) => c.alert.list.query()],
  "alert.get": [["memberA", "coordinatorA", "admin"], (c) => c.alert.get.query({ id: fixture.alertId })],
  "alert.answer": [
    ["memberA"],
    async (c) => c.alert.answer.mutate({ id: await alertNeedingInfo(), answer: "At the north gate" }),
  ],
  "alert.suggest": [
    REPORTERS,
    (c) => c.alert.suggest.query({ text: "Militia burned the market in El Fasher" }),
  ],
  "review.list": [
    COORDINATORS,
    (c) =>
      c.review.list.query({ statuses: ["submitted", "in-review", "needs-info", "verified", "dismissed"] }),
  ],
  "review.update": [
    ["coordinatorA", "admin"],
    async (c) => c.review.update.mutate({ ids: [await freshAlert()], action: "start-review" }),
  ],
  "auth.login": [
    EVERYONE,
    (c) => c.auth.login.mutate({ email: "nobody@vigil.test", password: "x" }).catch(passedGate),
  ],
  "auth.me": [EVERYONE, (c) => c.auth.me.query()],
  "auth.logout": [ACCOUNTS, async (c, caller) => (await fresh(c, caller)).auth.logout.mutate()],
  "auth.changePassword": [
    ACCOUNTS,
    (c) =>
      c.auth.changePassword
        .mutate({
          currentPassword: "correct horse battery staple",
          newPassword: "correct horse battery staple",
        })
        .catch(passedGate),
  ],
  "user.add": [ADMIN, (c) => c.user.add.mutate({ email: `${unique()}@vigil.test`, role: "analyst" })],
  "user.list": [ADMIN, (c) => c.user.list.query()],
  "user.update": [
    ADMIN,
    (c) => c.user.update.mutate({ id: fixture.accounts.otherMemberA.id, name: "Test otherMemberA" }),
  ],
  "user.resetPassword": [ADMIN, async (c) => c.user.resetPassword.mutate({ id: await throwawayUser() })],
  "user.revokeSessions": [ADMIN, async (c) => c.user.revokeSessions.mutate({ id: await throwawayUser() })],
  "org.add": [ADMIN, (c) => c.org.add.mutate({ name: `Org ${unique()}` })],
  "org.list": [ADMIN, (c) => c.org.list.query()],
  "apikey.create": [
    ADMIN,
    (c) => c.apikey.create.mutate({ organisation: "Delta Monitors", label: "Partner" }),
  ],
  "apikey.list": [ADMIN, (c) => c.apikey.list.query()],
  "apikey.revoke": [
    ADMIN,
    async (c) =>
      c.apikey.revoke.mutate({
        id: (await admin().apikey.create.mutate({ organisation: "Delta Monitors", label: "Old" })).apiKey.id,
      }),
  ],
  "audit.list": [ADMIN, (c) => c.audit.list.query({})],
  "snapshot.create": [
    READERS,
    (c) => c.snapshot.create.mutate({ window: "30d", countries: ["SD"] } as never),
  ],
  "snapshot.get": [
    READERS,
    async (c) =>
      c.snapshot.get.query({
        id: (await admin().snapshot.create.mutate({ window: "30d" } as never)).id,
      }),
  ],
  "snapshot.list": [READERS, (c) => c.snapshot.list.query({} as never)],
  "snapshot.preview": [READERS, (c) => c.snapshot.preview.query({ window: "30d" } as never)],
};

function feed(isEnabled = true) {
  return {
    name: `Feed ${unique()}`,
    url: `http://127.0.0.1:9/${unique()}.xml`,
    lang: "en",
    reliability: 0.5,
    enabled: isEnabled,
  };
}
/** A domain error after the role check means the caller got in; only auth errors mean it did not. */
function passedGate(error: { data?: { code?: string }; message?: string }) {
  if (error.data?.code === "UNAUTHORIZED" && /not signed in|API key/.test(error.message ?? "")) throw error;
  if (error.data?.code === "FORBIDDEN") throw error;
  return { reached: error.data?.code };
}
async function fresh(client: Client, caller: CallerName): Promise<Client> {
  const account = fixture.accounts[caller as keyof Fixture["accounts"]];
  return account ? fixture.signIn(account.email) : client;
}
async function freshAlert(): Promise<number> {
  return (await fixture.clients.memberA.alert.submit.mutate(sudanAlert())).alert.id;
}
async function alertNeedingInfo(): Promise<number> {
  const id = await freshAlert();
  await fixture.clients.coordinatorA.review.update.mutate({ ids: [id], action: "start-review" });
  await fixture.clients.coordinatorA.review.update.mutate({
    ids: [id],
    action: "request-info",
    note: "Which gate?",
  });
  return id;
}
async function throwawayUser(): Promise<number> {
  return (await admin().user.add.mutate({ email: `${unique()}@vigil.test`, role: "analyst" })).user.id;
}

/** Fails if a response carries anything of alert A's reporter or exact place that this caller may not see. */
function expectNoLeak(caller: CallerName, procedure: string, response: unknown) {
  const text = JSON.stringify(response) ?? "";
  const secrets = [
    SECRETS.reporterEmail,
    SECRETS.reporterName,
    SECRETS.placeName,
    SECRETS.lat,
    SECRETS.lon,
    SECRETS.link,
  ];
  if (!SAHEL_WATCH.has(caller) && caller !== "admin") secrets.push(SECRETS.organisation);
  if (!["coordinatorB", "admin", "apiKey"].includes(caller)) secrets.push(SECRETS.apiKeyLabel);
  for (const secret of PRIVILEGED.has(caller) ? [] : secrets) {
    expect(text.includes(secret), `${caller} received '${secret}' from ${procedure}`).toBe(false);
  }
}

beforeAll(async () => {
  fixture = await startRoleMatrixServer(NOW);
}, 120_000);
afterAll(() => fixture.close());

describe("role matrix", () => {
  it("covers every procedure of the API", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  for (const [procedure, [allowed, call]] of Object.entries(MATRIX)) {
    it(`${procedure}: ${allowed.length === CALLERS.length ? "everyone" : allowed.join(", ")}`, async () => {
      for (const caller of CALLERS) {
        const outcome = await call(fixture.clients[caller], caller).then(
          (response) => ({ ok: true as const, response }),
          (error: { data?: { code?: string }; message?: string }) => ({ ok: false as const, error }),
        );
        if (allowed.includes(caller)) {
          expect(
            outcome.ok ? "ok" : `${outcome.error.data?.code}: ${outcome.error.message}`,
            `${caller} → ${procedure}`,
          ).toBe("ok");
        } else {
          expect(outcome.ok ? "ok" : outcome.error.data?.code, `${caller} → ${procedure}`).toMatch(
            /^(UNAUTHORIZED|FORBIDDEN|NOT_FOUND)$/,
          );
        }
        expectNoLeak(caller, procedure, outcome.ok ? outcome.response : outcome.error);
      }
    }, 60_000);
  }

  it("lets a coordinator an admin allowed review every organisation, still without its reporters", async () => {
    const { coordinatorB } = fixture.clients;
    await admin().user.update.mutate({ id: fixture.accounts.coordinatorB.id, canReviewAllOrgs: true });
    const queue = await coordinatorB.review.list.query({});
    const seen = await coordinatorB.alert.get.query({ id: fixture.alertId });
    expect(queue.map((alert) => alert.id)).toContain(fixture.alertId);
    expect(seen).toMatchObject({
      organisation: "A member organisation",
      protected: null,
      location: { level: "grid" },
    });
    await coordinatorB.review.update.mutate({ ids: [fixture.alertId], action: "start-review" });
    for (const response of [queue, seen])
      expectNoLeak("coordinatorB", "review (all organisations)", response);
    await admin().user.update.mutate({ id: fixture.accounts.coordinatorB.id, canReviewAllOrgs: false });
  });

  it("shows analysts the alert as evidence: unverified, 'a member organisation', place coarsened", async () => {
    const detail = await fixture.clients.analyst.country.detail.query({ iso2: "SD", window: "30d" });
    const evidence = detail.topEvidence.find((entry) => entry.alert?.alertId === fixture.alertId);
    expect(evidence).toMatchObject({
      sourceName: "A member organisation",
      alert: {
        verification: "unverified",
        protected: null,
        location: { level: "grid", district: "North Darfur" },
      },
    });
    expect(detail.why).toMatch(/unverified field alert/);
  });

  it("writes every view of a protected field to the audit log, and none of a reporter's own", async () => {
    await fixture.clients.coordinatorA.alert.get.query({ id: fixture.alertId });
    await fixture.clients.memberA.alert.get.query({ id: fixture.alertId });
    const { entries } = await admin().audit.list.query({ alertId: fixture.alertId, limit: 500 });
    const viewers = new Set(
      entries.filter((entry) => entry.action === "alert.view-protected").map((entry) => entry.actor.email),
    );
    expect(viewers).toEqual(new Set(["coordinatora@vigil.test", "admin@vigil.test"]));
    expect(entries.find((entry) => entry.action === "alert.view-protected")?.detail).toMatchObject({
      fields: ["reporter", "organisation", "place", "links"],
    });
    expect(
      entries.some(
        (entry) => entry.action === "alert.status" && entry.actor.email === "coordinatorb@vigil.test",
      ),
    ).toBe(true);
  });
});
