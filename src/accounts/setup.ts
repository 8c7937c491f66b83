import type { Kysely } from "kysely";
import { newSecret } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { hashSecret } from "./tokens.ts";
import { AccountError, countUsers, createUser } from "./users.ts";

const setupKey = "setup_token_hash";

/**
 * On an instance with no accounts, issues a one-time setup secret (a new one each start;
 * only its hash is stored). Returns undefined once the instance has accounts.
 */
export async function issueSetupToken(db: Kysely<Database>): Promise<string | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const token = newSecret();
  await db
    .insertInto("instance_settings")
    .values({ key: setupKey, value: JSON.stringify(hashSecret(token)) })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(hashSecret(token)) }))
    .execute();
  return token;
}

export async function setupTokenIsValid(db: Kysely<Database>, token: string): Promise<boolean> {
  const row = await db.selectFrom("instance_settings").select("value").where("key", "=", setupKey).executeTakeFirst();
  return row !== undefined && row.value === hashSecret(token) && (await countUsers(db)) === 0;
}

/** Creates the first admin with the setup secret, then spends the secret. */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  account: { handle: string; password: string; displayName?: string },
): Promise<User> {
  return await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("instance_settings").select("value").where("key", "=", setupKey).forUpdate().executeTakeFirst();
    if (row === undefined || row.value !== hashSecret(token) || (await countUsers(trx)) > 0) {
      throw new AccountError("This setup link is no longer valid: the instance already has an administrator.", 410);
    }
    const user = await createUser(trx, { ...account, role: "admin" });
    await trx.deleteFrom("instance_settings").where("key", "=", setupKey).execute();
    return user;
  });
}
