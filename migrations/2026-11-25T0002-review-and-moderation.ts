import { type Kysely, sql } from "kysely";

// Faculty review of held posts, and moderation of held comments.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("post_version_id", "text", (c) => c.notNull().references("post_versions.id").onDelete("cascade"))
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("requested_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("author_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("consent_record_id", "text", (c) => c.references("consent_records.id").onDelete("set null"))
    .addColumn("decision", "text", (c) => c.check(sql`decision in ('approved', 'returned')`))
    .addColumn("decided_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("reviewer_comment", "text")
    .execute();
  await db.schema.createIndex("reviews_open").on("reviews").columns(["decision", "requested_at"]).execute();
  await db.schema.createIndex("reviews_post").on("reviews").column("post_id").execute();

  // A verdict is the detector's, or a reviewer's approval of one exact version.
  await db.schema
    .alterTable("privacy_verdicts")
    .addColumn("basis", "text", (c) => c.notNull().defaultTo("detector").check(sql`basis in ('detector', 'review')`))
    .execute();
  await db.schema.alterTable("privacy_verdicts").addColumn("review_id", "text", (c) => c.references("reviews.id").onDelete("set null")).execute();

  // A moderator may release a held comment: that approval holds for its exact text only.
  await db.schema.alterTable("comments").addColumn("approved_by", "text", (c) => c.references("users.id").onDelete("set null")).execute();
  await db.schema.alterTable("comments").addColumn("approved_hash", "text").execute();
  await db.schema.alterTable("comments").addColumn("decided_at", "timestamptz").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("comments").dropColumn("decided_at").execute();
  await db.schema.alterTable("comments").dropColumn("approved_hash").execute();
  await db.schema.alterTable("comments").dropColumn("approved_by").execute();
  await db.schema.alterTable("privacy_verdicts").dropColumn("review_id").execute();
  await db.schema.alterTable("privacy_verdicts").dropColumn("basis").execute();
  await db.schema.dropTable("reviews").execute();
}
