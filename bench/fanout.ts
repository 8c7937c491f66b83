/**
 * Fan-out delivery benchmark: one post delivered to 1,000 distinct shared inboxes (10,000 followers spread
 * over them) on a local sink, on PostgreSQL, through the real path (posts.create → gate → fedify
 * sendActivity to "followers" with preferSharedInbox → durable KyselyMessageQueue → fedify's fan-out and
 * outbox workers → signed POSTs). Compared, in the same run, with a baseline that only signs (draft-cavage,
 * RSA-SHA256, node:crypto) and POSTs the same bytes to the same 1,000 URLs with undici / fetch.
 *
 *   npm run bench:fanout                        5 runs, table + bench/results/fanout.json
 *   npm run bench:fanout -- --runs 3
 *   npm run bench:fanout -- --listeners 1,4,16  Rounds as shipped (1) and "what if the queue ran N claim loops"
 *   npm run bench:fanout -- --worker-processes 2  also: the web process publishes, N `rounds worker` processes deliver
 *   npm run bench:fanout -- --servers 1         all shared inboxes on one sink server (default 1000: one
 *                                               server per shared inbox, as on the real network)
 *   npm run bench:fanout -- --profile           also a CPU profile of the shipped fan-out (bench/results/*.cpuprofile)
 *   npm run bench:fanout -- --database-url postgres://postgres@127.0.0.1:5432/test
 *   npm run bench:fanout -- --baseline-key rsa-2048  the baseline signs with a fresh RSA-2048 key instead of
 *                                               the author's own key (what it did before 2026-11-25, session 3)
 *
 * Each run creates a fresh database rounds_bench_<random> on the server and drops it afterwards.
 * No traffic leaves 127.0.0.1: the sink listens there, and fetch is wrapped to refuse any other host.
 * A measurement, not a test: exits 0 whatever the figures, 1 when a run could not complete or a delivery
 * check failed (a duplicate, a missing inbox, a POST to a personal inbox).
 */
import { createHash, createPrivateKey, generateKeyPairSync, type JsonWebKey, randomBytes, sign as cryptoSign, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { performance as nodePerformance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { FastifyInstance } from "fastify";
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import pg from "pg";
import type * as Undici from "undici";
import { createUser } from "../src/accounts/users.ts";
import { buildApp } from "../src/app.ts";
import { loadConfig, type Config } from "../src/config.ts";
import { connectDatabase } from "../src/db/connect.ts";
import { newId } from "../src/db/ids.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database, User } from "../src/db/schema.ts";
import { actorKeyPairs } from "../src/federation/keys.ts";
import { KyselyMessageQueue } from "../src/federation/message-queue.ts";
import { startQueue } from "../src/server.ts";
import type { SinkCommand, SinkEvent, SinkSnapshot } from "./lib/fanout-sink.ts";

// ---------- parameters ----------

const INBOXES = 1_000;
const FOLLOWERS = 10_000;
const BATCH = 1_000;
const ROUNDS_TIMEOUT_MS = 180_000;
const BASELINE_TIMEOUT_MS = 60_000;
const WATCHDOG_MS = 30 * 60_000;
const RESULTS = fileURLToPath(new URL("./results/fanout.json", import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
function intList(name: string, fallback: number[], max = 256): number[] {
  const raw = arg(name);
  if (raw === undefined) return fallback;
  const list = raw.split(",").map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1 || n > max)) {
    console.error(`bench:fanout: --${name} must be a comma-separated list of whole numbers from 1 to ${max} (got ${raw})`);
    process.exit(1);
  }
  return list;
}
const RUNS = intList("runs", [5])[0] ?? 5;
/**
 * Which key the baseline signs with. "author" (default): the author's own RSA key, the one Rounds signs
 * these deliveries with — the same requests, byte for byte and key for key. "rsa-2048": a fresh 2048-bit
 * key (cheaper to sign with than fedify's 4096-bit actor keys), kept for comparison with older figures.
 */
const BASELINE_KEY = arg("baseline-key") ?? "author";
if (BASELINE_KEY !== "author" && BASELINE_KEY !== "rsa-2048") {
  console.error(`bench:fanout: --baseline-key must be author or rsa-2048 (got ${BASELINE_KEY})`);
  process.exit(1);
}
const LISTENERS = intList("listeners", [1, 4, 16]);
const WORKER_PROCESSES = arg("worker-processes") === undefined ? [] : intList("worker-processes", [], 16);
const CONCURRENCIES = intList("concurrency", [1, 8, 32, 64]);
/** `--profile`: a CPU profile of the main thread from publish to the last delivery, in bench/results/. */
const PROFILE = process.argv.includes("--profile");
/** Sink servers (ports on 127.0.0.1): shared inbox i lives on server i mod SERVERS. */
const SERVERS = intList("servers", [INBOXES], 1000)[0] ?? INBOXES;
const SERVER_URL = arg("database-url") ?? process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
if (!LISTENERS.includes(1)) LISTENERS.unshift(1); // Rounds as shipped is always measured: it is the headline.

/** One way of running Rounds: claim loops in this process, or separate `rounds worker` processes. */
interface Variant {
  listeners: number;
  workers: number;
}
const VARIANTS: Variant[] = [...LISTENERS.map((listeners) => ({ listeners, workers: 0 })), ...WORKER_PROCESSES.map((workers) => ({ listeners: 1, workers }))];
const labelOfVariant = (v: Variant) => (v.workers > 0 ? `${v.workers} worker process(es)` : `${v.listeners} listener(s)`);
const SHIPPED = labelOfVariant({ listeners: 1, workers: 0 });

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}
const stats = (xs: readonly number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function startProfile(): Promise<{ stop: (file: string) => Promise<void> }> {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop(file: string) {
      const { profile } = await session.post("Profiler.stop");
      const path = fileURLToPath(new URL(`./results/${file}`, import.meta.url));
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile: ${path}`);
    },
  };
}

/** Total CPU (user + system) in ms of these processes so far, from /proc (NaN where /proc cannot say). */
function cpuMsOf(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      if (!existsSync("/proc")) return NaN;
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** The PostgreSQL server's processes on this machine (the bench's server is local), from /proc. */
function postgresPids(): number[] {
  if (!existsSync("/proc")) return [];
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
      } catch {
        return false;
      }
    });
}

// ---------- nothing leaves 127.0.0.1 ----------

const originalFetch = globalThis.fetch;
let refusedFetches = 0;
globalThis.fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== "127.0.0.1") {
    refusedFetches++;
    return Promise.reject(new TypeError(`bench:fanout refused to fetch ${url.href} (only 127.0.0.1 is allowed)`));
  }
  return originalFetch(input, init);
};

// ---------- the sink (a worker thread) ----------

class Sink {
  readonly worker: Worker;
  ports: number[] = [];
  #waiting = new Map<SinkEvent["type"], (event: SinkEvent) => void>();

  constructor() {
    this.worker = new Worker(new URL("./lib/fanout-sink.ts", import.meta.url), { workerData: { fanoutSink: { maxLifeMs: WATCHDOG_MS, servers: SERVERS } } });
    this.worker.on("message", (event: SinkEvent) => {
      const resolve = this.#waiting.get(event.type);
      this.#waiting.delete(event.type);
      resolve?.(event);
    });
    this.worker.on("error", (error) => console.error("bench:fanout: the sink failed:", error));
  }

  #next<T extends SinkEvent["type"]>(type: T): Promise<Extract<SinkEvent, { type: T }>> {
    return new Promise((resolve) => this.#waiting.set(type, resolve as (event: SinkEvent) => void));
  }

  #send(command: SinkCommand): void {
    this.worker.postMessage(command);
  }

  async start(): Promise<void> {
    const ready = await withTimeout(this.#next("ready"), 10_000, "sink start");
    this.ports = ready.ports;
  }

  /** The base URL of the server that holds shared inbox `i`. */
  base(i: number): string {
    return `http://127.0.0.1:${this.ports[i % this.ports.length]}`;
  }

  /** Resets the counts; the promise resolves when `target` POSTs have arrived. */
  expect(target: number): Promise<Extract<SinkEvent, { type: "reached" }>> {
    const reached = this.#next("reached");
    this.#send({ type: "expect", target });
    return reached;
  }

  async snapshot(): Promise<SinkSnapshot> {
    const answer = this.#next("snapshot");
    this.#send({ type: "snapshot" });
    return (await withTimeout(answer, 10_000, "sink snapshot")).snapshot;
  }

  async stop(): Promise<void> {
    this.#send({ type: "stop" });
    await withTimeout(new Promise<void>((resolve) => this.worker.once("exit", () => resolve())), 5_000, "sink stop").catch(() => this.worker.terminate());
  }
}

// ---------- counting database queries (a Kysely plugin on the app's database) ----------

interface QueryTally {
  count: number;
  ms: number;
}

function tableOf(node: unknown, depth = 0): string | undefined {
  if (node === null || typeof node !== "object" || depth > 6) return undefined;
  const n = node as { kind?: unknown; table?: { identifier?: { name?: unknown } } };
  if (n.kind === "TableNode" && typeof n.table?.identifier?.name === "string") return n.table.identifier.name;
  for (const key of ["into", "table", "from", "froms", "node"]) {
    const child = (node as Record<string, unknown>)[key];
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      const found = tableOf(c, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function labelOf(node: RootOperationNode): string {
  if (node.kind === "RawNode") {
    const first = (node as unknown as { sqlFragments: readonly string[] }).sqlFragments[0] ?? "";
    return `sql: ${first.trim().replace(/\s+/g, " ").split(" ").slice(0, 3).join(" ")}`;
  }
  return `${node.kind.replace(/QueryNode$/, "").toLowerCase()} ${tableOf(node) ?? "?"}`;
}

class QueryCounter implements KyselyPlugin {
  enabled = false;
  readonly tallies = new Map<string, QueryTally>();
  readonly #started = new Map<string, { at: number; label: string }>();

  reset(): void {
    this.tallies.clear();
    this.#started.clear();
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.enabled) this.#started.set(args.queryId.queryId, { at: performance.now(), label: labelOf(args.node) });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.#started.get(args.queryId.queryId);
    if (started !== undefined) {
      this.#started.delete(args.queryId.queryId);
      const tally = this.tallies.get(started.label) ?? { count: 0, ms: 0 };
      tally.count++;
      tally.ms += performance.now() - started.at;
      this.tallies.set(started.label, tally);
    }
    return args.result;
  }
}

// ---------- one database per run ----------

async function withFreshDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `rounds_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    // Drop without force while our pool's last connections finish closing (a forced drop would kill a
    // closing connection and crash the process with an unhandled pool error); force only as a last resort.
    const cleanup = new pg.Client({ connectionString: SERVER_URL });
    await cleanup.connect();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await cleanup.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 20) {
            await cleanup.query(`drop database if exists ${name} with (force)`);
            break;
          }
          if ((error as { code?: string }).code !== "55006") {
            // 55006 is "database is being accessed"; anything else is reported, and the database left behind.
            console.error(`bench:fanout: could not drop ${name}:`, error);
            break;
          }
          await sleep(250);
        }
      }
    } finally {
      await cleanup.end();
    }
  }
}

async function seed(db: Kysely<Database>, sink: Sink): Promise<User> {
  const user = await createUser(db, { handle: "bencher", password: "correct horse battery staple", role: "student", displayName: "Bench Author" });
  for (let start = 0; start < FOLLOWERS; start += BATCH) {
    const actors = [];
    const follows = [];
    for (let i = start; i < Math.min(start + BATCH, FOLLOWERS); i++) {
      const base = sink.base(i % INBOXES);
      const host = new URL(base).host;
      const id = `${base}/users/${i}`;
      actors.push({ id, handle: `follower${i}@${host}`, name: `Follower ${i}`, url: id, inbox: `${id}/inbox`, shared_inbox: `${base}/inbox/${i % INBOXES}`, host });
      follows.push({ id: newId(), user_id: user.id, actor_id: id, follow_activity_id: `${id}/follows/1`, state: "accepted" as const, decided_at: new Date() });
    }
    await db.insertInto("remote_actors").values(actors).execute();
    await db.insertInto("follows").values(follows).execute();
  }
  return user;
}

// ---------- Rounds: publish one post, work the queue, time until the 1,000th delivery ----------

interface RoundsResult {
  variant: string;
  listeners: number;
  workers: number;
  deliveriesPerSecond: number;
  /** Publish start → 1,000th delivery at the sink. */
  totalMs: number;
  /** posts.create (transaction: gate, followers dispatcher, fan-out message enqueued). */
  publishMs: number;
  /** Publish start → first delivery at the sink (includes waiting for the next poll). */
  firstDeliveryMs: number;
  /** First → last delivery: the steady-state rate, without publish and poll latency. */
  steadyDeliveriesPerSecond: number;
  /** Main-thread event-loop utilisation from publish to the 1,000th delivery (1 = never idle); with worker processes, the web process's. */
  eventLoopUtilisation: number;
  /** Process CPU (all threads, including the sink's) per wall second over the same interval. */
  processCpuPerWallSecond: number;
  /**
   * CPU per delivery from publish to the 1,000th delivery: this process (all threads, the sink's included), the
   * worker processes if any, and PostgreSQL's server processes (from /proc; Linux only, else NaN).
   */
  cpuMsPerDelivery: { process: number; workers: number; postgres: number };
  /** Database queries from publish until the queue was empty, per delivery, and their mean latency. */
  queriesPerDelivery: number;
  meanQueryMs: number;
  queries: Record<string, { count: number; meanMs: number }>;
  checks: { ok: boolean; problems: string[] };
}

const POST_BODY = [
  "Today I practised handover using the SBAR structure in a simulated ward round with my peers.",
  "What went well: the situation and background were short and clear, and I asked for a read-back.",
  "What I would change: I gave my recommendation too late and mixed it with the assessment.",
  "Next time I will write the recommendation first on my notes and say it in one sentence.",
].join("\n\n");

async function measureRounds(db: Kysely<Database>, config: Config, databaseUrl: string, user: User, sink: Sink, counter: QueryCounter, variant: Variant): Promise<RoundsResult> {
  const { listeners, workers } = variant;
  const app: FastifyInstance = await buildApp({ config, db, logger: false });
  await app.ready();
  if (listeners > 1) {
    // What-if only: N independent claim loops on the same queue object, as N worker processes would run.
    const queue = app.rounds.queue;
    const listenOnce = KyselyMessageQueue.prototype.listen;
    queue.listen = async (handler, options) => {
      await Promise.all(Array.from({ length: listeners }, () => listenOnce.call(queue, handler, options)));
    };
  }
  const stop = new AbortController();
  // With worker processes, this process is the web role: it publishes, the workers deliver.
  const children = await startWorkerProcesses(workers, config, databaseUrl);
  if (workers === 0) startQueue(app, stop.signal);
  const problems: string[] = [];
  try {
    await sleep(100); // the listener is polling, as in a running server
    const reached = withTimeout(sink.expect(INBOXES), ROUNDS_TIMEOUT_MS, `Rounds fan-out (${labelOfVariant(variant)})`);
    counter.reset();
    counter.enabled = true;
    const profiling = PROFILE ? await startProfile() : undefined;
    const elu0 = nodePerformance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const postgres0 = cpuMsOf(postgresPids());
    const workers0 = cpuMsOf(children.map((c) => c.pid));
    const t0 = now();
    const created = await app.rounds.posts.create(user, {
      title: "Handover practice with SBAR",
      body: POST_BODY,
      visibility: "public",
      consent: { basis: "no-patient-information" },
      publish: true,
    });
    const t1 = now();
    if (created.post.cleared_version_id === null) throw new Error(`The bench post was not cleared (state ${created.post.state}); nothing would be sent.`);
    const done = await reached;
    if (profiling !== undefined) await profiling.stop(`fanout-${labelOfVariant(variant).replace(/\W+/g, "-")}.cpuprofile`);
    const elu = nodePerformance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const postgresMs = cpuMsOf(postgresPids()) - postgres0;
    const workersMs = cpuMsOf(children.map((c) => c.pid)) - workers0;
    // Let the queue finish (deletes, delivery log) before checking that nothing more arrives.
    const drainBy = Date.now() + 30_000;
    for (;;) {
      const row = await db.selectFrom("fedify_messages").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      if (Number(row.n) === 0) break;
      if (Date.now() > drainBy) {
        problems.push(`queue still held ${row.n} message(s) 30 s after the last delivery`);
        break;
      }
      await sleep(50);
    }
    counter.enabled = false;
    await sleep(300);
    const snap = await sink.snapshot();
    problems.push(...checkDeliveries(snap, `${created.post.id}/activity`));
    const logged = await db
      .selectFrom("deliveries")
      .select(["state", (eb) => eb.fn.countAll<number>().as("n")])
      .where("post_id", "=", created.post.id)
      .groupBy("state")
      .execute();
    const delivered = Number(logged.find((r) => r.state === "delivered")?.n ?? 0);
    if (delivered !== INBOXES) problems.push(`delivery log: ${delivered} delivered rows, expected ${INBOXES} (${JSON.stringify(logged)})`);

    const totalMs = done.lastAt - t0;
    const allQueries = [...counter.tallies.values()].reduce((a, t) => ({ count: a.count + t.count, ms: a.ms + t.ms }), { count: 0, ms: 0 });
    return {
      variant: labelOfVariant(variant),
      listeners,
      workers,
      deliveriesPerSecond: INBOXES / (totalMs / 1000),
      totalMs,
      publishMs: t1 - t0,
      firstDeliveryMs: done.firstAt - t0,
      steadyDeliveriesPerSecond: (INBOXES - 1) / ((done.lastAt - done.firstAt) / 1000),
      eventLoopUtilisation: elu.utilization,
      processCpuPerWallSecond: (cpu.user + cpu.system) / 1000 / totalMs,
      cpuMsPerDelivery: { process: (cpu.user + cpu.system) / 1000 / INBOXES, workers: workersMs / INBOXES, postgres: postgresMs / INBOXES },
      queriesPerDelivery: allQueries.count / INBOXES,
      meanQueryMs: allQueries.count === 0 ? 0 : allQueries.ms / allQueries.count,
      queries: Object.fromEntries(
        [...counter.tallies].sort((a, b) => b[1].count - a[1].count).map(([label, t]) => [label, { count: t.count, meanMs: t.ms / t.count }]),
      ),
      checks: { ok: problems.length === 0, problems },
    };
  } finally {
    counter.enabled = false;
    stop.abort();
    await Promise.all(children.map((child) => child.stop()));
    await app.close();
  }
}

/** Starts `n` `rounds worker` processes on the bench database and waits until each works the queue. */
async function startWorkerProcesses(n: number, config: Config, databaseUrl: string): Promise<Array<{ pid: number; stop: () => Promise<void> }>> {
  const { spawn } = await import("node:child_process");
  const bin = fileURLToPath(new URL("../bin/rounds.js", import.meta.url));
  return await Promise.all(
    Array.from({ length: n }, async () => {
      const child = spawn(process.execPath, [bin, "worker"], {
        env: {
          PATH: process.env.PATH ?? "",
          DATABASE_URL: databaseUrl,
          ROUNDS_SECRET: config.secret,
          ROUNDS_ORIGIN: config.origin,
          ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true",
          LOG_LEVEL: "info",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const ready = new Promise<void>((resolve, reject) => {
        const look = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("working the delivery queue")) resolve();
        };
        child.stdout.on("data", look);
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.once("exit", (code) => reject(new Error(`a worker process exited (${code}) before it was ready:\n${output}`)));
      });
      await withTimeout(ready, 30_000, "worker process start");
      return {
        pid: child.pid ?? -1,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        },
      };
    }),
  );
}

function checkDeliveries(snap: SinkSnapshot, expectedPathOfActivity: string): string[] {
  const problems: string[] = [];
  if (snap.total !== INBOXES) problems.push(`sink got ${snap.total} POSTs, expected ${INBOXES}`);
  for (let i = 0; i < INBOXES; i++) {
    const n = snap.perPath[`/inbox/${i}`] ?? 0;
    if (n !== 1) {
      problems.push(`shared inbox /inbox/${i} got ${n} POSTs`);
      if (problems.length > 10) break;
    }
  }
  const personal = Object.keys(snap.perPath).filter((p) => /^\/users\/\d+\/inbox$/.test(p));
  if (personal.length > 0) problems.push(`${personal.length} personal inbox(es) got POSTs, e.g. ${personal[0]}`);
  const others = Object.keys(snap.perPath).filter((p) => !/^\/inbox\/\d+$/.test(p) && !/^\/users\/\d+\/inbox$/.test(p));
  if (others.length > 0) problems.push(`POSTs to unexpected paths: ${others.slice(0, 3).join(", ")}`);
  const ids = Object.keys(snap.perActivity);
  if (ids.length !== 1 || !ids[0]?.endsWith(expectedPathOfActivity)) problems.push(`activity ids seen: ${ids.slice(0, 3).join(", ")} (expected one, …${expectedPathOfActivity})`);
  if (snap.maxPerPathAndActivity > 1) problems.push(`an inbox got the same activity ${snap.maxPerPathAndActivity} times`);
  if (snap.unsigned > 0) problems.push(`${snap.unsigned} POSTs had no Signature header`);
  if (snap.otherMethods > 0) problems.push(`${snap.otherMethods} non-POST requests reached the sink`);
  return problems;
}

// ---------- baseline: sign (draft-cavage, RSA-SHA256, node:crypto) and POST, nothing else ----------

type Client = "undici" | "fetch";

interface BaselineResult {
  client: Client;
  concurrency: number;
  deliveriesPerSecond: number;
  totalMs: number;
  /** CPU of this process (all threads, the sink's included) per delivery. */
  cpuMsPerDelivery: number;
  checks: { ok: boolean; problems: string[] };
}

const signAsync = (data: Buffer, key: KeyObject) =>
  new Promise<Buffer>((resolve, reject) => cryptoSign("sha256", data, key, (error, signature) => (error ? reject(error) : resolve(signature))));

/** The headers fedify's draft-cavage signer sends: Digest, Date, Content-Type, Signature over all of them and Host. */
async function signedHeaders(url: URL, body: Buffer, key: KeyObject, keyId: string): Promise<Record<string, string>> {
  const digest = `SHA-256=${createHash("sha256").update(body).digest("base64")}`;
  const date = new Date().toUTCString();
  const contentType = "application/activity+json";
  const signingString = [`(request-target): post ${url.pathname}`, `content-type: ${contentType}`, `host: ${url.host}`, `digest: ${digest}`, `date: ${date}`].join("\n");
  const signature = await signAsync(Buffer.from(signingString), key);
  return {
    "content-type": contentType,
    digest,
    date,
    signature: `keyId="${keyId}",algorithm="rsa-sha256",headers="(request-target) content-type host digest date",signature="${signature.toString("base64")}"`,
  };
}

async function measureBaseline(
  client: Client,
  concurrency: number,
  urls: readonly string[],
  body: Buffer,
  key: KeyObject,
  sink: Sink,
  undici: typeof Undici | undefined,
): Promise<BaselineResult> {
  const keyId = "http://127.0.0.1:1/users/baseline#main-key";
  const agent = client === "undici" && undici !== undefined ? new undici.Agent({ keepAliveTimeout: 10_000 }) : undefined;
  const problems: string[] = [];
  try {
    const reached = withTimeout(sink.expect(urls.length), BASELINE_TIMEOUT_MS, `baseline ${client} ×${concurrency}`);
    const fetchBody = new Uint8Array(body);
    let next = 0;
    let failures = 0;
    const cpu0 = process.cpuUsage();
    const t0 = now();
    const worker = async () => {
      for (;;) {
        const i = next++;
        const href = urls[i];
        if (href === undefined) return;
        const url = new URL(href);
        const headers = await signedHeaders(url, body, key, keyId);
        if (agent !== undefined && undici !== undefined) {
          const res = await undici.request(url, { method: "POST", headers, body, dispatcher: agent });
          await res.body.dump();
          if (res.statusCode !== 202) failures++;
        } else {
          const res = await originalFetch(url, { method: "POST", headers, body: fetchBody });
          await res.arrayBuffer();
          if (res.status !== 202) failures++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const done = await reached;
    const cpu = process.cpuUsage(cpu0);
    if (failures > 0) problems.push(`${failures} POSTs were not answered 202`);
    const snap = await sink.snapshot();
    if (snap.total !== urls.length || snap.maxPerPathAndActivity !== 1) problems.push(`sink got ${snap.total} POSTs (max ${snap.maxPerPathAndActivity} per inbox)`);
    const totalMs = done.lastAt - t0;
    return {
      client, concurrency, deliveriesPerSecond: urls.length / (totalMs / 1000), totalMs,
      cpuMsPerDelivery: (cpu.user + cpu.system) / 1000 / urls.length,
      checks: { ok: problems.length === 0, problems },
    };
  } finally {
    await agent?.close();
  }
}

// ---------- one run ----------

interface RunResult {
  run: number;
  seedMs: number;
  bodyBytes: number;
  rounds: RoundsResult[];
  baseline: BaselineResult[];
  bestBaseline: { client: Client; concurrency: number; deliveriesPerSecond: number };
  /** Which key the baseline signed with (see --baseline-key). */
  baselineKey: string;
  ratio: number;
}

async function oneRun(run: number, sink: Sink, undici: typeof Undici | undefined, generatedKey: KeyObject): Promise<RunResult> {
  return await withFreshDatabase(async (databaseUrl) => {
    const database = await connectDatabase({ databaseUrl, dataDir: "" });
    try {
      await migrateToLatest(database.db);
      const counter = new QueryCounter();
      const db = database.db.withPlugin(counter);
      const config = loadConfig({
        ROUNDS_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        ROUNDS_ORIGIN: `http://127.0.0.1:${await freePort()}`,
        ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true",
        ROUNDS_DATA_DIR: "/tmp/rounds-bench-unused",
        LOG_LEVEL: "silent",
        // What the process would be started with; the shipped default unless the bench is told otherwise.
        ...(process.env.ROUNDS_QUEUE_CONCURRENCY ? { ROUNDS_QUEUE_CONCURRENCY: process.env.ROUNDS_QUEUE_CONCURRENCY } : {}),
      });
      const s0 = now();
      const user = await seed(db, sink);
      await actorKeyPairs(db, user.id); // an author who already has keys, as in a running instance
      const seedMs = now() - s0;
      const baselineKey = BASELINE_KEY === "author" ? await authorRsaKey(db, user.id) : generatedKey;

      const rounds: RoundsResult[] = [];
      let sampleBody: string | undefined;
      for (const variant of VARIANTS) {
        rounds.push(await measureRounds(db, config, databaseUrl, user, sink, counter, variant));
        sampleBody ??= (await sink.snapshot()).sampleBody;
      }
      if (sampleBody === undefined) throw new Error("The sink kept no body to replay.");

      const body = Buffer.from(sampleBody, "utf8");
      const urls = Array.from({ length: INBOXES }, (_, i) => `${sink.base(i)}/inbox/${i}`);
      const baseline: BaselineResult[] = [];
      const clients: Client[] = undici === undefined ? ["fetch"] : ["undici", "fetch"];
      for (const client of clients) {
        for (const concurrency of CONCURRENCIES) baseline.push(await measureBaseline(client, concurrency, urls, body, baselineKey, sink, undici));
      }
      const best = baseline.reduce((a, b) => (b.deliveriesPerSecond > a.deliveriesPerSecond ? b : a));
      const shipped = rounds.find((r) => r.variant === SHIPPED)!;
      return {
        run,
        seedMs,
        bodyBytes: body.length,
        rounds,
        baseline,
        bestBaseline: { client: best.client, concurrency: best.concurrency, deliveriesPerSecond: best.deliveriesPerSecond },
        baselineKey: `${BASELINE_KEY === "author" ? "the author's own key" : "a fresh key"}, RSA-${keyBits(baselineKey)}`,
        ratio: shipped.deliveriesPerSecond / best.deliveriesPerSecond,
      };
    } finally {
      await database.close();
    }
  });
}

/** The author's RSA private key, as Rounds stored it (a JWK), imported with node:crypto. */
async function authorRsaKey(db: Kysely<Database>, owner: string): Promise<KeyObject> {
  const row = await db.selectFrom("actor_keys").select("private_jwk").where("owner", "=", owner).where("algorithm", "=", "RSASSA-PKCS1-v1_5").executeTakeFirstOrThrow();
  const jwk = (typeof row.private_jwk === "string" ? JSON.parse(row.private_jwk) : row.private_jwk) as JsonWebKey;
  return createPrivateKey({ key: jwk, format: "jwk" });
}

function keyBits(key: KeyObject): number {
  return key.asymmetricKeyDetails?.modulusLength ?? 0;
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = address !== null && typeof address === "object" ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// ---------- main ----------

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    console.error(`bench:fanout: still running after ${WATCHDOG_MS / 60_000} min; giving up.`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  let undici: typeof Undici | undefined;
  try {
    undici = await import("undici");
  } catch {
    undici = undefined; // then the baseline uses Node's global fetch (which is undici inside Node) only
  }
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const sink = new Sink();
  const runs: RunResult[] = [];
  let failed = false;
  try {
    await sink.start();
    console.log(`bench:fanout — ${RUNS} run(s); ${FOLLOWERS.toLocaleString("en-GB")} followers over ${INBOXES.toLocaleString("en-GB")} shared inboxes on ${SERVERS.toLocaleString("en-GB")} sink server(s) (127.0.0.1, one port each); PostgreSQL ${new URL(SERVER_URL).host}`);
    for (let run = 1; run <= RUNS; run++) {
      const result = await oneRun(run, sink, undici, privateKey);
      runs.push(result);
      const parts = result.rounds.map((r) => `${r.variant} ${fmt(r.deliveriesPerSecond)}/s${r.checks.ok ? "" : " CHECK FAILED"}`);
      const base = result.baseline.map((b) => `${b.client}×${b.concurrency} ${fmt(b.deliveriesPerSecond)}/s`).join(", ");
      console.log(`run ${run}: Rounds ${parts.join("; ")} | baseline ${base} | ratio ${fmt(result.ratio, 3)}`);
      for (const r of result.rounds) for (const p of r.checks.problems) console.log(`  problem (${r.variant}): ${p}`);
      for (const b of result.baseline) for (const p of b.checks.problems) console.log(`  problem (baseline ${b.client}×${b.concurrency}): ${p}`);
      if (result.rounds.some((r) => !r.checks.ok) || result.baseline.some((b) => !b.checks.ok)) failed = true;
    }
  } catch (error) {
    console.error("bench:fanout: a run could not complete:", error);
    failed = true;
  } finally {
    await sink.stop();
  }
  if (runs.length === 0) return 1;

  // ---------- summary ----------
  const roundsSummary = VARIANTS.map((variant) => {
    const label = labelOfVariant(variant);
    const rs = runs.map((r) => r.rounds.find((x) => x.variant === label)).filter((x) => x !== undefined);
    return {
      variant: label,
      listeners: variant.listeners,
      workers: variant.workers,
      shipped: label === SHIPPED,
      deliveriesPerSecond: stats(rs.map((r) => r.deliveriesPerSecond)),
      steadyDeliveriesPerSecond: stats(rs.map((r) => r.steadyDeliveriesPerSecond)),
      totalMs: stats(rs.map((r) => r.totalMs)),
      publishMs: stats(rs.map((r) => r.publishMs)),
      firstDeliveryMs: stats(rs.map((r) => r.firstDeliveryMs)),
      eventLoopUtilisation: stats(rs.map((r) => r.eventLoopUtilisation)),
      processCpuPerWallSecond: stats(rs.map((r) => r.processCpuPerWallSecond)),
      cpuMsPerDelivery: {
        process: stats(rs.map((r) => r.cpuMsPerDelivery.process)),
        workers: stats(rs.map((r) => r.cpuMsPerDelivery.workers)),
        postgres: stats(rs.map((r) => r.cpuMsPerDelivery.postgres)),
      },
      queriesPerDelivery: stats(rs.map((r) => r.queriesPerDelivery)),
      meanQueryMs: stats(rs.map((r) => r.meanQueryMs)),
      ratioToBestBaseline: stats(runs.map((run) => (run.rounds.find((x) => x.variant === label)?.deliveriesPerSecond ?? NaN) / run.bestBaseline.deliveriesPerSecond)),
    };
  });
  const baselineSummary = runs[0]!.baseline.map(({ client, concurrency }) => ({
    client,
    concurrency,
    deliveriesPerSecond: stats(runs.map((r) => r.baseline.find((b) => b.client === client && b.concurrency === concurrency)?.deliveriesPerSecond ?? NaN)),
    cpuMsPerDelivery: stats(runs.map((r) => r.baseline.find((b) => b.client === client && b.concurrency === concurrency)?.cpuMsPerDelivery ?? NaN)),
  }));
  const best = stats(runs.map((r) => r.bestBaseline.deliveriesPerSecond));
  const ratio = stats(runs.map((r) => r.ratio));
  const shipped = roundsSummary.find((r) => r.shipped)!;

  console.log("");
  console.log(`Rounds (medians of ${runs.length} run(s); min–max)`);
  for (const r of roundsSummary) {
    console.log(
      `  ${r.variant}${r.shipped ? " [as shipped]" : " [what-if]"}: ${fmt(r.deliveriesPerSecond.median)}/s (${fmt(r.deliveriesPerSecond.min)}–${fmt(r.deliveriesPerSecond.max)}), ` +
        `ratio ${fmt(r.ratioToBestBaseline.median, 3)}; steady ${fmt(r.steadyDeliveriesPerSecond.median)}/s; publish ${fmt(r.publishMs.median)} ms, first delivery ${fmt(r.firstDeliveryMs.median)} ms, last ${fmt(r.totalMs.median)} ms; ` +
        `ELU ${fmt(r.eventLoopUtilisation.median, 2)}, CPU ${fmt(r.processCpuPerWallSecond.median, 2)} cores; ${fmt(r.queriesPerDelivery.median, 2)} queries/delivery at ${fmt(r.meanQueryMs.median, 2)} ms; ` +
        `CPU per delivery: process ${fmt(r.cpuMsPerDelivery.process.median, 2)} ms + workers ${fmt(r.cpuMsPerDelivery.workers.median, 2)} ms + PostgreSQL ${fmt(r.cpuMsPerDelivery.postgres.median, 2)} ms`,
    );
  }
  console.log(`Baseline (sign + POST only; signed with ${runs[0]!.baselineKey})`);
  for (const b of baselineSummary) {
    console.log(`  ${b.client} ×${b.concurrency}: ${fmt(b.deliveriesPerSecond.median)}/s (${fmt(b.deliveriesPerSecond.min)}–${fmt(b.deliveriesPerSecond.max)}); CPU per delivery ${fmt(b.cpuMsPerDelivery.median, 2)} ms`);
  }
  console.log(`Best baseline: ${fmt(best.median)}/s. Rounds as shipped / best baseline: ${fmt(ratio.median, 3)} (${fmt(ratio.min, 3)}–${fmt(ratio.max, 3)}); target ≥ 0.5: ${ratio.median >= 0.5 ? "met" : "NOT met"}`);
  const lastRun = runs[runs.length - 1]!;
  console.log("Queries during the shipped fan-out (last run): " + Object.entries(lastRun.rounds.find((r) => r.variant === SHIPPED)!.queries).map(([label, q]) => `${label} ×${q.count} (${fmt(q.meanMs, 2)} ms)`).join("; "));
  if (refusedFetches > 0) console.log(`Refused ${refusedFetches} fetch(es) to hosts other than 127.0.0.1.`);

  mkdirSync(fileURLToPath(new URL("./results/", import.meta.url)), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        benchmark: "fanout",
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", platform: `${os.platform()} ${os.arch()}`, node: process.version },
        database: { server: new URL(SERVER_URL).host, poolSize: 10 },
        parameters: { inboxes: INBOXES, followers: FOLLOWERS, runs: runs.length, listeners: LISTENERS, workerProcesses: WORKER_PROCESSES, concurrencies: CONCURRENCIES, undici: undici === undefined ? null : "undici (a dependency of Rounds)", baselineKey: runs[0]!.baselineKey },
        summary: { roundsAsShipped: shipped, rounds: roundsSummary, baseline: baselineSummary, bestBaseline: best, ratio, targetMet: ratio.median >= 0.5 },
        refusedFetches,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${RESULTS}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
