import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * scrypt cost: N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt, ~50–100 ms here). The parameters
 * are stored in each hash, so raising them later leaves existing passwords valid.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem above 128·N·r, or node refuses the cost.
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { ...cost, maxmem: 256 * cost.N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A salted scrypt hash, `scrypt$N$r$p$salt$key` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Whether a password matches a hash from hashPassword, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one verification against a throwaway hash, so a login for an unknown email takes
 * as long as one for a known email with a wrong password: the response time does not tell which.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(18).toString("base64url"));
  await verifyPassword(password, await decoy);
  return false;
}

/** A one-time password to hand to a new user (or after a reset): 20 random characters, ~120 bits. */
export function generateOneTimePassword(): string {
  return randomBytes(15).toString("base64url");
}
