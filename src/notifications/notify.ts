import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";

export type NotificationKind =
  | "follow_request" | "follow" | "follow_accepted" | "comment" | "feedback" | "comment_held"
  | "like" | "boost" | "post_held" | "review_requested" | "review_decided";

/**
 * Tells a user something happened. The text names people and the user's own posts only, never
 * what a comment says (a held comment may carry an identifier).
 */
export async function notify(
  db: Kysely<Database>,
  n: { userId: string; kind: NotificationKind; subjectType: string; subjectId: string; actor?: string | null; text: string; url?: string | null },
): Promise<void> {
  await db
    .insertInto("notifications")
    .values({ id: newId(), user_id: n.userId, kind: n.kind, subject_type: n.subjectType, subject_id: n.subjectId, actor: n.actor ?? null, text: n.text.slice(0, 500), url: n.url ?? null })
    .execute();
}

/** Who to tell about something on a post, and the title they know it by (its public version). */
export async function postOwner(db: Kysely<Database>, postId: string): Promise<{ id: string; handle: string; title: string } | undefined> {
  return await db
    .selectFrom("posts")
    .innerJoin("users", "users.id", "posts.author_id")
    .innerJoin("post_versions", "post_versions.id", "posts.cleared_version_id")
    .select(["users.id", "users.handle", "post_versions.title"])
    .where("posts.id", "=", postId)
    .executeTakeFirst();
}

export async function listNotifications(db: Kysely<Database>, userId: string, options: { unreadOnly?: boolean; limit?: number; before?: Date } = {}) {
  let query = db.selectFrom("notifications").selectAll().where("user_id", "=", userId);
  if (options.unreadOnly) query = query.where("read_at", "is", null);
  if (options.before) query = query.where("created_at", "<", options.before);
  return await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(options.limit ?? 50).execute();
}

export async function unreadCount(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the given notifications (or all) as read. */
export async function markRead(db: Kysely<Database>, userId: string, ids?: readonly string[]): Promise<number> {
  let query = db.updateTable("notifications").set({ read_at: new Date() }).where("user_id", "=", userId).where("read_at", "is", null);
  if (ids !== undefined) {
    if (ids.length === 0) return 0;
    query = query.where("id", "in", ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
