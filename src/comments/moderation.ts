import type { Kysely } from "kysely";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { PostInputError } from "../posts/input.ts";
import { textHash } from "../privacy/content-hash.ts";
import { canReview } from "../privacy/review.ts";
import { scanText } from "../privacy/detector/index.ts";
import { textOfHtml } from "../federation/replies.ts";

/** Held comments: on the user's own posts, or all of them for faculty and admins. */
export async function heldComments(db: Kysely<Database>, user: User) {
  let query = db
    .selectFrom("comments")
    .innerJoin("posts", "posts.id", "comments.post_id")
    .innerJoin("users as post_authors", "post_authors.id", "posts.author_id")
    .leftJoin("users as commenters", "commenters.id", "comments.author_id")
    .leftJoin("remote_actors", "remote_actors.id", "comments.remote_actor_id")
    .leftJoin("post_versions", "post_versions.id", "posts.cleared_version_id")
    .select([
      "comments.id", "comments.body", "comments.created_at", "comments.post_id", "post_versions.title as post_title",
      "post_authors.handle as post_author_handle", "commenters.handle as commenter_handle", "commenters.display_name as commenter_name",
      "comments.remote_object_id", "remote_actors.handle as remote_handle", "remote_actors.name as remote_name",
    ])
    .where("comments.state", "=", "held");
  if (!canReview(user)) query = query.where("posts.author_id", "=", user.id);
  const rows = await query.orderBy("comments.created_at", "asc").limit(200).execute();
  return rows.map((row) => {
    const body = row.remote_object_id !== null ? textOfHtml(row.body) : row.body;
    return {
      ...row,
      body,
      commenter_name: row.commenter_name ?? row.remote_name,
      commenter_handle: row.commenter_handle ?? row.remote_handle,
      findings: scanText(body, "comment"),
    };
  });
}

/** Release a held comment (its exact text) or remove it. The post's author or a moderator decides. */
export async function moderateComment(db: Kysely<Database>, user: User, commentId: string, decision: "release" | "remove"): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("comments")
      .innerJoin("posts", "posts.id", "comments.post_id")
      .select(["comments.id", "comments.body", "comments.state", "comments.post_id", "comments.remote_object_id", "posts.author_id"])
      .where("comments.id", "=", commentId)
      .forUpdate()
      .executeTakeFirst();
    if (row === undefined) throw new PostInputError("There is no such comment.", 404);
    if (!canReview(user) && row.author_id !== user.id) throw new PostInputError("Only the post's author or a moderator decides on this comment.", 403);
    if (row.state !== "held") throw new PostInputError("This comment is not waiting for a decision.", 409);
    const findings = scanText(row.remote_object_id !== null ? textOfHtml(row.body) : row.body, "comment").map((f) => ({ start: f.start, end: f.end, type: f.type }));
    if (decision === "release") {
      await trx.updateTable("comments").set({ state: "visible", approved_by: user.id, approved_hash: textHash(row.body), decided_at: new Date() }).where("id", "=", commentId).execute();
    } else {
      await trx.updateTable("comments").set({ state: "removed", decided_at: new Date() }).where("id", "=", commentId).execute();
    }
    await audit(trx, {
      actorId: user.id, action: decision === "release" ? "comment.released" : "comment.removed", subjectType: "comment", subjectId: commentId,
      details: { postId: row.post_id, findings },
    });
  });
}
