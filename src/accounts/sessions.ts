import type { Kysely } from "kysely";
import { newSecret } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { hashSecret } from "./tokens.ts";

export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

/** Starts a session and returns the secret for the cookie; the database keeps only its hash. */
export async function startSession(db: Kysely<Database>, userId: string): Promise<string> {
  const secret = newSecret();
  await db
    .insertInto("sessions")
    .values({ token_hash: hashSecret(secret), user_id: userId, expires_at: new Date(Date.now() + sessionLifetimeMs) })
    .execute();
  return secret;
}

export async function userForSession(db: Kysely<Database>, secret: string): Promise<User | undefined> {
  const tokenHash = hashSecret(secret);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select(["sessions.last_seen_at as session_last_seen_at"])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.expires_at", ">", new Date())
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { session_last_seen_at: lastSeen, ...user } = row;
  // Sliding expiry, written at most once an hour.
  if (Date.now() - lastSeen.getTime() > 60 * 60 * 1000) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(), expires_at: new Date(Date.now() + sessionLifetimeMs) })
      .where("token_hash", "=", tokenHash)
      .execute();
  }
  return user;
}

export async function endSession(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", hashSecret(secret)).execute();
}
