import type { Kysely } from "kysely";
import type { Database, Role, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import type { ActorChanged } from "./account-settings.ts";
import { AccountError, roles } from "./users.ts";

/**
 * An admin changes a user's role, or disables/enables the account (sessions end at once). A role
 * change changes the actor document (its Role field, and whether discovery is allowed): followers
 * are told by `actorChanged`, in the same transaction.
 */
export async function changeUser(
  db: Kysely<Database>,
  admin: User,
  userId: string,
  change: { role?: Role; disabled?: boolean },
  actorChanged?: ActorChanged,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("users").selectAll().where("id", "=", userId).forUpdate().executeTakeFirst();
    if (user === undefined) throw new AccountError("There is no such account.", 404);
    if (change.role !== undefined && !roles.includes(change.role)) throw new AccountError(`The role must be one of ${roles.join(", ")}.`);
    const demotesAdmin = user.role === "admin" && ((change.role !== undefined && change.role !== "admin") || change.disabled === true);
    if (demotesAdmin) {
      const admins = await trx.selectFrom("users").select("id").where("role", "=", "admin").where("disabled_at", "is", null).execute();
      if (admins.length <= 1) throw new AccountError("This is the last administrator: make someone else an administrator first.", 409);
    }
    if (change.role !== undefined && change.role !== user.role) {
      await trx.updateTable("users").set({ role: change.role }).where("id", "=", userId).execute();
      await audit(trx, { actorId: admin.id, action: "user.role-changed", subjectType: "user", subjectId: userId, details: { from: user.role, to: change.role } });
      await actorChanged?.(trx, user.handle);
    }
    if (change.disabled !== undefined && change.disabled !== (user.disabled_at !== null)) {
      await trx.updateTable("users").set({ disabled_at: change.disabled ? new Date() : null }).where("id", "=", userId).execute();
      if (change.disabled) {
        await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
        await trx.updateTable("access_tokens").set({ revoked_at: new Date() }).where("user_id", "=", userId).where("revoked_at", "is", null).execute();
      }
      await audit(trx, { actorId: admin.id, action: change.disabled ? "user.disabled" : "user.enabled", subjectType: "user", subjectId: userId });
    }
  });
}
