import type { Context } from "@fedify/fedify";
import { Follow, Undo, isActor, type Actor } from "@fedify/vocab";
import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import type { FederationData } from "./context.ts";
import { withTransaction } from "./message-queue.ts";
import { isBlockedHost } from "./queries.ts";
import { rememberActor } from "./remote-actors.ts";
import { FollowError } from "./follows.ts";

/**
 * Finds a remote account by handle (`@learner@other.example`) or by profile/actor URL.
 * WebFinger always runs over https; where private addresses are allowed (development and tests)
 * a loopback peer is also asked over plain http.
 */
export async function resolveRemoteActor(ctx: Context<FederationData>, target: string, identifier: string): Promise<Actor> {
  const trimmed = target.trim();
  // Signed fetches: servers in secure mode (Mastodon's authorized fetch) show actors only to them.
  const documentLoader = await ctx.getDocumentLoader({ identifier });
  let found: unknown;
  if (/^https?:\/\//i.test(trimmed)) {
    found = await ctx.lookupObject(trimmed, { documentLoader });
  } else {
    const match = /^@?([^@\s]+)@([^@\s/]+)$/.exec(trimmed);
    if (match === null) throw new FollowError("Give a handle such as @learner@other.example, or the address of their profile.", 400);
    const [, user, host] = match as unknown as [string, string, string];
    found = await ctx.lookupObject(`acct:${user}@${host}`, { documentLoader }).catch(() => null);
    if (found === null && ctx.data.config.allowPrivateAddresses) {
      const response = await fetch(`http://${host}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${host}`)}`, { headers: { accept: "application/jrd+json" } }).catch(() => undefined);
      if (response?.ok) {
        const jrd = (await response.json()) as { links?: { rel?: string; type?: string; href?: string }[] };
        const self = jrd.links?.find((l) => l.rel === "self" && l.href);
        if (self?.href) found = await ctx.lookupObject(self.href, { documentLoader });
      }
    }
  }
  if (!isActor(found) || found.id === null) throw new FollowError(`No fediverse account was found at ${trimmed}.`, 404);
  if (await isBlockedHost(ctx.data.db, found.id.host)) throw new FollowError(`${found.id.host} is blocked on this instance.`, 403);
  return found;
}

/** Follows a remote account: a pending follow until the other side accepts. */
export async function followRemote(
  db: Kysely<Database>,
  context: (db: Kysely<Database>) => Context<FederationData>,
  user: User,
  target: string,
): Promise<{ id: string; actorId: string; state: string }> {
  const actor = await resolveRemoteActor(context(db), target, user.handle);
  const actorId = await rememberActor(db, actor);
  if (actorId === undefined) throw new FollowError("That account has no inbox to follow.", 422);
  const ctx = context(db);
  if (actorId === ctx.getActorUri(user.handle).href) throw new FollowError("You cannot follow yourself.", 422);
  return await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("following").selectAll().where("user_id", "=", user.id).where("actor_id", "=", actorId).executeTakeFirst();
    if (existing !== undefined && existing.state !== "rejected") return { id: existing.id, actorId, state: existing.state };
    const id = existing?.id ?? newId();
    const me = ctx.getActorUri(user.handle);
    const followActivityId = `${me.href}/following/${id}/${Date.now()}`;
    if (existing === undefined) {
      await trx.insertInto("following").values({ id, user_id: user.id, actor_id: actorId, follow_activity_id: followActivityId, state: "pending" }).execute();
    } else {
      await trx.updateTable("following").set({ state: "pending", follow_activity_id: followActivityId, decided_at: null }).where("id", "=", id).execute();
    }
    await audit(trx, { actorId: user.id, action: "following.requested", subjectType: "following", subjectId: id, details: { actor: actorId } });
    const follow = new Follow({ id: new URL(followActivityId), actor: me, object: new URL(actorId) });
    const inbox = await trx.selectFrom("remote_actors").select("inbox").where("id", "=", actorId).executeTakeFirstOrThrow();
    await withTransaction(trx, () =>
      context(trx).sendActivity({ identifier: user.handle }, { id: new URL(actorId), inboxId: new URL(inbox.inbox), endpoints: null }, follow, { preferSharedInbox: false }),
    );
    return { id, actorId, state: "pending" };
  });
}

export async function unfollowRemote(
  db: Kysely<Database>,
  context: (db: Kysely<Database>) => Context<FederationData>,
  user: User,
  followingId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("following")
      .innerJoin("remote_actors", "remote_actors.id", "following.actor_id")
      .select(["following.id", "following.follow_activity_id", "following.actor_id", "remote_actors.inbox"])
      .where("following.id", "=", followingId)
      .where("following.user_id", "=", user.id)
      .executeTakeFirst();
    if (row === undefined) throw new FollowError("You do not follow that account.", 404);
    await trx.deleteFrom("following").where("id", "=", row.id).execute();
    await audit(trx, { actorId: user.id, action: "following.undone", subjectType: "following", subjectId: row.id, details: { actor: row.actor_id } });
    const ctx = context(trx);
    const me = ctx.getActorUri(user.handle);
    const undo = new Undo({
      id: new URL(`${row.follow_activity_id}/undo`),
      actor: me,
      object: new Follow({ id: new URL(row.follow_activity_id), actor: me, object: new URL(row.actor_id) }),
    });
    await withTransaction(trx, () =>
      ctx.sendActivity({ identifier: user.handle }, { id: new URL(row.actor_id), inboxId: new URL(row.inbox), endpoints: null }, undo, { preferSharedInbox: false }),
    );
  });
}

export async function listFollowing(db: Kysely<Database>, userId: string) {
  return await db
    .selectFrom("following")
    .innerJoin("remote_actors", "remote_actors.id", "following.actor_id")
    .select(["following.id", "following.state", "following.created_at", "remote_actors.id as actor_id", "remote_actors.handle", "remote_actors.name", "remote_actors.url"])
    .where("following.user_id", "=", userId)
    .orderBy("following.created_at", "desc")
    .execute();
}

/** The other side answered our Follow: match it by the Follow's id, or by (our actor, their actor). */
export async function settleFollowing(db: Kysely<Database>, followId: URL | null, remoteActorId: string, localActor: URL | null, state: "accepted" | "rejected"): Promise<string[]> {
  let query = db.updateTable("following").set({ state, decided_at: new Date() }).where("actor_id", "=", remoteActorId).where("state", "!=", state);
  if (followId !== null) {
    query = query.where("follow_activity_id", "=", followId.href);
  } else if (localActor !== null) {
    const handle = /\/users\/([^/]+)$/.exec(localActor.pathname)?.[1];
    if (handle === undefined) return [];
    query = query.where("user_id", "=", db.selectFrom("users").select("id").where("handle", "=", handle));
  } else {
    return [];
  }
  const rows = await query.returning("user_id").execute();
  return rows.map((r) => r.user_id);
}

export async function readerOf(db: Kysely<Database>, userId: string, before: Date | undefined, limit: number, filter: { feedbackRequested?: boolean } = {}) {
  let query = db
    .selectFrom("reader_items")
    .innerJoin("remote_actors", "remote_actors.id", "reader_items.actor_id")
    .select([
      "reader_items.id", "reader_items.object_id", "reader_items.type", "reader_items.name", "reader_items.summary", "reader_items.content_html",
      "reader_items.url", "reader_items.visibility", "reader_items.published_at", "reader_items.received_at", "reader_items.feedback_requested",
      "remote_actors.id as actor_id", "remote_actors.handle", "remote_actors.name as actor_name", "remote_actors.url as actor_url",
    ])
    .where("reader_items.user_id", "=", userId);
  if (before) query = query.where("reader_items.received_at", "<", before);
  if (filter.feedbackRequested) query = query.where("reader_items.feedback_requested", "=", true);
  return await query.orderBy("reader_items.received_at", "desc").limit(limit).execute();
}
