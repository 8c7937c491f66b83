import { createHash, generateKeyPairSync, type KeyObject, verify } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/connect.ts";
import {
  batchesOf,
  batchLimit,
  bucketCount,
  bucketOf,
  FirstAttemptSender,
  isPublicAddress,
  messageOf,
  type OutboxMessageLike,
  outboxBatchType,
  prepareBody,
  publicOnlyLookup,
} from "../../src/federation/batch-delivery.ts";
import { DeliveryLoggingQueue } from "../../src/federation/delivery-log.ts";
import { KyselyKvStore } from "../../src/federation/kv-store.ts";
import { deliveryLane } from "../../src/federation/lanes.ts";
import { KyselyMessageQueue } from "../../src/federation/message-queue.ts";
import { backend, freshDatabase } from "../helpers/database.ts";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await sleep(20);
  }
}

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const keyId = "https://rounds.example/users/author#main-key";
const keys = [{ keyId, privateKey: privateKey.export({ format: "jwk" }) as JsonWebKey }];
const activity = { "@context": "https://www.w3.org/ns/activitystreams", id: "https://rounds.example/users/author/posts/p1/activity", type: "Create" };

/** fedify's messages of one fan-out: the same activity and keys objects, one message per inbox. */
function fanOut(inboxes: readonly string[], shared: { activity?: unknown; keys?: typeof keys } = {}): OutboxMessageLike[] {
  const common = { activity: shared.activity ?? activity, keys: shared.keys ?? keys };
  return inboxes.map((inbox, i) => ({
    type: "outbox",
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    baseUrl: "https://rounds.example",
    keys: common.keys,
    activity: common.activity,
    activityId: activity.id,
    activityType: "https://www.w3.org/ns/activitystreams#Create",
    inbox,
    sharedInbox: i % 2 === 0,
    actorIds: [`${new URL(inbox).origin}/users/f${i}`],
    started: "2026-11-25T12:00:00.000Z",
    attempt: 0,
    headers: {},
    traceContext: {},
  }) as OutboxMessageLike);
}

/**
 * Verifies a draft-cavage HTTP Signature the way Mastodon does (written here, not with fedify or the
 * code under test): rebuild the signing string from the headers the signature names, check the
 * digest of the body, and verify RSA-SHA256 with the sender's public key.
 */
function verifyCavage(req: IncomingMessage, body: Buffer, key: KeyObject): string | null {
  const header = req.headers.signature;
  if (typeof header !== "string") return "no Signature header";
  const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  if (params.keyId !== keyId) return `keyId ${params.keyId}`;
  const names = (params.headers ?? "").split(" ");
  for (const required of ["(request-target)", "host", "date", "digest"]) if (!names.includes(required)) return `${required} not signed`;
  const digest = `SHA-256=${createHash("sha256").update(body).digest("base64")}`;
  if (req.headers.digest !== digest) return "digest does not match the body";
  if (Math.abs(Date.parse(String(req.headers.date)) - Date.now()) > 60_000) return "stale date";
  const signed = names
    .map((name) => (name === "(request-target)" ? `(request-target): ${req.method!.toLowerCase()} ${req.url}` : `${name}: ${String(req.headers[name])}`))
    .join("\n");
  return verify("sha256", Buffer.from(signed), key, Buffer.from(params.signature ?? "", "base64")) ? null : "bad signature";
}

interface Received {
  url: string;
  verdict: string | null;
  body: unknown;
}

/** A sink answering `status` to every POST, recording each request and whether its signature verifies. */
async function sink(status: number): Promise<{ server: Server; origin: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      received.push({ url: req.url ?? "", verdict: verifyCavage(req, body, publicKey), body: JSON.parse(body.toString()) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe("batches of a fan-out's first attempts", () => {
  it("spreads servers over a fixed set of groups, a server always in the same one", () => {
    const hosts = Array.from({ length: 400 }, (_, i) => `server${i}.example`);
    const buckets = hosts.map(bucketOf);
    expect(buckets.every((b) => Number.isInteger(b) && b >= 0 && b < bucketCount)).toBe(true);
    expect(hosts.map(bucketOf)).toEqual(buckets);
    expect(new Set(buckets).size).toBe(bucketCount);
  });

  it("stores a fan-out as batches per group of servers, from which fedify's very messages come back", () => {
    const inboxes = Array.from({ length: 30 }, (_, i) => `https://s${i % 10}.example/inbox/${i}`);
    const messages = fanOut(inboxes);
    const batches = batchesOf(messages)!;
    expect(batches).not.toBeNull();
    expect(batches.every((b) => b.type === outboxBatchType)).toBe(true);
    // Every server's deliveries are in one batch, and that batch's lane is its group.
    for (const batch of batches) {
      expect(deliveryLane(batch)).toBe(`deliveries ${batch.bucket}`);
      for (const item of batch.items) expect(bucketOf(new URL(item.inbox).host)).toBe(batch.bucket);
    }
    const back = batches.flatMap((batch) => batch.items.map((item) => messageOf(batch, item)));
    expect(back).toHaveLength(30);
    const byId = new Map(messages.map((m) => [m.id, m]));
    for (const message of back) expect(message).toEqual(byId.get(message.id));
  });

  it("splits a big group into batches of at most batchLimit, in order", () => {
    const inboxes = Array.from({ length: batchLimit * 2 + 5 }, (_, i) => `https://one.example/users/u${i}/inbox`);
    const batches = batchesOf(fanOut(inboxes))!;
    expect(batches.map((b) => b.items.length)).toEqual([batchLimit, batchLimit, 5]);
    expect(batches.flatMap((b) => b.items.map((item) => item.inbox))).toEqual(inboxes);
  });

  it("leaves alone what is not one fresh fan-out: retries, held messages, ordering keys, mixed activities, other messages", () => {
    const inboxes = ["https://a.example/inbox", "https://b.example/inbox"];
    const [a, b] = fanOut(inboxes);
    expect(batchesOf([{ ...a!, attempt: 1 }])).toBeNull();
    expect(batchesOf([{ ...a!, circuitHeld: true }])).toBeNull();
    expect(batchesOf([{ ...a!, orderingKey: "k" }])).toBeNull();
    expect(batchesOf([a!, { ...b!, activity: { ...activity } }])).toBeNull();
    expect(batchesOf([a!, { type: "fanout" }])).toBeNull();
    expect(batchesOf([{ type: "inbox" }])).toBeNull();
    expect(batchesOf([a!, b!])).not.toBeNull();
  });
});

describe(`first attempts through the queue and the delivery log (${backend})`, () => {
  let handle: DatabaseHandle;
  let sender: FirstAttemptSender;
  let ok: Awaited<ReturnType<typeof sink>>;
  let failing: Awaited<ReturnType<typeof sink>>;
  let tripped: Awaited<ReturnType<typeof sink>>;
  let closedPort: string;

  beforeAll(async () => {
    handle = await freshDatabase();
    sender = new FirstAttemptSender({ allowPrivateAddresses: true, concurrency: 8, userAgent: "Rounds/test" });
    ok = await sink(202);
    failing = await sink(503);
    tripped = await sink(202);
    // A port nothing listens on: connection refused.
    const probe = await sink(202);
    closedPort = probe.origin;
    await new Promise<void>((resolve) => probe.server.close(() => resolve()));
  });
  afterAll(async () => {
    await sender.close();
    for (const s of [ok, failing, tripped]) await new Promise<void>((resolve) => s.server.close(() => resolve()));
    if (handle.kind === "postgres") {
      await handle.db.destroy();
      await sleep(250);
    }
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom("fedify_messages").execute();
    await handle.db.deleteFrom("deliveries").execute();
    await handle.db.deleteFrom("fedify_kv").execute();
    for (const s of [ok, failing, tripped]) s.received.length = 0;
  });

  // Listeners still running when a test ends (it failed before stopping them) are stopped here, so
  // they cannot take the next test's messages.
  const running = new Set<() => Promise<void>>();
  afterEach(async () => {
    for (const stop of running) await stop();
  });

  function setup(options: { handOffDelayMs?: number } = {}) {
    const kv = new KyselyKvStore(handle.db);
    const inner = new KyselyMessageQueue(handle.db, { pollIntervalMs: 50, concurrency: 8, laneOf: deliveryLane, onError: () => {} });
    const queue = new DeliveryLoggingQueue(inner, handle.db, {
      firstAttempts: { sender, kv, spec: "draft-cavage-http-signatures-12", handOffDelayMs: options.handOffDelayMs ?? 300 },
      allowPrivateAddresses: true,
    });
    const toFedify: OutboxMessageLike[] = [];
    const controller = new AbortController();
    const listening = queue.listen(
      (message) => {
        toFedify.push(message as OutboxMessageLike);
      },
      { signal: controller.signal },
    );
    const stop = async () => {
      running.delete(stop);
      controller.abort();
      await listening;
    };
    running.add(stop);
    return { kv, inner, queue, toFedify, stop };
  }

  async function log() {
    return await handle.db.selectFrom("deliveries").select(["inbox", "state", "attempts", "last_error"]).orderBy("inbox").execute();
  }

  it("delivers signed first attempts itself and logs them; fedify's handler never sees them", async () => {
    const { queue, toFedify, stop } = setup();
    const inboxes = [`${ok.origin}/inbox`, `${ok.origin}/users/f1/inbox`, `${ok.origin}/users/f2/inbox`];
    await queue.enqueueMany(fanOut(inboxes));
    // One row (one batch) in the queue, not three messages.
    const queued = await handle.db.selectFrom("fedify_messages").select(["lane"]).execute();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.lane).toBe(`deliveries ${bucketOf(new URL(ok.origin).host)}`);
    await until(async () => (await log()).length === 3);
    await stop();
    expect(ok.received.map((r) => r.url).sort()).toEqual(["/inbox", "/users/f1/inbox", "/users/f2/inbox"]);
    expect(ok.received.map((r) => r.verdict)).toEqual([null, null, null]);
    expect(ok.received[0]!.body).toEqual(activity);
    expect((await log()).map((r) => [r.state, r.attempts])).toEqual([
      ["delivered", 1],
      ["delivered", 1],
      ["delivered", 1],
    ]);
    expect(toFedify).toEqual([]);
    await until(async () => (await handle.db.selectFrom("fedify_messages").select("id").execute()).length === 0);
  });

  it("hands what it does not deliver to fedify's path as fedify's own message: an error status, a refused connection, an open circuit, a server that wants RFC 9421", async () => {
    const { queue, kv, toFedify, stop } = setup();
    const wantsRfc9421 = `http://127.0.0.1:1/inbox`;
    await kv.set(["_fedify", "circuit", new URL(tripped.origin).host], { version: 1, state: "open", failures: [], opened: new Date().toISOString() });
    await kv.set(["_fedify", "httpMessageSignaturesSpec", "http://127.0.0.1:1"], "rfc9421");
    const messages = fanOut([`${ok.origin}/inbox`, `${failing.origin}/inbox`, `${closedPort}/inbox`, `${tripped.origin}/inbox`, wantsRfc9421]);
    await queue.enqueueMany(messages);
    await until(() => toFedify.length === 4);
    await stop();
    // The ones not delivered reach fedify's handler unchanged (a fresh first attempt for fedify).
    const byInbox = new Map(messages.map((m) => [m.inbox, m]));
    for (const message of toFedify) expect(message).toEqual(byInbox.get(message.inbox));
    expect(toFedify.map((m) => m.inbox).sort()).toEqual([`${failing.origin}/inbox`, `${closedPort}/inbox`, `${tripped.origin}/inbox`, wantsRfc9421].sort());
    // The failing server got one signed attempt from the batch; the tripped one none.
    expect(failing.received.map((r) => r.verdict)).toEqual([null]);
    expect(tripped.received).toEqual([]);
    expect(ok.received).toHaveLength(1);
    // fedify's (test) handler returned without re-enqueueing: the per-message path logged them delivered.
    const rows = await log();
    expect(rows.find((r) => r.inbox === `${ok.origin}/inbox`)?.state).toBe("delivered");
    expect(rows.filter((r) => r.state === "delivered")).toHaveLength(5);
  });

  it("logs a failed first attempt as retrying with its error, and waits before fedify's attempt", async () => {
    const { queue, toFedify, stop } = setup({ handOffDelayMs: 1_500 });
    await queue.enqueueMany(fanOut([`${failing.origin}/inbox`]));
    await until(async () => (await log()).length === 1);
    const [row] = await log();
    expect(row).toMatchObject({ state: "retrying", attempts: 1 });
    expect(row!.last_error).toMatch(/HTTP 503/);
    // The hand-off is queued for later: its due time is the hand-off delay after it was queued
    // (read from the row, not the clock, so a busy machine cannot make it look due already).
    const handOff = sql<{ delay_ms: number }>`select extract(epoch from run_at - created_at) * 1000 as delay_ms
      from fedify_messages where message->>'type' = 'outbox'`;
    await until(async () => (await handOff.execute(handle.db)).rows.length === 1);
    expect(toFedify).toEqual([]);
    expect(Number((await handOff.execute(handle.db)).rows[0]!.delay_ms)).toBeGreaterThanOrEqual(1_490);
    await until(() => toFedify.length === 1);
    expect(toFedify[0]!.inbox).toBe(`${failing.origin}/inbox`);
    // fedify's attempt came after the first attempt's failure, not before or instead of it.
    expect(failing.received).toHaveLength(1);
    await stop();
  });

  it("a batch run again (its worker died) skips every inbox the log already has", async () => {
    const messages = fanOut([`${ok.origin}/inbox`, `${ok.origin}/users/f1/inbox`]);
    // The batch as a dead worker left it: claimed once, its lease run out, one delivery logged.
    await new KyselyMessageQueue(handle.db).enqueueMany(batchesOf(messages)!);
    await handle.db.updateTable("fedify_messages").set({ attempts: 1, locked_by: "dead", locked_until: new Date(Date.now() - 1_000) }).execute();
    await handle.db
      .insertInto("deliveries")
      .values({ post_id: null, activity_id: activity.id, activity_type: "Create", inbox: `${ok.origin}/inbox`, state: "delivered", attempts: 1, last_error: null, updated_at: new Date() })
      .execute();
    const { stop } = setup();
    await until(async () => (await log()).length === 2);
    await stop();
    expect(ok.received.map((r) => r.url)).toEqual(["/users/f1/inbox"]);
  });
});

describe("deliveries only to public addresses (unless ROUNDS_ALLOW_PRIVATE_ADDRESSES)", () => {
  it("tells public addresses from loopback, private, link-local and unique-local ones", () => {
    expect(isPublicAddress("93.184.215.14")).toBe(true);
    expect(isPublicAddress("2606:4700::6810:84e5")).toBe(true);
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("not an address")).toBe(false);
  });

  it("refuses, as it resolves, a name that points at a non-public address", async () => {
    const code = await new Promise<string | undefined>((resolve) => publicOnlyLookup("localhost", {}, (error) => resolve(error?.code)));
    expect(code).toBe("EPRIVATEADDRESS");
  });

  it("never contacts a private inbox: not as a first attempt, not through fedify's path", async () => {
    const handle = await freshDatabase();
    const sender = new FirstAttemptSender({ allowPrivateAddresses: false, concurrency: 4, userAgent: "Rounds/test" });
    const target = await sink(202);
    try {
      expect(await sender.attempt(`${target.origin}/inbox`, prepareBody(activity), sender.signingKey(keys)!)).toMatchObject({ delivered: false, refused: true });
      expect(await sender.attempt("http://localhost:9/inbox", prepareBody(activity), sender.signingKey(keys)!)).toMatchObject({ delivered: false, refused: true });
      const inner = new KyselyMessageQueue(handle.db, { pollIntervalMs: 50, concurrency: 4, laneOf: deliveryLane, onError: () => {} });
      const queue = new DeliveryLoggingQueue(inner, handle.db, { firstAttempts: { sender, kv: new KyselyKvStore(handle.db), spec: "draft-cavage-http-signatures-12" } });
      const toFedify: unknown[] = [];
      const controller = new AbortController();
      const listening = queue.listen((message) => void toFedify.push(message), { signal: controller.signal });
      // A fan-out (first attempts here) and a retry (fedify's path), both to the loopback sink.
      const [first] = fanOut([`${target.origin}/inbox`]);
      await queue.enqueueMany([first!]);
      await queue.enqueue({ ...first!, inbox: `${target.origin}/users/f1/inbox`, attempt: 2 });
      await until(async () => (await handle.db.selectFrom("deliveries").select("state").execute()).length === 2);
      controller.abort();
      await listening;
      const rows = await handle.db.selectFrom("deliveries").select(["state", "last_error"]).execute();
      expect(rows.map((r) => r.state)).toEqual(["failed", "failed"]);
      for (const row of rows) expect(row.last_error).toMatch(/not (on )?a public address/);
      expect(target.received).toEqual([]);
      expect(toFedify).toEqual([]);
    } finally {
      await sender.close();
      await new Promise<void>((resolve) => target.server.close(() => resolve()));
      if (handle.kind === "postgres") {
        await handle.db.destroy();
        await sleep(250);
      }
      await handle.close();
    }
  });
});
