import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import type { Gate } from "../privacy/gate.ts";
import type { RoundsFederation } from "./context.ts";

/** A fedify context bound to a database handle (a transaction, when sending in one). */
export function contextFactory(federation: RoundsFederation, gate: Gate, config: Config) {
  return (db: Kysely<Database>) => federation.createContext(new URL(config.origin), { db, gate, config });
}

/** Comments of a post with their origin and state, for the author and the API. */
export async function commentsOfPost(db: Kysely<Database>, postId: string) {
  return await db
    .selectFrom("comments")
    .leftJoin("users", "users.id", "comments.author_id")
    .leftJoin("remote_actors", "remote_actors.id", "comments.remote_actor_id")
    .select([
      "comments.id", "comments.state", "comments.created_at", "comments.updated_at", "comments.remote_object_id", "comments.remote_url",
      "comments.in_reply_to_comment_id", "comments.is_feedback", "users.handle as local_handle", "users.display_name as local_name",
      "remote_actors.id as remote_actor", "remote_actors.handle as remote_handle", "remote_actors.name as remote_name",
    ])
    .where("comments.post_id", "=", postId)
    .orderBy("comments.created_at", "asc")
    .execute();
}

export async function interactionCounts(db: Kysely<Database>, postId: string): Promise<{ likes: number; boosts: number }> {
  const rows = await db
    .selectFrom("interactions")
    .select(["kind", (eb) => eb.fn.countAll<number>().as("n")])
    .where("post_id", "=", postId)
    .groupBy("kind")
    .execute();
  const count = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { likes: count("like"), boosts: count("announce") };
}

export async function deliveriesOfPost(db: Kysely<Database>, postId: string) {
  return await db
    .selectFrom("deliveries")
    .select(["activity_id", "activity_type", "inbox", "state", "attempts", "last_error", "updated_at"])
    .where("post_id", "=", postId)
    .orderBy("updated_at", "desc")
    .execute();
}
