import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { CommentState, Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { renderMarkdown } from "../posts/markdown.ts";
import type { ClearedComment } from "../privacy/cleared.ts";
import { type Gate, storedFindings } from "../privacy/gate.ts";
import { authorPath } from "../posts/urls.ts";

export const commentLimit = 5000;

/** A local comment goes through the gate: with identifiers it is held for the post's author, never shown. */
export async function addLocalComment(db: Kysely<Database>, gate: Gate, author: User, postId: string, body: string) {
  const findings = gate.scanComment(body);
  const state: CommentState = findings.length === 0 ? "visible" : "held";
  const id = newId();
  await db
    .insertInto("comments")
    .values({ id, post_id: postId, author_id: author.id, body, state, findings: JSON.stringify(storedFindings(findings)) })
    .execute();
  await audit(db, {
    actorId: author.id,
    action: state === "visible" ? "comment.created" : "comment.held",
    subjectType: "comment",
    subjectId: id,
    details: { postId, findings: storedFindings(findings) },
  });
  return { id, state, findings };
}

/** Comments under a post that anyone may read: visible ones the gate admits, oldest first. */
export async function visibleComments(db: Kysely<Database>, gate: Gate, postId: string): Promise<ClearedComment[]> {
  const rows = await db
    .selectFrom("comments")
    .innerJoin("users", "users.id", "comments.author_id")
    .select(["comments.id", "comments.post_id", "comments.body", "comments.state", "comments.approved_hash", "comments.created_at", "users.handle", "users.display_name"])
    .where("comments.post_id", "=", postId)
    .where("comments.state", "=", "visible")
    .where("users.disabled_at", "is", null)
    .orderBy("comments.created_at", "asc")
    .limit(500)
    .execute();
  const cleared: ClearedComment[] = [];
  for (const row of rows) {
    const comment = gate.admitComment(
      { ...row, author: { handle: row.handle, displayName: row.display_name, url: authorPath(row.handle) } },
      renderMarkdown(row.body),
    );
    if (comment !== undefined) cleared.push(comment);
  }
  return cleared;
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
