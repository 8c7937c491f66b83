import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Appends to the audit log (the database refuses updates and deletes of it).
 * Details never hold patient identifiers or post text: ids, versions, finding types and positions only.
 */
export async function audit(
  db: Kysely<Database>,
  event: { actorId: string | null; action: string; subjectType: string; subjectId: string; details?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      actor_id: event.actorId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
