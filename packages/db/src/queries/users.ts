import type { Kysely } from "kysely";
import type { Viewer } from "../alerts/viewer.ts";
import type { Database } from "../database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { parseInput } from "../parse-input.ts";
import {
  type User,
  type UserAddInput,
  UserAddSchema,
  type UserUpdateInput,
  UserUpdateSchema,
} from "../schemas/account.ts";
import { getOrganisationByName } from "./organisations.ts";

function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom("users as u")
    .leftJoin("organisations as o", "o.id", "u.org_id")
    .select([
      "u.id",
      "u.email",
      "u.name",
      "u.role",
      "u.org_id",
      "o.name as org_name",
      "u.can_review_all_orgs",
      "u.must_change_password",
      "u.disabled_at",
      "u.created_at",
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>["executeTakeFirstOrThrow"]>>;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisation: row.org_id !== null && row.org_name ? { id: row.org_id, name: row.org_name } : null,
    canReviewAllOrgs: row.can_review_all_orgs === 1,
    mustChangePassword: row.must_change_password === 1,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

/** Adds a user with an already hashed (one-time) password; the email must be new. */
export async function createUser(
  db: Kysely<Database>,
  options: { user: UserAddInput; passwordHash: string; now: Date },
): Promise<User> {
  const user = parseInput(UserAddSchema, options.user, "user");
  const clash = await db.selectFrom("users").select("id").where("email", "=", user.email).executeTakeFirst();
  if (clash) throw new ConflictError(`A user with email '${user.email}' already exists (id ${clash.id})`);
  const org = user.organisation === undefined ? null : await getOrganisationByName(db, user.organisation);
  const now = options.now.toISOString();
  const { id } = await db
    .insertInto("users")
    .values({
      email: user.email,
      name: user.name ?? user.email.split("@")[0] ?? user.email,
      role: user.role,
      org_id: org?.id ?? null,
      password_hash: options.passwordHash,
      must_change_password: 1,
      can_review_all_orgs: 0,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return getUser(db, id);
}

/** A user by id, or NotFoundError. */
export async function getUser(db: Kysely<Database>, id: number): Promise<User> {
  const row = await selectUsers(db).where("u.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("user", "id", id);
  return toUser(row);
}

/** Every user, by email. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  return (await selectUsers(db).orderBy("u.email").execute()).map(toUser);
}

/** Changes a user's name, role, organisation, review-all permission or disabled state. */
export async function updateUser(
  db: Kysely<Database>,
  options: { update: UserUpdateInput; now: Date },
): Promise<User> {
  const { id, name, role, organisation, isDisabled, canReviewAllOrgs } = parseInput(
    UserUpdateSchema,
    options.update,
    "user update",
  );
  const current = await getUser(db, id);
  const orgId =
    organisation === undefined
      ? (current.organisation?.id ?? null)
      : organisation === null
        ? null
        : (await getOrganisationByName(db, organisation)).id;
  const nextRole = role ?? current.role;
  if ((nextRole === "member" || nextRole === "coordinator") && orgId === null) {
    throw new ConflictError(`A ${nextRole} belongs to an organisation: give one for user ${id}`);
  }
  const now = options.now.toISOString();
  await db
    .updateTable("users")
    .set({
      name: name ?? current.name,
      role: nextRole,
      org_id: orgId,
      can_review_all_orgs:
        canReviewAllOrgs === undefined ? (current.canReviewAllOrgs ? 1 : 0) : canReviewAllOrgs ? 1 : 0,
      disabled_at:
        isDisabled === undefined ? current.disabledAt : isDisabled ? (current.disabledAt ?? now) : null,
      updated_at: now,
    })
    .where("id", "=", id)
    .execute();
  return getUser(db, id);
}

/** What a login needs to know about the account an email names. */
export interface LoginAccount {
  id: number;
  passwordHash: string;
  isDisabled: boolean;
}

/** The account for an email, if any. */
export async function findLoginAccount(db: Kysely<Database>, email: string): Promise<LoginAccount | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "password_hash", "disabled_at"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { id: row.id, passwordHash: row.password_hash, isDisabled: row.disabled_at !== null } : null;
}

/** The stored password hash of a user (to check the current password before a change). */
export async function passwordHashOf(db: Kysely<Database>, userId: number): Promise<string> {
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("user", "id", userId);
  return row.password_hash;
}

/** Replaces a user's password hash; a one-time password (reset) must be changed at the next login. */
export async function setPasswordHash(
  db: Kysely<Database>,
  options: { userId: number; passwordHash: string; isOneTime: boolean; now: Date },
): Promise<void> {
  const result = await db
    .updateTable("users")
    .set({
      password_hash: options.passwordHash,
      must_change_password: options.isOneTime ? 1 : 0,
      updated_at: options.now.toISOString(),
    })
    .where("id", "=", options.userId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError("user", "id", options.userId);
}

/** The viewer a user is, for a signed-in request. */
export function viewerOf(user: Pick<User, "id" | "role" | "organisation" | "canReviewAllOrgs">): Viewer {
  return {
    userId: user.id,
    role: user.role,
    orgId: user.organisation?.id ?? null,
    canReviewAllOrgs: user.canReviewAllOrgs,
  };
}
