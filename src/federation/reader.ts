import type { InboxContext } from "@fedify/fedify";
import { type Article, Hashtag, type Note, PUBLIC_COLLECTION } from "@fedify/vocab";
import { newId } from "../db/ids.ts";
import { sanitizeRemoteHtml } from "../posts/markdown.ts";
import type { FederationData } from "./context.ts";

/**
 * A post from an account local users follow goes into their reader: sanitised, displayed, never
 * republished. Its visibility is read from its addressing, the way Mastodon reads it.
 */
export async function saveToReader(ctx: InboxContext<FederationData>, actorId: URL, object: Note | Article): Promise<void> {
  if (object.id === null || object.id.host !== actorId.host) return;
  const db = ctx.data.db;
  const followers = await db
    .selectFrom("following")
    .select("user_id")
    .where("actor_id", "=", actorId.href)
    .where("state", "=", "accepted")
    .execute();
  if (followers.length === 0) return;
  const to = object.toIds.map((u) => u.href);
  const cc = object.ccIds.map((u) => u.href);
  const visibility = to.includes(PUBLIC_COLLECTION.href) ? "public" : cc.includes(PUBLIC_COLLECTION.href) ? "unlisted" : to.some((u) => u.endsWith("/followers")) ? "followers" : "direct";
  const values = {
    type: object instanceof Object && "constructor" in object ? object.constructor.name : "Note",
    name: object.name?.toString() ?? null,
    summary: object.summary?.toString() ?? null,
    content_html: sanitizeRemoteHtml(object.content?.toString() ?? ""),
    url: object.url instanceof URL ? object.url.href : (object.url?.href?.href ?? object.id.href),
    visibility: visibility as "public" | "unlisted" | "followers" | "direct",
    published_at: object.published ? new Date(object.published.epochMilliseconds) : null,
    updated_at: object.updated ? new Date(object.updated.epochMilliseconds) : null,
    feedback_requested: await asksForFeedback(ctx, object),
  };
  for (const { user_id } of followers) {
    await db
      .insertInto("reader_items")
      .values({ id: newId(), user_id, object_id: object.id.href, actor_id: actorId.href, ...values })
      .onConflict((oc) => oc.columns(["user_id", "object_id"]).doUpdateSet(values))
      .execute();
  }
}

/** Rounds marks a post that asks for feedback with the #FeedbackRequested hashtag. */
async function asksForFeedback(ctx: InboxContext<FederationData>, object: Note | Article): Promise<boolean> {
  try {
    for await (const tag of object.getTags({ documentLoader: ctx.documentLoader })) {
      if (tag instanceof Hashtag && tag.name?.toString().toLowerCase() === "#feedbackrequested") return true;
    }
  } catch {
    return false;
  }
  return false;
}

export async function removeFromReader(ctx: InboxContext<FederationData>, actorId: URL, objectId: URL): Promise<void> {
  await ctx.data.db.deleteFrom("reader_items").where("object_id", "=", objectId.href).where("actor_id", "=", actorId.href).execute();
}
