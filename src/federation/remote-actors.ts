import { type Actor, isActor } from "@fedify/vocab";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Stores (or refreshes) what Rounds needs of a remote actor: where to deliver, and how to name it. */
export async function rememberActor(db: Kysely<Database>, actor: Actor): Promise<string | undefined> {
  if (actor.id === null || actor.inboxId === null) return undefined;
  const id = actor.id.href;
  const host = actor.id.host.toLowerCase();
  const username = actor.preferredUsername?.toString();
  const values = {
    handle: username ? `${username}@${host}` : null,
    name: actor.name?.toString() ?? username ?? null,
    url: actor.url instanceof URL ? actor.url.href : (actor.url?.href?.href ?? id),
    inbox: actor.inboxId.href,
    shared_inbox: actor.endpoints?.sharedInbox?.href ?? null,
    host,
    updated_at: new Date(),
  };
  await db
    .insertInto("remote_actors")
    .values({ id, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
  return id;
}

export { isActor };
