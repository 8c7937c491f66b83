import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type DatabaseHandle } from "../../src/db/connect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === "") {
    const handle = await connectDatabase({ databaseUrl: undefined, dataDir: "", inMemory: true });
    await migrateToLatest(handle.db);
    return handle;
  }
  const fresh = await freshDatabaseUrl();
  const name = new URL(fresh.url).pathname.slice(1);
  const handle = await connectDatabase({ databaseUrl: fresh.url, dataDir: "", poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      // pg's pool resolves end() before its sockets are gone: wait for them instead of forcing the
      // drop (which would kill a closing connection and surface as an unhandled error).
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          const { rows } = await cleanup.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if (rows[0].n === 0 || attempt >= 50) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** A fresh, empty database on the TEST_DATABASE_URL server, for a child process to migrate and use. */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `rounds_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
