import type { Kysely } from "kysely";
import type { Database, User } from "../db/schema.ts";
import { decoyPasswordHash, verifyPassword } from "./passwords.ts";
import { findUserByHandle, normaliseHandle } from "./users.ts";

/** Limits shared by every process through the database, so scaling out does not weaken them. */
export const signInLimits = { windowMs: 15 * 60 * 1000, perHandle: 5, perAddress: 30 } as const;

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

export async function signIn(db: Kysely<Database>, rawHandle: string, password: string, ip: string): Promise<SignInResult> {
  const handle = normaliseHandle(rawHandle).slice(0, 64);
  const since = new Date(Date.now() - signInLimits.windowMs);
  const failures = await db
    .selectFrom("sign_in_attempts")
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere("handle", "=", handle).as("by_handle"),
      eb.fn.countAll<number>().filterWhere("ip", "=", ip).as("by_address"),
    ])
    .where("succeeded", "=", false)
    .where("attempted_at", ">", since)
    .where((eb) => eb.or([eb("handle", "=", handle), eb("ip", "=", ip)]))
    .executeTakeFirstOrThrow();
  if (Number(failures.by_handle) >= signInLimits.perHandle || Number(failures.by_address) >= signInLimits.perAddress) {
    return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.ceil(signInLimits.windowMs / 1000) };
  }
  const user = await findUserByHandle(db, handle);
  // Spend the same time whether or not the handle exists.
  const valid = await verifyPassword(password, user?.password_hash ?? (await decoyPasswordHash()));
  const succeeded = valid && user !== undefined && user.disabled_at === null;
  await db.insertInto("sign_in_attempts").values({ handle, ip, succeeded }).execute();
  if (!succeeded) return { ok: false, reason: "invalid" };
  return { ok: true, user };
}
