import type { Context, InboxContext } from "@fedify/fedify";
import { Accept, Follow, Reject } from "@fedify/vocab";
import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import type { FederationData } from "./context.ts";
import { localUser } from "./queries.ts";
import { withTransaction } from "./message-queue.ts";
import { notify } from "../notifications/notify.ts";
import { rememberActor } from "./remote-actors.ts";

/** An incoming Follow: a follow request the author approves, or accepted at once with auto-approval. */
export async function handleFollow(ctx: InboxContext<FederationData>, follow: Follow): Promise<void> {
  if (follow.id === null || follow.actorId === null || follow.objectId === null) return;
  const target = ctx.parseUri(follow.objectId);
  if (target?.type !== "actor") return;
  const db = ctx.data.db;
  const user = await localUser(db, target.identifier);
  if (user === undefined) return;
  const follower = await follow.getActor(ctx);
  if (follower === null) return;
  const actorId = await rememberActor(db, follower);
  if (actorId === undefined) return;
  const existing = await db.selectFrom("follows").selectAll().where("user_id", "=", user.id).where("actor_id", "=", actorId).executeTakeFirst();
  if (existing !== undefined) {
    // A repeated Follow: keep the decision, remember the new id, and answer again if accepted.
    await db.updateTable("follows").set({ follow_activity_id: follow.id.href }).where("id", "=", existing.id).execute();
    if (existing.state === "accepted") await sendFollowDecision(ctx, user, { ...existing, follow_activity_id: follow.id.href }, "accept");
    if (existing.state === "rejected") {
      await db.updateTable("follows").set({ state: "pending", decided_at: null }).where("id", "=", existing.id).execute();
    }
    return;
  }
  const state = user.auto_approve_followers ? "accepted" : "pending";
  const id = newId();
  await db
    .insertInto("follows")
    .values({ id, user_id: user.id, actor_id: actorId, follow_activity_id: follow.id.href, state, decided_at: state === "accepted" ? new Date() : null })
    .execute();
  await audit(db, { actorId: null, action: state === "accepted" ? "follow.auto-accepted" : "follow.requested", subjectType: "follow", subjectId: id, details: { follower: actorId, userId: user.id } });
  const who = follower.name?.toString() ?? follower.preferredUsername?.toString() ?? actorId;
  await notify(db, {
    userId: user.id, kind: state === "accepted" ? "follow" : "follow_request", subjectType: "follow", subjectId: id, actor: actorId,
    text: state === "accepted" ? `${who} now follows you` : `${who} asked to follow you`, url: "/followers",
  });
  if (state === "accepted") {
    const row = await db.selectFrom("follows").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    await sendFollowDecision(ctx, user, row, "accept");
  }
}

/** Accept or Reject, signed by the followed actor, with the Follow (id, actor, object) as its object. */
export async function sendFollowDecision(
  ctx: Context<FederationData>,
  user: Pick<User, "handle">,
  follow: { id: string; actor_id: string; follow_activity_id: string },
  decision: "accept" | "reject",
): Promise<void> {
  const db = ctx.data.db;
  const actor = await db.selectFrom("remote_actors").selectAll().where("id", "=", follow.actor_id).executeTakeFirst();
  if (actor === undefined) return;
  const me = ctx.getActorUri(user.handle);
  const object = new Follow({ id: new URL(follow.follow_activity_id), actor: new URL(actor.id), object: me });
  const values = {
    id: new URL(`${me.href}/follows/${follow.id}/${decision}/${Date.now()}`),
    actor: me,
    object,
    to: new URL(actor.id),
  };
  const activity = decision === "accept" ? new Accept(values) : new Reject(values);
  // Follow decisions go to the follower's personal inbox, as Mastodon expects.
  await ctx.sendActivity({ identifier: user.handle }, { id: new URL(actor.id), inboxId: new URL(actor.inbox), endpoints: null }, activity, { preferSharedInbox: false });
}

export async function listFollowRequests(db: Kysely<Database>, userId: string, state: "pending" | "accepted" = "pending") {
  return await db
    .selectFrom("follows")
    .innerJoin("remote_actors", "remote_actors.id", "follows.actor_id")
    .select(["follows.id", "follows.state", "follows.created_at", "follows.decided_at", "follows.is_mentor", "remote_actors.id as actor_id", "remote_actors.handle", "remote_actors.name", "remote_actors.url"])
    .where("follows.user_id", "=", userId)
    .where("follows.state", "=", state)
    .orderBy("follows.created_at", "desc")
    .execute();
}

export class FollowError extends Error {
  override name = "FollowError";
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/**
 * The author approves or rejects a follow request (or removes an approved follower with "reject").
 * The decision and its Accept/Reject activity are written in one transaction.
 */
export async function decideFollow(
  db: Kysely<Database>,
  context: (trx: Kysely<Database>) => Context<FederationData>,
  user: User,
  followId: string,
  decision: "accept" | "reject",
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const follow = await trx.selectFrom("follows").selectAll().where("id", "=", followId).where("user_id", "=", user.id).forUpdate().executeTakeFirst();
    if (follow === undefined) throw new FollowError("There is no such follow request.", 404);
    const state = decision === "accept" ? "accepted" : "rejected";
    if (follow.state === state) return;
    await trx.updateTable("follows").set({ state, decided_at: new Date() }).where("id", "=", followId).execute();
    await audit(trx, { actorId: user.id, action: `follow.${state}`, subjectType: "follow", subjectId: followId, details: { follower: follow.actor_id } });
    await withTransaction(trx, () => sendFollowDecision(context(trx), user, follow, decision));
  });
}

/** The author marks an approved follower as a mentor: their replies show as mentor feedback. */
export async function setMentor(db: Kysely<Database>, user: User, followId: string, on: boolean): Promise<void> {
  const result = await db.updateTable("follows").set({ is_mentor: on }).where("id", "=", followId).where("user_id", "=", user.id).where("state", "=", "accepted").executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new FollowError("There is no such approved follower.", 404);
  await audit(db, { actorId: user.id, action: on ? "follow.mentor-marked" : "follow.mentor-unmarked", subjectType: "follow", subjectId: followId });
}
