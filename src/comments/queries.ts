import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { CommentState, Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { renderMarkdown, sanitizeRemoteHtml } from "../posts/markdown.ts";
import { textHash } from "../privacy/content-hash.ts";
import { textOfHtml } from "../federation/replies.ts";
import type { ClearedComment } from "../privacy/cleared.ts";
import { type Gate, storedFindings } from "../privacy/gate.ts";
import { authorPath } from "../posts/urls.ts";
import { notify, postOwner } from "../notifications/notify.ts";

export const commentLimit = 5000;

/** A local comment goes through the gate: with identifiers it is held for the post's author, never shown. */
export async function addLocalComment(db: Kysely<Database>, gate: Gate, author: User, postId: string, body: string, nonPatientNames: readonly string[] = []) {
  const findings = gate.scanComment(body, [...nonPatientNames, author.handle, author.display_name]);
  const state: CommentState = findings.length === 0 ? "visible" : "held";
  const id = newId();
  await db
    .insertInto("comments")
    .values({ id, post_id: postId, author_id: author.id, body, state, findings: JSON.stringify(storedFindings(findings)) })
    .execute();
  const owner = await postOwner(db, postId);
  if (owner !== undefined && owner.id !== author.id) {
    await notify(db, {
      userId: owner.id, kind: state === "visible" ? "comment" : "comment_held", subjectType: "comment", subjectId: id, actor: author.handle,
      text: state === "visible" ? `${author.display_name} commented on “${owner.title}”` : `A comment from ${author.display_name} on “${owner.title}” was held: it may identify a patient`,
      url: state === "visible" ? `/users/${owner.handle}/posts/${postId}#comment-${id}` : "/moderation",
    });
  }
  await audit(db, {
    actorId: author.id,
    action: state === "visible" ? "comment.created" : "comment.held",
    subjectType: "comment",
    subjectId: id,
    details: { postId, findings: storedFindings(findings) },
  });
  return { id, state, findings };
}

/**
 * Comments under a post that anyone may read: visible ones the gate admits, oldest first —
 * local ones (Markdown) and replies from the fediverse (HTML, sanitised again on the way out).
 */
export async function visibleComments(db: Kysely<Database>, gate: Gate, postId: string): Promise<ClearedComment[]> {
  const rows = await db
    .selectFrom("comments")
    .leftJoin("users", "users.id", "comments.author_id")
    .leftJoin("remote_actors", "remote_actors.id", "comments.remote_actor_id")
    .select([
      "comments.id", "comments.post_id", "comments.body", "comments.state", "comments.approved_hash", "comments.created_at",
      "comments.remote_object_id", "comments.is_feedback", "users.handle", "users.display_name", "users.disabled_at",
      "remote_actors.handle as remote_handle", "remote_actors.name as remote_name", "remote_actors.url as remote_url", "remote_actors.id as remote_id",
    ])
    .where("comments.post_id", "=", postId)
    .where("comments.state", "=", "visible")
    .orderBy("comments.created_at", "asc")
    .limit(500)
    .execute();
  const postAuthor = await db
    .selectFrom("posts")
    .innerJoin("users", "users.id", "posts.author_id")
    .select(["users.handle", "users.display_name"])
    .where("posts.id", "=", postId)
    .executeTakeFirst();
  const cleared: ClearedComment[] = [];
  for (const row of rows) {
    const remote = row.remote_object_id !== null;
    if (!remote && (row.handle === null || row.disabled_at !== null)) continue;
    const author = remote
      ? { handle: row.remote_handle ?? row.remote_id ?? "", displayName: row.remote_name ?? row.remote_handle ?? "A fediverse account", url: row.remote_url ?? row.remote_id ?? "#" }
      : { handle: row.handle!, displayName: row.display_name!, url: authorPath(row.handle!) };
    const text = remote ? textOfHtml(row.body) : row.body;
    const comment = gate.admitComment(
      {
        id: row.id, post_id: row.post_id, body: text, state: row.state, created_at: row.created_at, author, is_feedback: row.is_feedback,
        approved_hash: row.approved_hash === null ? null : remote ? textHashOr(row.approved_hash, row.body, text) : row.approved_hash,
        nonPatientNames: [postAuthor?.handle, postAuthor?.display_name, author.displayName, author.handle.split("@")[0]].filter((n): n is string => !!n),
      },
      remote ? sanitizeRemoteHtml(row.body) : renderMarkdown(row.body),
    );
    if (comment !== undefined) cleared.push(comment);
  }
  return cleared;
}

/** A moderator released a remote comment by the hash of its stored HTML; the gate compares words. */
function textHashOr(approved: string, html: string, text: string): string | null {
  return approved === textHash(html) ? textHash(text) : null;
}

/** Held comments, for the post's author (the moderation queue comes with the gate issue). */
export async function heldCommentCount(db: Kysely<Database>, postId: string): Promise<number> {
  const row = await db
    .selectFrom("comments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("post_id", "=", postId)
    .where("state", "=", "held")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
