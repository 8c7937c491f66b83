import type { Kysely } from "kysely";

// Discovery is opt-in for everyone: an account is neither listed in directories and suggestions
// (ActivityPub `discoverable`) nor indexed for search (`indexable`, and `noindex` on its pages)
// until its owner turns it on. Numbered 0008: 0007 is kept for another change.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("discoverable", "boolean", (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable("users").addColumn("indexable", "boolean", (c) => c.notNull().defaultTo(false)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("indexable").execute();
  await db.schema.alterTable("users").dropColumn("discoverable").execute();
}
