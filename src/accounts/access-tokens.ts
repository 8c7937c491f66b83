import type { Kysely } from "kysely";
import { newId, newSecret } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { hashSecret } from "./tokens.ts";

export const accessTokenPrefix = "rnd_";

export interface IssuedToken {
  id: string;
  token: string;
}

/** Creates a personal access token; the secret is returned once and only its hash is kept. */
export async function createAccessToken(db: Kysely<Database>, userId: string, name: string): Promise<IssuedToken> {
  const token = newSecret(accessTokenPrefix);
  const id = newId();
  await db.insertInto("access_tokens").values({ id, user_id: userId, token_hash: hashSecret(token), name }).execute();
  return { id, token };
}

export async function userForAccessToken(db: Kysely<Database>, token: string): Promise<User | undefined> {
  const tokenHash = hashSecret(token);
  const row = await db
    .selectFrom("access_tokens")
    .innerJoin("users", "users.id", "access_tokens.user_id")
    .selectAll("users")
    .select(["access_tokens.id as token_id", "access_tokens.last_used_at as token_last_used_at"])
    .where("access_tokens.token_hash", "=", tokenHash)
    .where("access_tokens.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { token_id: tokenId, token_last_used_at: lastUsed, ...user } = row;
  if (lastUsed === null || Date.now() - lastUsed.getTime() > 60_000) {
    await db.updateTable("access_tokens").set({ last_used_at: new Date() }).where("id", "=", tokenId).execute();
  }
  return user;
}

export async function listAccessTokens(db: Kysely<Database>, userId: string) {
  return await db
    .selectFrom("access_tokens")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();
}

export async function revokeAccessToken(db: Kysely<Database>, userId: string, tokenId: string): Promise<boolean> {
  const result = await db
    .updateTable("access_tokens")
    .set({ revoked_at: new Date() })
    .where("id", "=", tokenId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
