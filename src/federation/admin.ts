import type { Kysely } from "kysely";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";

export function normaliseHost(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  if (/^https?:\/\//.test(value)) {
    try {
      value = new URL(value).host;
    } catch {
      return undefined;
    }
  }
  value = value.replace(/\/.*$/, "");
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/.test(value) ? value : undefined;
}

/** A domain block refuses a server's activities and stops deliveries to it. */
export async function blockDomain(db: Kysely<Database>, admin: User, host: string, reason: string): Promise<void> {
  await db
    .insertInto("domain_blocks")
    .values({ host, reason, created_by: admin.id })
    .onConflict((oc) => oc.column("host").doUpdateSet({ reason }))
    .execute();
  // Its accounts stop following anyone here.
  await db.deleteFrom("follows").where("actor_id", "in", db.selectFrom("remote_actors").select("id").where("host", "=", host)).execute();
  await audit(db, { actorId: admin.id, action: "domain.blocked", subjectType: "domain", subjectId: host, details: { reason } });
}

export async function unblockDomain(db: Kysely<Database>, admin: User, host: string): Promise<void> {
  await db.deleteFrom("domain_blocks").where("host", "=", host).execute();
  await audit(db, { actorId: admin.id, action: "domain.unblocked", subjectType: "domain", subjectId: host });
}

export async function listDomainBlocks(db: Kysely<Database>) {
  return await db.selectFrom("domain_blocks").selectAll().orderBy("created_at", "desc").execute();
}

export async function listReports(db: Kysely<Database>) {
  return await db
    .selectFrom("reports")
    .leftJoin("users", "users.id", "reports.target_user_id")
    .select(["reports.id", "reports.reporter_actor_id", "reports.object_ids", "reports.comment", "reports.state", "reports.created_at", "users.handle as target_handle"])
    .orderBy("reports.created_at", "desc")
    .limit(100)
    .execute();
}

export async function resolveReport(db: Kysely<Database>, admin: User, reportId: string): Promise<void> {
  await db.updateTable("reports").set({ state: "resolved" }).where("id", "=", reportId).execute();
  await audit(db, { actorId: admin.id, action: "report.resolved", subjectType: "report", subjectId: reportId });
}
