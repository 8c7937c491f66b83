import type { Kysely } from "kysely";
import { newId, newSecret } from "../db/ids.ts";
import type { Database, Role, User } from "../db/schema.ts";
import { hashSecret } from "./tokens.ts";
import { AccountError, createUser } from "./users.ts";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation(db: Kysely<Database>, createdBy: string, role: Role): Promise<{ id: string; token: string }> {
  const token = newSecret();
  const id = newId();
  await db
    .insertInto("invitations")
    .values({ id, token_hash: hashSecret(token), role, created_by: createdBy, expires_at: new Date(Date.now() + invitationLifetimeMs) })
    .execute();
  return { id, token };
}

export async function findOpenInvitation(db: Kysely<Database>, token: string) {
  return await db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", hashSecret(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", new Date())
    .executeTakeFirst();
}

export async function listInvitations(db: Kysely<Database>) {
  return await db
    .selectFrom("invitations")
    .leftJoin("users", "users.id", "invitations.used_by")
    .select(["invitations.id", "invitations.role", "invitations.created_at", "invitations.expires_at", "invitations.used_at", "users.handle as used_by_handle"])
    .orderBy("invitations.created_at", "desc")
    .limit(100)
    .execute();
}

/** Uses an invitation exactly once, even when two people submit it at the same moment. */
export async function acceptInvitation(
  db: Kysely<Database>,
  token: string,
  account: { handle: string; password: string; displayName?: string },
): Promise<User> {
  return await db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom("invitations")
      .selectAll()
      .where("token_hash", "=", hashSecret(token))
      .where("used_at", "is", null)
      .where("expires_at", ">", new Date())
      .forUpdate()
      .executeTakeFirst();
    if (invitation === undefined) throw new AccountError("This invitation link has expired or was already used.", 410);
    const user = await createUser(trx, { ...account, role: invitation.role });
    await trx.updateTable("invitations").set({ used_at: new Date(), used_by: user.id }).where("id", "=", invitation.id).execute();
    return user;
  });
}
