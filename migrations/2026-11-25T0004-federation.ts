import { type Kysely, sql } from "kysely";

// ActivityPub: actor keys, remote actors, follows (with approval), remote comments,
// likes and boosts, reports, domain blocks, and the per-post delivery log.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("auto_approve_followers", "boolean", (c) => c.notNull().defaultTo(false)).execute();
  // When a post was first sent (Create); later cleared versions go out as Update.
  await db.schema.alterTable("posts").addColumn("federated_at", "timestamptz").execute();

  await db.schema
    .createTable("actor_keys")
    .addColumn("owner", "text", (c) => c.notNull()) // a user id, or "instance"
    .addColumn("algorithm", "text", (c) => c.notNull().check(sql`algorithm in ('RSASSA-PKCS1-v1_5', 'Ed25519')`))
    .addColumn("private_jwk", "jsonb", (c) => c.notNull())
    .addColumn("public_jwk", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("actor_keys_pk", ["owner", "algorithm"])
    .execute();

  await db.schema
    .createTable("remote_actors")
    .addColumn("id", "text", (c) => c.primaryKey()) // the actor's URI
    .addColumn("handle", "text") // user@host
    .addColumn("name", "text")
    .addColumn("url", "text")
    .addColumn("inbox", "text", (c) => c.notNull())
    .addColumn("shared_inbox", "text")
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("follows")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade")) // the followed local user
    .addColumn("actor_id", "text", (c) => c.notNull().references("remote_actors.id").onDelete("cascade"))
    .addColumn("follow_activity_id", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('pending', 'accepted', 'rejected')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("decided_at", "timestamptz")
    .addUniqueConstraint("follows_pair", ["user_id", "actor_id"])
    .execute();
  await db.schema.createIndex("follows_user_state").on("follows").columns(["user_id", "state"]).execute();

  await db.schema.alterTable("comments").addColumn("remote_actor_id", "text", (c) => c.references("remote_actors.id").onDelete("cascade")).execute();
  await db.schema.alterTable("comments").addColumn("remote_object_id", "text", (c) => c.unique()).execute();
  await db.schema.alterTable("comments").addColumn("remote_url", "text").execute();
  await db.schema.alterTable("comments").addColumn("in_reply_to_comment_id", "text").execute();
  await db.schema.alterTable("comments").addColumn("updated_at", "timestamptz").execute();

  await db.schema
    .createTable("interactions")
    .addColumn("activity_id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('like', 'announce')`))
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("interactions_post").on("interactions").columns(["post_id", "kind"]).execute();

  await db.schema
    .createTable("reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("activity_id", "text", (c) => c.notNull().unique())
    .addColumn("reporter_actor_id", "text", (c) => c.notNull())
    .addColumn("target_user_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("object_ids", "jsonb", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("state", "text", (c) => c.notNull().defaultTo("open").check(sql`state in ('open', 'resolved')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("domain_blocks")
    .addColumn("host", "text", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("deliveries")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.references("posts.id").onDelete("cascade"))
    .addColumn("activity_id", "text", (c) => c.notNull())
    .addColumn("activity_type", "text", (c) => c.notNull())
    .addColumn("inbox", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('delivered', 'retrying', 'failed')`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("last_error", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("deliveries_activity_inbox", ["activity_id", "inbox"])
    .execute();
  await db.schema.createIndex("deliveries_post").on("deliveries").column("post_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["deliveries", "domain_blocks", "reports", "interactions"]) await db.schema.dropTable(table).execute();
  for (const column of ["updated_at", "in_reply_to_comment_id", "remote_url", "remote_object_id", "remote_actor_id"]) {
    await db.schema.alterTable("comments").dropColumn(column).execute();
  }
  for (const table of ["follows", "remote_actors", "actor_keys"]) await db.schema.dropTable(table).execute();
  await db.schema.alterTable("posts").dropColumn("federated_at").execute();
  await db.schema.alterTable("users").dropColumn("auto_approve_followers").execute();
}
