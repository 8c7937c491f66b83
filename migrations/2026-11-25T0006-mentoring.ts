import { type Kysely, sql } from "kysely";

// Mentoring: feedback requested, mentor feedback, notifications, replies sent to remote posts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("posts").addColumn("feedback_requested", "boolean", (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable("comments").addColumn("is_feedback", "boolean", (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable("follows").addColumn("is_mentor", "boolean", (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable("reader_items").addColumn("feedback_requested", "boolean", (c) => c.notNull().defaultTo(false)).execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("actor", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("read_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("sent_replies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("in_reply_to", "text", (c) => c.notNull())
    .addColumn("to_actor", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sent_replies").execute();
  await db.schema.dropTable("notifications").execute();
  await db.schema.alterTable("reader_items").dropColumn("feedback_requested").execute();
  await db.schema.alterTable("follows").dropColumn("is_mentor").execute();
  await db.schema.alterTable("comments").dropColumn("is_feedback").execute();
  await db.schema.alterTable("posts").dropColumn("feedback_requested").execute();
}
