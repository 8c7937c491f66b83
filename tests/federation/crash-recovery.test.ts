import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../../src/db/connect.ts";
import { newId } from "../../src/db/ids.ts";
import { eventually } from "../helpers/fedipeer.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { type RunningServer, callApi, spawnRounds, startRoundsWithTokens } from "../helpers/server.ts";

/**
 * Kill the process working the delivery queue mid-fan-out (SIGKILL), start it again: every inbox
 * gets the activity. With all inboxes on one server none gets it twice from our side (the server's
 * lane has one delivery in flight, logged before the next starts); with several servers, deliveries
 * run side by side and a server can get at most the one that was in flight when the worker died.
 * On PostgreSQL (TEST_DATABASE_URL) the web process and a separate `rounds worker` share the
 * database and only the worker is killed; on the embedded database the one process that does
 * both is killed.
 */
const inboxes = 40;
/** The arrival during which the worker is killed. */
const crashAt = 11;

describe.each([
  { servers: 1, what: "40 inboxes on one server: none gets the activity twice" },
  { servers: 4, what: "40 inboxes on four servers: a server gets at most one repeat (its lane's delivery in flight)" },
])("durable delivery survives a worker killed mid-fan-out ($what)", ({ servers }) => {
  let server: RunningServer;
  let token: string;
  let sinks: Array<ReturnType<typeof createServer>> = [];
  let sinkOrigins: string[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  const completed = new Map<string, number>();
  let personal = 0;
  let arrived = 0;
  let onArrival: ((n: number) => void) | undefined;

  beforeAll(async () => {
    // Sinks (one per server) that answer each delivery after 100 ms, and count only exchanges they
    // completed. The delivery that triggers the crash is never answered: it is surely still in
    // flight when the worker dies, however slow the machine is to carry out the kill.
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      arrived++;
      if (onArrival !== undefined && arrived === crashAt) {
        req.resume();
        onArrival(arrived);
        return;
      }
      req.resume();
      req.on("end", () => {
        setTimeout(() => {
          const key = `${req.headers.host}${req.url ?? ""}`;
          res.on("finish", () => {
            if (req.url?.startsWith("/users/")) personal++;
            else completed.set(key, (completed.get(key) ?? 0) + 1);
          });
          res.writeHead(202).end();
        }, 100);
      });
    };
    sinks = Array.from({ length: servers }, () => createServer(handle));
    await Promise.all(sinks.map((sink) => new Promise<void>((r) => sink.listen(0, "127.0.0.1", r))));
    sinkOrigins = sinks.map((sink) => `http://127.0.0.1:${(sink.address() as AddressInfo).port}`);

    const env: Record<string, string> = { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true", ROUNDS_QUEUE_LEASE_SECONDS: "3" };
    if (process.env.TEST_DATABASE_URL) {
      const fresh = await freshDatabaseUrl();
      env.DATABASE_URL = fresh.url;
      env.ROUNDS_ROLE = "web";
      dropDatabase = fresh.drop;
    }
    const started = await startRoundsWithTokens([{ handle: "author", role: "student", password: "a long password here" }], env);
    server = started.server;
    token = started.tokens.author!;
    // Followers on 40 servers (one shared inbox each), seeded straight into the database.
    if (!process.env.TEST_DATABASE_URL) await server.stop();
    const database: DatabaseHandle = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: server.dataDir });
    const author = await database.db.selectFrom("users").select("id").where("handle", "=", "author").executeTakeFirstOrThrow();
    for (let i = 0; i < inboxes; i++) {
      const origin = sinkOrigins[i % servers]!;
      const id = `${origin}/users/f${i}`;
      await database.db.insertInto("remote_actors").values({ id, handle: `f${i}@sink`, name: `f${i}`, url: id, inbox: `${origin}/users/f${i}/inbox`, shared_inbox: `${origin}/inbox/${i}`, host: new URL(origin).host }).execute();
      await database.db.insertInto("follows").values({ id: newId(), user_id: author.id, actor_id: id, follow_activity_id: `${id}/follow`, state: "accepted" }).execute();
    }
    await database.close();
    if (!process.env.TEST_DATABASE_URL) await server.restart();
  }, 180_000);

  afterAll(async () => {
    await server?.cleanup();
    await dropDatabase?.();
    await Promise.all(sinks.map((sink) => new Promise((r) => { sink.close(r); sink.closeAllConnections(); })));
  });

  it(servers === 1 ? "delivers to every inbox exactly once after the crash" : "delivers to every inbox after the crash, repeating at most one delivery per server", async () => {
    const worker = process.env.TEST_DATABASE_URL ? spawnRounds(["worker"], server.env) : undefined;
    const created = await callApi(server, token, "POST", "/api/v1/posts", {
      title: "Fan-out under fire", body: "A reflection on resilience.", visibility: "public", consent: { basis: "no-patient-information" }, publish: true,
    });
    expect(created.json.state).toBe("published");
    // The crash comes while the 11th delivery is in flight (sent, and held unanswered by the sink).
    const crashed = new Promise<void>((resolve) => {
      onArrival = (n) => {
        if (n !== crashAt) return;
        onArrival = undefined;
        void (worker ? worker.kill("SIGKILL") : server.kill()).then(resolve);
      };
    });
    await Promise.race([crashed, new Promise((_, reject) => setTimeout(() => reject(new Error("the fan-out never reached 11 deliveries")), 60_000))]);
    const beforeRestart = completed.size;
    expect(beforeRestart).toBeLessThan(inboxes);
    const restarted = process.env.TEST_DATABASE_URL ? spawnRounds(["worker"], server.env) : undefined;
    if (!restarted) await server.restart();
    try {
      await eventually(async () => (completed.size === inboxes ? true : undefined), "every inbox", 90_000);
      // Let anything still queued drain, so a duplicate would have time to show.
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      await restarted?.kill("SIGTERM");
    }
    expect(completed.size).toBe(inboxes);
    const twice = [...completed].filter(([, n]) => n > 1);
    if (servers === 1) {
      expect(twice, `inboxes that got the activity more than once: ${JSON.stringify(twice)}`).toEqual([]);
    } else {
      // Only a delivery in flight at the kill can be repeated, and a lane has one in flight: per
      // server, at most one inbox got the activity twice, and none three times.
      const perServer = new Map<string, number>();
      for (const [key] of twice) perServer.set(key.split("/")[0]!, (perServer.get(key.split("/")[0]!) ?? 0) + 1);
      expect([...perServer.values()].every((n) => n <= 1), `repeats per server: ${JSON.stringify([...perServer])}`).toBe(true);
      expect(twice.every(([, n]) => n === 2)).toBe(true);
    }
    expect(personal).toBe(0);
  }, 240_000);
});
