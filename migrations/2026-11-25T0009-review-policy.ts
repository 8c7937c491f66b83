import { type Kysely, sql } from "kysely";

// A verdict may now also be "held by policy": the scan found nothing, but the institution asks a
// reviewer to read every post of this kind (instance setting reviewPolicy) before it is published.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table privacy_verdicts drop constraint if exists privacy_verdicts_basis_check`.execute(db);
  await sql`alter table privacy_verdicts add constraint privacy_verdicts_basis_check check (basis in ('detector', 'review', 'policy'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from privacy_verdicts where basis = 'policy'`.execute(db);
  await sql`alter table privacy_verdicts drop constraint if exists privacy_verdicts_basis_check`.execute(db);
  await sql`alter table privacy_verdicts add constraint privacy_verdicts_basis_check check (basis in ('detector', 'review'))`.execute(db);
}
