import { type Kysely, sql } from "kysely";

// Fedify's key–value store and its durable message queue, in the application's own database.
export async function up(db: Kysely<any>): Promise<void> {
  // The key is the KvKey array as canonical JSON (JSON.stringify of an array of strings).
  await db.schema
    .createTable("fedify_kv")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("fedify_kv_expires_at")
    .on("fedify_kv")
    .column("expires_at")
    .where(sql.ref("expires_at"), "is not", null)
    .execute();

  await db.schema
    .createTable("fedify_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    // Enqueue order: breaks ties between messages with the same run_at (one transaction, enqueueMany)
    // and orders messages that share an ordering key.
    .addColumn("seq", "bigint", (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn("message", "jsonb", (c) => c.notNull())
    .addColumn("ordering_key", "text")
    .addColumn("run_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("locked_by", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("fedify_messages_run_at").on("fedify_messages").column("run_at").execute();
  await db.schema
    .createIndex("fedify_messages_ordering_key")
    .on("fedify_messages")
    .columns(["ordering_key", "seq"])
    .where(sql.ref("ordering_key"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("fedify_messages").execute();
  await db.schema.dropTable("fedify_kv").execute();
}
