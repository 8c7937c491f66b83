import {
  Accept, Announce, Article, Create, Delete, Flag, Follow, Like, Move, Note, Reject, Undo, Update, isActor,
} from "@fedify/vocab";
import type { InboxContext } from "@fedify/fedify";
import { newId } from "../db/ids.ts";
import { audit } from "../instance/audit.ts";
import { handleFollow } from "./follows.ts";
import { type FederationData, instanceActor, type RoundsFederation } from "./context.ts";
import { isBlockedHost, localUser } from "./queries.ts";
import { notify, postOwner } from "../notifications/notify.ts";
import { rememberActor } from "./remote-actors.ts";
import { removeRemoteReply, replyTarget, saveRemoteReply } from "./replies.ts";
import { removeFromReader, saveToReader } from "./reader.ts";
import { settleFollowing } from "./following.ts";

type Ctx = InboxContext<FederationData>;

/** Activities from a blocked server are refused (dropped without effect). */
async function blocked(ctx: Ctx, actorId: URL | null): Promise<boolean> {
  return actorId === null || (await isBlockedHost(ctx.data.db, actorId.host));
}

/** Our post that an object id points at, if any: `/users/{handle}/posts/{id}`. */
export function localPostId(ctx: Ctx, uri: URL | null): string | undefined {
  if (uri === null) return undefined;
  const parsed = ctx.parseUri(uri);
  if (parsed?.type !== "object") return undefined;
  return parsed.values.id;
}

export function registerInbox(federation: RoundsFederation): void {
  federation
    .setInboxListeners("/users/{identifier}/inbox", "/inbox")
    // Secure-mode Mastodon only shows its actors to signed fetches: the shared inbox fetches keys as the instance actor.
    .setSharedKeyDispatcher(() => ({ identifier: instanceActor }))
    .withIdempotency("per-inbox")
    .on(Follow, async (ctx, follow) => {
      if (await blocked(ctx, follow.actorId)) return;
      await handleFollow(ctx, follow);
    })
    .on(Undo, async (ctx, undo) => {
      if (await blocked(ctx, undo.actorId)) return;
      const object = await undo.getObject(ctx);
      const actorId = undo.actorId!.href;
      const db = ctx.data.db;
      if (object instanceof Follow) {
        const target = ctx.parseUri(object.objectId);
        if (target?.type !== "actor") return;
        const user = await localUser(db, target.identifier);
        if (user === undefined) return;
        await db.deleteFrom("follows").where("user_id", "=", user.id).where("actor_id", "=", actorId).execute();
      } else if (object instanceof Like || object instanceof Announce) {
        if (object.id === null) return;
        await db.deleteFrom("interactions").where("activity_id", "=", object.id.href).where("actor_id", "=", actorId).execute();
      }
    })
    .on(Create, async (ctx, create) => {
      if (await blocked(ctx, create.actorId)) return;
      const object = await create.getObject(ctx);
      if (!(object instanceof Note || object instanceof Article)) return;
      const target = await replyTarget(ctx, localPostId(ctx, object.replyTargetId), object.replyTargetId);
      if (target !== undefined) await saveRemoteReply(ctx, create.actorId!, object, target.postId, target.parentId);
      else await saveToReader(ctx, create.actorId!, object);
    })
    .on(Update, async (ctx, update) => {
      if (await blocked(ctx, update.actorId)) return;
      const object = await update.getObject(ctx);
      if (isActor(object)) {
        if (object.id?.href === update.actorId?.href) await rememberActor(ctx.data.db, object);
        return;
      }
      if (!(object instanceof Note || object instanceof Article)) return;
      const target = await replyTarget(ctx, localPostId(ctx, object.replyTargetId), object.replyTargetId);
      if (target !== undefined) await saveRemoteReply(ctx, update.actorId!, object, target.postId, target.parentId);
      else await saveToReader(ctx, update.actorId!, object);
    })
    .on(Delete, async (ctx, del) => {
      if (await blocked(ctx, del.actorId)) return;
      const actorId = del.actorId!;
      const objectId = del.objectId;
      if (objectId === null) return;
      if (objectId.href === actorId.href) {
        // The account is gone: its follows go; its comments and counts go with the actor row.
        await ctx.data.db.deleteFrom("remote_actors").where("id", "=", actorId.href).execute();
        return;
      }
      await removeRemoteReply(ctx, actorId, objectId);
      await removeFromReader(ctx, actorId, objectId);
    })
    .on(Like, async (ctx, like) => {
      if (await blocked(ctx, like.actorId)) return;
      const postId = localPostId(ctx, like.objectId);
      if (postId === undefined || like.id === null) return;
      await countInteraction(ctx, "like", like.id.href, postId, like.actorId!.href);
    })
    .on(Announce, async (ctx, announce) => {
      if (await blocked(ctx, announce.actorId)) return;
      const postId = localPostId(ctx, announce.objectId);
      if (postId === undefined || announce.id === null) return;
      await countInteraction(ctx, "announce", announce.id.href, postId, announce.actorId!.href);
    })
    .on(Flag, async (ctx, flag) => {
      if (await blocked(ctx, flag.actorId)) return;
      const db = ctx.data.db;
      const objectIds = flag.objectIds.map((u) => u.href);
      let targetUserId: string | null = null;
      for (const uri of flag.objectIds) {
        const parsed = ctx.parseUri(uri);
        const handle = parsed?.type === "actor" ? parsed.identifier : parsed?.type === "object" ? parsed.values.identifier : undefined;
        if (handle) targetUserId = (await localUser(db, handle))?.id ?? targetUserId;
      }
      const id = newId();
      await db
        .insertInto("reports")
        .values({ id, activity_id: flag.id?.href ?? id, reporter_actor_id: flag.actorId!.href, target_user_id: targetUserId, object_ids: JSON.stringify(objectIds), comment: (flag.content?.toString() ?? "").slice(0, 5000) })
        .onConflict((oc) => oc.column("activity_id").doNothing())
        .execute();
      await audit(db, { actorId: null, action: "report.received", subjectType: "report", subjectId: id, details: { reporter: flag.actorId!.href, objects: objectIds } });
    })
    .on(Move, async (ctx, move) => {
      if (await blocked(ctx, move.actorId)) return;
      const movedId = move.actorId;
      if (movedId === null || movedId.href !== move.objectId?.href || move.targetId === null) return;
      const target = await move.getTarget(ctx);
      if (!isActor(target) || !target.aliasIds.some((a) => a.href === movedId.href)) return;
      const targetId = await rememberActor(ctx.data.db, target);
      if (targetId === undefined) return;
      // Followers who moved keep their (approved) follows under their new account.
      const db = ctx.data.db;
      const follows = await db.selectFrom("follows").selectAll().where("actor_id", "=", movedId.href).execute();
      for (const follow of follows) {
        await db
          .insertInto("follows")
          .values({ id: newId(), user_id: follow.user_id, actor_id: targetId, follow_activity_id: follow.follow_activity_id, state: follow.state, decided_at: follow.decided_at })
          .onConflict((oc) => oc.columns(["user_id", "actor_id"]).doNothing())
          .execute();
      }
      await db.deleteFrom("follows").where("actor_id", "=", movedId.href).execute();
    })
    // The other side answered a Follow from one of our users.
    .on(Accept, async (ctx, accept) => {
      if (await blocked(ctx, accept.actorId)) return;
      const follow = await accept.getObject(ctx).catch(() => null);
      const followId = follow instanceof Follow ? follow.id : accept.objectId;
      const local = follow instanceof Follow ? follow.actorId : null;
      const settled = await settleFollowing(ctx.data.db, followId, accept.actorId!.href, local, "accepted");
      for (const userId of settled) {
        const who = (await ctx.data.db.selectFrom("remote_actors").select(["name", "handle"]).where("id", "=", accept.actorId!.href).executeTakeFirst()) ?? { name: null, handle: null };
        await notify(ctx.data.db, { userId, kind: "follow_accepted", subjectType: "following", subjectId: accept.actorId!.href, actor: accept.actorId!.href, text: `${who.name ?? who.handle ?? accept.actorId!.href} accepted your follow`, url: "/following" });
      }
    })
    .on(Reject, async (ctx, reject) => {
      if (await blocked(ctx, reject.actorId)) return;
      const follow = await reject.getObject(ctx).catch(() => null);
      const followId = follow instanceof Follow ? follow.id : reject.objectId;
      const local = follow instanceof Follow ? follow.actorId : null;
      await settleFollowing(ctx.data.db, followId, reject.actorId!.href, local, "rejected");
    })
    .onError((ctx, error) => {
      ctx.data.log?.warn({ err: error }, "inbox listener failed");
    });
}

async function countInteraction(ctx: Ctx, kind: "like" | "announce", activityId: string, postId: string, actorId: string) {
  const db = ctx.data.db;
  const post = await db.selectFrom("posts").select("id").where("id", "=", postId).where("cleared_version_id", "is not", null).executeTakeFirst();
  if (post === undefined) return;
  const inserted = await db
    .insertInto("interactions")
    .values({ activity_id: activityId, kind, post_id: postId, actor_id: actorId })
    .onConflict((oc) => oc.column("activity_id").doNothing())
    .returning("activity_id")
    .executeTakeFirst();
  if (inserted === undefined) return;
  const owner = await postOwner(db, postId);
  if (owner === undefined) return;
  const who = (await db.selectFrom("remote_actors").select(["name", "handle"]).where("id", "=", actorId).executeTakeFirst()) ?? { name: null, handle: null };
  await notify(db, {
    userId: owner.id, kind: kind === "like" ? "like" : "boost", subjectType: "post", subjectId: postId, actor: actorId,
    text: `${who.name ?? who.handle ?? actorId} ${kind === "like" ? "liked" : "boosted"} “${owner.title}”`, url: `/users/${owner.handle}/posts/${postId}`,
  });
}
