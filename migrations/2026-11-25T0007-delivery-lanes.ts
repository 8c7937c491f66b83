import { type Kysely, sql } from "kysely";

// A queued message may belong to a lane (for deliveries: the receiving server's host). At most one
// message of a lane runs at a time, across every worker: one delivery in flight per remote server.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("fedify_messages").addColumn("lane", "text").execute();
  // The claim asks "is a message of this lane running?": only locked rows matter, and few are locked.
  await db.schema
    .createIndex("fedify_messages_running_lane")
    .on("fedify_messages")
    .column("lane")
    .where(sql.ref("locked_until"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("fedify_messages_running_lane").execute();
  await db.schema.alterTable("fedify_messages").dropColumn("lane").execute();
}
