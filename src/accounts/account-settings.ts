import type { Kysely } from "kysely";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { type InstanceSettings, readSettings } from "../instance/settings.ts";
import { AccountError } from "./users.ts";

/** What an account's owner decides about how others reach them. Everything starts off. */
export interface AccountSettings {
  /** Accept every follow request at once (the actor's `manuallyApprovesFollowers` turns false). */
  autoApproveFollowers: boolean;
  /** Listed in directories and suggestions (the actor's `discoverable`). */
  discoverable: boolean;
  /** Public posts may be indexed for search (the actor's `indexable`; no `noindex` on the pages). */
  indexable: boolean;
}

export interface Discovery {
  discoverable: boolean;
  indexable: boolean;
}

type Policy = Pick<InstanceSettings, "studentDiscoveryAllowed">;

/** Students may opt into discovery only while the instance allows it; faculty and admins always may. */
export function mayOptIntoDiscovery(user: Pick<User, "role">, instance: Policy): boolean {
  return user.role !== "student" || instance.studentDiscoveryAllowed;
}

/** What the world is told (actor document, robots meta): the owner's choice, where the instance allows it. */
export function effectiveDiscovery(user: Pick<User, "role" | "discoverable" | "indexable">, instance: Policy): Discovery {
  const allowed = mayOptIntoDiscovery(user, instance);
  return { discoverable: allowed && user.discoverable, indexable: allowed && user.indexable };
}

export function accountSettingsOf(user: Pick<User, "auto_approve_followers" | "discoverable" | "indexable">): AccountSettings {
  return { autoApproveFollowers: user.auto_approve_followers, discoverable: user.discoverable, indexable: user.indexable };
}

/**
 * Told, inside the transaction that changed it, that a local actor's document now says something
 * else (federation sends `Update(Person)` to its followers through the durable queue).
 */
export type ActorChanged = (trx: Kysely<Database>, handle: string) => Promise<void>;

export const studentDiscoveryForbidden =
  "Your institution does not let student accounts be listed in directories or indexed by search engines. Ask an administrator if you think this should change.";

/** Audit actions, one per setting (the first predates the others and keeps its name). */
const auditAction: Record<keyof AccountSettings, string> = {
  autoApproveFollowers: "settings.auto-approve-followers",
  discoverable: "settings.discoverable",
  indexable: "settings.indexable",
};

/**
 * Changes an account's settings in one transaction: the row, one audit event per setting that
 * changed, and, when what the actor document says changed, `actorChanged` (so the update to
 * followers commits with the setting or not at all). Turning discovery on is refused (403) for a
 * student while the instance forbids it; turning anything off is always allowed.
 */
export async function changeAccountSettings(
  db: Kysely<Database>,
  userId: string,
  changes: Partial<AccountSettings>,
  actorChanged: ActorChanged,
): Promise<AccountSettings> {
  return await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("users").selectAll().where("id", "=", userId).forUpdate().executeTakeFirstOrThrow();
    const instance = await readSettings(trx);
    const before = accountSettingsOf(user);
    const after: AccountSettings = {
      autoApproveFollowers: changes.autoApproveFollowers ?? before.autoApproveFollowers,
      discoverable: changes.discoverable ?? before.discoverable,
      indexable: changes.indexable ?? before.indexable,
    };
    const turnsDiscoveryOn = (after.discoverable && !before.discoverable) || (after.indexable && !before.indexable);
    if (turnsDiscoveryOn && !mayOptIntoDiscovery(user, instance)) throw new AccountError(studentDiscoveryForbidden, 403);
    const changed = (Object.keys(after) as (keyof AccountSettings)[]).filter((key) => after[key] !== before[key]);
    if (changed.length === 0) return after;
    await trx
      .updateTable("users")
      .set({ auto_approve_followers: after.autoApproveFollowers, discoverable: after.discoverable, indexable: after.indexable })
      .where("id", "=", user.id)
      .execute();
    for (const key of changed) {
      await audit(trx, { actorId: user.id, action: auditAction[key], subjectType: "user", subjectId: user.id, details: { on: after[key] } });
    }
    const shownBefore = effectiveDiscovery(user, instance);
    const shownAfter = effectiveDiscovery({ role: user.role, ...after }, instance);
    if (
      after.autoApproveFollowers !== before.autoApproveFollowers ||
      shownAfter.discoverable !== shownBefore.discoverable ||
      shownAfter.indexable !== shownBefore.indexable
    ) {
      await actorChanged(trx, user.handle);
    }
    return after;
  });
}

/**
 * The students whose actor documents change when the instance allows or forbids student
 * discovery: those who opted into either.
 */
export async function optedInStudents(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("handle")
    .where("role", "=", "student")
    .where("disabled_at", "is", null)
    .where((eb) => eb.or([eb("discoverable", "=", true), eb("indexable", "=", true)]))
    .execute();
  return rows.map((r) => r.handle);
}


/**
 * Whether a page or feed showing posts by these authors may be indexed (an author's own pages: a list
 * of one): only when every one of them has opted in (an empty list is indexable). Listing pages otherwise carry `noindex`, feeds an
 * `X-Robots-Tag: noindex`, so an author who did not opt in is not indexed through someone else's page.
 */
export async function allIndexable(db: Kysely<Database>, userIds: readonly string[]): Promise<boolean> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return true;
  const users = await db.selectFrom("users").select(["role", "discoverable", "indexable"]).where("id", "in", unique).execute();
  const settings = await readSettings(db);
  return users.length === unique.length && users.every((user) => effectiveDiscovery(user, settings).indexable);
}
