import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Accepted followers of a local user, as fedify recipients; blocked domains are left out. */
export async function acceptedFollowers(db: Kysely<Database>, userId: string) {
  return await db
    .selectFrom("follows")
    .innerJoin("remote_actors", "remote_actors.id", "follows.actor_id")
    .select(["remote_actors.id", "remote_actors.inbox", "remote_actors.shared_inbox", "follows.created_at"])
    .where("follows.user_id", "=", userId)
    .where("follows.state", "=", "accepted")
    .where((eb) => eb.not(eb.exists(eb.selectFrom("domain_blocks").select("host").whereRef("domain_blocks.host", "=", "remote_actors.host"))))
    .orderBy("follows.created_at", "asc")
    .execute();
}

export async function followerCount(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("follows")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("state", "=", "accepted")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isAcceptedFollower(db: Kysely<Database>, userId: string, actorId: string): Promise<boolean> {
  const row = await db
    .selectFrom("follows")
    .select("id")
    .where("user_id", "=", userId)
    .where("actor_id", "=", actorId)
    .where("state", "=", "accepted")
    .executeTakeFirst();
  return row !== undefined;
}

export async function isBlockedHost(db: Kysely<Database>, host: string): Promise<boolean> {
  const row = await db.selectFrom("domain_blocks").select("host").where("host", "=", host.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

export async function localUser(db: Kysely<Database>, handle: string) {
  return await db.selectFrom("users").selectAll().where("handle", "=", handle).where("disabled_at", "is", null).executeTakeFirst();
}
