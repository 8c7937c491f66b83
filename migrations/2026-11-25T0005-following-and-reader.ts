import { type Kysely, sql } from "kysely";

// Local users following remote accounts (mentors following learners elsewhere), and the reader:
// posts that arrive from the accounts they follow.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("following")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("actor_id", "text", (c) => c.notNull().references("remote_actors.id").onDelete("cascade"))
    .addColumn("follow_activity_id", "text", (c) => c.notNull().unique())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('pending', 'accepted', 'rejected')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("decided_at", "timestamptz")
    .addUniqueConstraint("following_pair", ["user_id", "actor_id"])
    .execute();

  await db.schema
    .createTable("reader_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("object_id", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull().references("remote_actors.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("summary", "text")
    .addColumn("content_html", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("visibility", "text", (c) => c.notNull().check(sql`visibility in ('public', 'unlisted', 'followers', 'direct')`))
    .addColumn("published_at", "timestamptz")
    .addColumn("updated_at", "timestamptz")
    .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("reader_items_user_object", ["user_id", "object_id"])
    .execute();
  await db.schema.createIndex("reader_items_user_time").on("reader_items").columns(["user_id", "received_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reader_items").execute();
  await db.schema.dropTable("following").execute();
}
