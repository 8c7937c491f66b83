import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createAccessToken } from "../accounts/access-tokens.ts";
import { AccountError, createUser, findUserByHandle, roles } from "../accounts/users.ts";
import type { Config } from "../config.ts";
import { connectDatabase, type DatabaseHandle } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import type { Role } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { UsageError } from "./usage.ts";

interface Options {
  role?: string;
  "password-file"?: string;
  "display-name"?: string;
  name?: string;
}

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export async function migrateCommand(config: Config): Promise<number> {
  const handle = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    const { applied } = await migrateToLatest(handle.db);
    process.stderr.write(applied.length === 0 ? "The database is up to date.\n" : `Applied: ${applied.join(", ")}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

/** Reads a password without echoing it (a terminal), or refuses when no terminal is there to ask. */
async function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError("No terminal to ask for a password: pass --password-file <file> (the file's first line is the password).");
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const ask = () =>
      new Promise<string>((resolve) => {
        rl.question(question, (answer) => resolve(answer));
        muted = true;
      });
    const first = await ask();
    muted = false;
    process.stderr.write("\n");
    const second = await new Promise<string>((resolve) => {
      rl.question("Repeat the password: ", (answer) => resolve(answer));
      muted = true;
    });
    muted = false;
    process.stderr.write("\n");
    if (first !== second) throw new UsageError("The two passwords differ.");
    return first;
  } finally {
    rl.close();
  }
}

function readPasswordFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read the password file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const password = text.split(/\r?\n/)[0] ?? "";
  if (password === "") throw new UsageError(`The password file ${file} is empty: its first line must be the password.`);
  return password;
}

export async function userCreateCommand(config: Config, args: string[], options: Options): Promise<number> {
  const [handle, extra] = args;
  if (handle === undefined || extra !== undefined) throw new UsageError("Usage: rounds user create <handle> --role <student|faculty|admin> [--password-file <file>]");
  const role = options.role;
  if (role === undefined || !roles.includes(role as Role)) throw new UsageError(`--role must be one of ${roles.join(", ")}.`);
  const password = options["password-file"] !== undefined ? readPasswordFile(options["password-file"]) : await promptPassword(`Password for @${handle}: `);
  try {
    const user = await withDatabase(config, async ({ db }) => {
      const created = await createUser(db, { handle, password, role: role as Role, displayName: options["display-name"] });
      await audit(db, { actorId: null, action: "user.created-by-cli", subjectType: "user", subjectId: created.id, details: { role } });
      return created;
    });
    process.stderr.write(`Created @${user.handle} (${user.role}). Sign in at ${config.origin}/sign-in\n`);
    return 0;
  } catch (error) {
    if (error instanceof AccountError) {
      process.stderr.write(`rounds: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Prints the token on stdout and nothing else, so `TOKEN=$(rounds token create alice)` works. */
export async function tokenCreateCommand(config: Config, args: string[], options: Options): Promise<number> {
  const [handle, extra] = args;
  if (handle === undefined || extra !== undefined) throw new UsageError("Usage: rounds token create <handle> [--name <name>]");
  return await withDatabase(config, async ({ db }) => {
    const user = await findUserByHandle(db, handle);
    if (user === undefined) {
      process.stderr.write(`rounds: there is no account @${handle.replace(/^@/, "")}.\n`);
      return 1;
    }
    const issued = await createAccessToken(db, user.id, options.name ?? "command line");
    await audit(db, { actorId: null, action: "token.created-by-cli", subjectType: "access_token", subjectId: issued.id, details: { userId: user.id } });
    process.stdout.write(`${issued.token}\n`);
    return 0;
  });
}
