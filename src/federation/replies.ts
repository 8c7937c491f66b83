import type { InboxContext } from "@fedify/fedify";
import type { Article, Note } from "@fedify/vocab";
import sanitizeHtml from "sanitize-html";
import { newId } from "../db/ids.ts";
import type { CommentState } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { sanitizeRemoteHtml } from "../posts/markdown.ts";
import { storedFindings } from "../privacy/gate.ts";
import type { FederationData } from "./context.ts";
import { rememberActor } from "./remote-actors.ts";
import { PropertyValue, isActor } from "@fedify/vocab";
import { notify, postOwner } from "../notifications/notify.ts";

type Ctx = InboxContext<FederationData>;

/**
 * The words of remote HTML, for the gate. Mentions (Mastodon's `mention` links) are addressing,
 * not content: they name fediverse accounts the reply is sent to, so they are left out.
 */
export function textOfHtml(html: string): string {
  const withoutMentions = sanitizeHtml(html, {
    allowedTags: false as unknown as string[],
    allowedAttributes: false as unknown as Record<string, string[]>,
    exclusiveFilter: (frame) => frame.tag === "a" && /(^|\s)mention(\s|$)/.test(frame.attribs.class ?? ""),
  });
  return sanitizeHtml(withoutMentions.replace(/<(br|\/p|\/li|\/h\d|\/blockquote)[^>]*>/gi, "\n"), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Which of our posts a reply belongs to: the post itself, or the post of the comment it answers. */
export async function replyTarget(ctx: Ctx, postId: string | undefined, inReplyTo: URL | null): Promise<{ postId: string; parentId: string | null } | undefined> {
  if (postId !== undefined) return { postId, parentId: null };
  if (inReplyTo === null) return undefined;
  const parent = await ctx.data.db.selectFrom("comments").select(["id", "post_id"]).where("remote_object_id", "=", inReplyTo.href).executeTakeFirst();
  return parent && { postId: parent.post_id, parentId: parent.id };
}

/**
 * A reply from the fediverse becomes a comment: HTML sanitised (mentions and links kept), the gate
 * run on its words (held if it carries identifiers), threaded, with its author's name and link.
 * An Update of the same reply replaces its text and runs the gate again.
 */
export async function saveRemoteReply(ctx: Ctx, actorId: URL, note: Note | Article, postId: string, parentId: string | null = null): Promise<void> {
  if (note.id === null) return;
  // The reply must belong to the actor who sent it, on that actor's server.
  if (note.id.host !== actorId.host) return;
  if (note.attributionId !== null && note.attributionId.href !== actorId.href) return;
  const db = ctx.data.db;
  const post = await db.selectFrom("posts").select(["id", "author_id"]).where("id", "=", postId).where("cleared_version_id", "is not", null).where("deleted_at", "is", null).executeTakeFirst();
  if (post === undefined) return;
  const actor = await ctx.lookupObject(actorId);
  if (!isActor(actor)) return;
  const rememberedId = await rememberActor(db, actor);
  if (rememberedId === undefined) return;
  // Keep the mention classes so the words the gate checked stay the words shown.
  const html = sanitizeRemoteHtml(note.content?.toString() ?? "");
  const raw = note.content?.toString() ?? "";
  const findings = ctx.data.gate.scanComment(textOfHtml(raw), await nonPatientNamesOf(ctx, postId, actor));
  const existing = await db.selectFrom("comments").select(["id", "state"]).where("remote_object_id", "=", note.id.href).executeTakeFirst();
  const url = note.url instanceof URL ? note.url.href : (note.url?.href?.href ?? note.id.href);
  if (existing !== undefined) {
    const state: CommentState = existing.state === "removed" ? "removed" : findings.length === 0 ? "visible" : "held";
    await db
      .updateTable("comments")
      .set({ body: html, state, findings: JSON.stringify(storedFindings(findings)), approved_hash: null, approved_by: null, updated_at: new Date() })
      .where("id", "=", existing.id)
      .execute();
    await audit(db, { actorId: null, action: state === "held" ? "comment.held" : "comment.updated", subjectType: "comment", subjectId: existing.id, details: { postId, remote: true, findings: storedFindings(findings) } });
    return;
  }
  const id = newId();
  const state: CommentState = findings.length === 0 ? "visible" : "held";
  const feedback = await isMentorFeedback(ctx, post.author_id, rememberedId, actor);
  const inserted = await db
    .insertInto("comments")
    .values({
      id, post_id: postId, author_id: null, body: html, state, findings: JSON.stringify(storedFindings(findings)),
      remote_actor_id: rememberedId, remote_object_id: note.id.href, remote_url: url, in_reply_to_comment_id: parentId, is_feedback: feedback,
    })
    .onConflict((oc) => oc.column("remote_object_id").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted === undefined) return;
  await audit(db, { actorId: null, action: state === "held" ? "comment.held" : "comment.created", subjectType: "comment", subjectId: id, details: { postId, remote: true, feedback, findings: storedFindings(findings) } });
  const owner = await postOwner(db, postId);
  if (owner === undefined) return;
  const who = actor.name?.toString() ?? actor.preferredUsername?.toString() ?? rememberedId;
  await notify(db, {
    userId: owner.id,
    kind: state === "held" ? "comment_held" : feedback ? "feedback" : "comment",
    subjectType: "comment", subjectId: id, actor: rememberedId,
    text: state === "held" ? `A comment from ${who} on “${owner.title}” was held: it may identify a patient` : feedback ? `${who} left feedback on “${owner.title}”` : `${who} commented on “${owner.title}”`,
    url: state === "held" ? "/moderation" : `/users/${owner.handle}/posts/${postId}#comment-${id}`,
  });
}

/**
 * Mentor feedback: a reply from an approved follower of the post's author who is faculty on their
 * own instance (their Rounds profile says so) or whom the author marked as a mentor.
 */
async function isMentorFeedback(ctx: Ctx, authorId: string, actorId: string, actor: object): Promise<boolean> {
  const follow = await ctx.data.db.selectFrom("follows").select("is_mentor").where("user_id", "=", authorId).where("actor_id", "=", actorId).where("state", "=", "accepted").executeTakeFirst();
  if (follow === undefined) return false;
  if (follow.is_mentor) return true;
  if (!("getAttachments" in actor)) return false;
  try {
    for await (const field of (actor as { getAttachments(o: unknown): AsyncIterable<unknown> }).getAttachments({ documentLoader: ctx.documentLoader })) {
      if (field instanceof PropertyValue && field.name?.toString() === "Role" && /^(faculty|admin)$/.test(field.value?.toString() ?? "")) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/** A Delete of a remote reply removes the comment (only its own author can). */
export async function removeRemoteReply(ctx: Ctx, actorId: URL, objectId: URL): Promise<void> {
  const db = ctx.data.db;
  const comment = await db.selectFrom("comments").select(["id", "post_id"]).where("remote_object_id", "=", objectId.href).where("remote_actor_id", "=", actorId.href).executeTakeFirst();
  if (comment === undefined) return;
  await db.deleteFrom("comments").where("id", "=", comment.id).execute();
  await audit(db, { actorId: null, action: "comment.deleted-remotely", subjectType: "comment", subjectId: comment.id, details: { postId: comment.post_id } });
}

/** The post's author and the replier: named in a reply, they are not patients. */
async function nonPatientNamesOf(ctx: Ctx, postId: string, actor: { name?: unknown; preferredUsername?: unknown }): Promise<string[]> {
  const author = await ctx.data.db
    .selectFrom("posts")
    .innerJoin("users", "users.id", "posts.author_id")
    .select(["users.handle", "users.display_name"])
    .where("posts.id", "=", postId)
    .executeTakeFirst();
  const names = [author?.handle, author?.display_name, actor.name?.toString(), actor.preferredUsername?.toString()];
  return names.filter((n): n is string => typeof n === "string" && n !== "");
}
