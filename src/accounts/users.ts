import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, Role, User } from "../db/schema.ts";
import { hashPassword, passwordProblem } from "./passwords.ts";

export const roles: readonly Role[] = ["student", "faculty", "admin"];
export const handlePattern = "^[a-z0-9_]{1,30}$";
const handleRegExp = new RegExp(handlePattern);

/** A problem a user can fix, with a message that says how. */
export class AccountError extends Error {
  override name = "AccountError";
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

export function handleProblem(handle: string): string | undefined {
  if (!handleRegExp.test(handle)) {
    return "A handle has 1 to 30 characters: lower-case letters, digits and underscores.";
  }
  return undefined;
}

export interface NewAccount {
  handle: string;
  password: string;
  role: Role;
  displayName?: string;
}

export async function createUser(db: Kysely<Database>, account: NewAccount): Promise<User> {
  const handle = normaliseHandle(account.handle);
  const problem = handleProblem(handle) ?? passwordProblem(account.password);
  if (problem !== undefined) throw new AccountError(problem);
  if (!roles.includes(account.role)) throw new AccountError(`The role must be one of ${roles.join(", ")}.`);
  const displayName = (account.displayName ?? "").trim() || handle;
  if (displayName.length > 100) throw new AccountError("A display name may have at most 100 characters.");
  const existing = await findUserByHandle(db, handle);
  if (existing !== undefined) throw new AccountError(`The handle @${handle} is taken.`, 409);
  const passwordHash = await hashPassword(account.password);
  return await db
    .insertInto("users")
    .values({ id: newId(), handle, display_name: displayName, role: account.role, password_hash: passwordHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByHandle(db: Kysely<Database>, handle: string): Promise<User | undefined> {
  return await db.selectFrom("users").selectAll().where("handle", "=", normaliseHandle(handle)).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  return await db.selectFrom("users").selectAll().orderBy("created_at", "asc").execute();
}
