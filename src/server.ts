import type { FastifyInstance } from "fastify";
import { issueSetupToken } from "./accounts/setup.ts";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { connectDatabase } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";

/** Makes this process work the delivery queue (ROUNDS_ROLE=all, or `rounds worker`). */
export function startQueue(app: FastifyInstance, signal: AbortSignal): void {
  const { federation, db, gate, config } = app.rounds;
  federation.startQueue({ db, gate, config, log: app.log }, { signal }).catch((error: unknown) => {
    app.log.error({ err: error }, "the delivery queue stopped");
  });
  app.log.info({ role: config.role }, "working the delivery queue");
}

/** A worker: no HTTP server, only the queue, until SIGTERM/SIGINT. */
export async function startWorker(config: Config): Promise<void> {
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { applied } = await migrateToLatest(database.db);
  const app = await buildApp({ config, db: database.db, onClose: () => database.close() });
  if (applied.length > 0) app.log.info({ migrations: applied }, "database migrated");
  const stop = new AbortController();
  startQueue(app, stop.signal);
  const shutdown = (signal: string) => {
    app.log.info({ signal }, "worker shutting down");
    stop.abort();
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

/** config → database → migrations → app → listen. Returns the running app. */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let app: FastifyInstance;
  try {
    const { applied } = await migrateToLatest(database.db);
    app = await buildApp({ config, db: database.db, onClose: () => database.close() });
    if (applied.length > 0) app.log.info({ migrations: applied }, "database migrated");
  } catch (error) {
    await database.close();
    throw error;
  }
  app.log.info({ database: database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)" }, "database ready");

  const queueStop = new AbortController();
  if (config.role === "worker") throw new Error("ROUNDS_ROLE=worker runs 'rounds worker', not 'rounds serve'.");
  if (config.role === "all") startQueue(app, queueStop.signal);
  app.addHook("onClose", async () => queueStop.abort());

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // The port is taken (or not ours): stop the queue and close the database, so the process
    // ends with the error instead of lingering without a server.
    queueStop.abort();
    await app.close().catch(() => {});
    throw error;
  }

  const setupToken = await issueSetupToken(database.db);
  if (setupToken !== undefined) {
    const command = database.kind === "pglite"
      ? "stop the server (Ctrl-C) and run: npx rounds user create <handle> --role admin"
      : "run: npx rounds user create <handle> --role admin";
    process.stdout.write(
      `\nRounds has no accounts yet. Create the first administrator:\n` +
        `  in a browser, open ${config.origin}/setup/${setupToken}\n` +
        `  or ${command}\n` +
        `The setup link works once, and only until the server restarts.\n\n`,
    );
  }
  process.stdout.write(`Rounds is running at ${config.origin}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  return app;
}
