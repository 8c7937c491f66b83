import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testMessageQueue } from "@fedify/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../../src/db/connect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { KyselyMessageQueue, type KyselyMessageQueueOptions, noteForSettlement, withTransaction } from "../../src/federation/message-queue.ts";
import { Temporal } from "../../src/federation/temporal.ts";
import { backend, freshDatabase } from "../helpers/database.ts";

let handle: DatabaseHandle;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * On PostgreSQL the helper's close drops the database `with (force)` as soon as `pool.end()`
 * resolves, but pg-pool resolves before its clients have disconnected, so now and then the drop
 * kills one and an unhandled "terminating connection due to administrator command" fails the run.
 * Destroying the pool first (Kysely's destroy is idempotent) and waiting a moment avoids that.
 */
async function closeDatabase(h: DatabaseHandle): Promise<void> {
  if (h.kind === "postgres") {
    await h.db.destroy();
    await sleep(250);
  }
  await h.close();
}

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await sleep(20);
  }
}

/** A promise with its resolve function, for handlers a test holds open. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

async function rowCount(): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from fedify_messages`.execute(handle.db);
  return rows[0]?.n ?? 0;
}

const fast: KyselyMessageQueueOptions = { pollIntervalMs: 50, onError: () => {} };

/** Starts listeners and stops them all (waiting for each) at the end of the test. */
function listeners() {
  const controller = new AbortController();
  const running: Promise<void>[] = [];
  return {
    signal: controller.signal,
    start(queue: KyselyMessageQueue, handler: Parameters<KyselyMessageQueue["listen"]>[0]) {
      running.push(queue.listen(handler, { signal: controller.signal }));
    },
    async stop() {
      controller.abort();
      await Promise.all(running);
    },
  };
}

/** A queue whose one listener has polled once and is now asleep for 30 s, and what it receives. */
async function idleListener() {
  const queue = new KyselyMessageQueue(handle.db, { pollIntervalMs: 30_000 });
  const received: unknown[] = [];
  const l = listeners();
  l.start(queue, (m) => {
    received.push(m);
  });
  await sleep(300);
  return { queue, received, l };
}

beforeAll(async () => {
  handle = await freshDatabase();
});
afterAll(async () => {
  await closeDatabase(handle);
});
beforeEach(async () => {
  await handle.db.deleteFrom("fedify_messages").execute();
});

describe(`KyselyMessageQueue (${backend})`, () => {
  it("passes fedify's own MessageQueue contract (testMessageQueue from @fedify/testing, with ordering keys)", async () => {
    await testMessageQueue(
      () => new KyselyMessageQueue(handle.db, { pollIntervalMs: 200 }),
      async ({ controller }) => {
        controller.abort();
      },
      { testOrderingKey: true },
    );
  }, 120_000);

  it("declares nativeRetrial false, so fedify's own retry policy applies", () => {
    expect(new KyselyMessageQueue(handle.db).nativeRetrial).toBe(false);
  });

  it("enqueue then listen delivers the message (JSON of any shape) once and deletes its row", async () => {
    const queue = new KyselyMessageQueue(handle.db, fast);
    const received: unknown[] = [];
    const l = listeners();
    l.start(queue, (m) => {
      received.push(m);
    });
    try {
      const message = { type: "outbox", activity: { "@context": "https://www.w3.org/ns/activitystreams", n: [1, null, "ü"] } };
      await queue.enqueue(message);
      await until(() => received.length === 1);
      expect(received).toEqual([message]);
      await until(async () => (await rowCount()) === 0);
    } finally {
      await l.stop();
    }
  });

  it("a delayed message is not delivered before its delay; getDepth counts ready and delayed messages", async () => {
    const queue = new KyselyMessageQueue(handle.db, fast);
    await queue.enqueue("now");
    await queue.enqueueMany(["later-1", "later-2"], { delay: Temporal.Duration.from({ milliseconds: 1200 }) });
    expect(await queue.getDepth()).toEqual({ queued: 3, ready: 1, delayed: 2 });
    const received: Array<{ m: unknown; at: number }> = [];
    const started = Date.now();
    const l = listeners();
    l.start(queue, (m) => {
      received.push({ m, at: Date.now() - started });
    });
    try {
      await until(() => received.length === 3);
      expect(received[0]?.m).toBe("now");
      for (const r of received.slice(1)) expect(r.at).toBeGreaterThanOrEqual(1100);
      expect(await queue.getDepth()).toEqual({ queued: 0, ready: 0, delayed: 0 });
    } finally {
      await l.stop();
    }
  });

  it("a negative delay or a message JSON cannot hold is refused", async () => {
    const queue = new KyselyMessageQueue(handle.db, fast);
    await expect(queue.enqueue("x", { delay: Temporal.Duration.from({ seconds: -1 }) })).rejects.toThrow(RangeError);
    await expect(queue.enqueue(undefined)).rejects.toThrow(TypeError);
    expect(await rowCount()).toBe(0);
  });

  it("a local enqueue wakes an idle listener before its next poll", async () => {
    const { queue, received, l } = await idleListener();
    try {
      const started = Date.now();
      await queue.enqueue("wake up");
      await until(() => received.length === 1, 5_000);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await l.stop();
    }
  });

  it("two concurrent listen loops over 200 messages deliver each exactly once, never the same one twice at a time", async () => {
    const a = new KyselyMessageQueue(handle.db, { ...fast, workerName: "a" });
    const b = new KyselyMessageQueue(handle.db, { ...fast, workerName: "b" });
    const count = 200;
    await a.enqueueMany(Array.from({ length: count }, (_, i) => ({ i })));
    const deliveries = new Map<number, number>();
    const running = new Set<number>();
    const byWorker = { a: 0, b: 0 };
    let overlaps = 0;
    let maxParallel = 0;
    const handler = (worker: "a" | "b") => async (m: { i: number }) => {
      if (running.has(m.i)) overlaps++;
      running.add(m.i);
      maxParallel = Math.max(maxParallel, running.size);
      await sleep(Math.random() * 3);
      running.delete(m.i);
      deliveries.set(m.i, (deliveries.get(m.i) ?? 0) + 1);
      byWorker[worker]++;
    };
    const l = listeners();
    l.start(a, handler("a"));
    l.start(b, handler("b"));
    try {
      await until(() => deliveries.size === count, 30_000);
      await sleep(200); // any duplicate would show up now
      expect(overlaps).toBe(0);
      expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
      expect(deliveries.size).toBe(count);
      expect(byWorker.a + byWorker.b).toBe(count);
      if (backend === "postgres") {
        // On a server both workers really take part; PGlite is one connection and serialises them.
        expect(byWorker.a).toBeGreaterThan(0);
        expect(byWorker.b).toBeGreaterThan(0);
      }
      await until(async () => (await rowCount()) === 0);
    } finally {
      await l.stop();
    }
  }, 60_000);

  it.skipIf(backend !== "postgres")(
    "PostgreSQL: four listeners on two separate pools (as two processes) deliver 400 messages exactly once",
    async () => {
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${rows[0]?.name ?? ""}`;
      const other = await connectDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 4 });
      try {
        const queues = [handle.db, handle.db, other.db, other.db].map(
          (db, i) => new KyselyMessageQueue(db, { ...fast, workerName: `w${i}` }),
        );
        const count = 400;
        for (let i = 0; i < count; i += 100) {
          await queues[0]!.enqueueMany(Array.from({ length: 100 }, (_, j) => i + j));
        }
        const deliveries = new Map<number, number>();
        const perWorker = [0, 0, 0, 0];
        const l = listeners();
        queues.forEach((queue, w) =>
          l.start(queue, async (n: number) => {
            await sleep(Math.random() * 2);
            deliveries.set(n, (deliveries.get(n) ?? 0) + 1);
            perWorker[w]!++;
          }),
        );
        try {
          await until(() => deliveries.size === count, 30_000);
          await sleep(300);
          expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
          expect(perWorker.reduce((a, b) => a + b, 0)).toBe(count);
          expect(perWorker.every((n) => n > 0)).toBe(true);
        } finally {
          await l.stop();
        }
      } finally {
        await other.db.destroy();
        await sleep(250);
      }
    },
    60_000,
  );

  it("a handler that throws is retried later with exponential backoff and delivered on a later attempt", async () => {
    const queue = new KyselyMessageQueue(handle.db, { ...fast, retryBaseMs: 300 });
    const attempts: number[] = [];
    const started = Date.now();
    const l = listeners();
    l.start(queue, () => {
      attempts.push(Date.now() - started);
      if (attempts.length < 3) throw new Error(`flaky #${attempts.length}`);
    });
    try {
      await queue.enqueue({ flaky: true });
      await until(() => attempts.length === 1);
      // After the first failure the row waits, unlocked, with the error kept for operators.
      await until(async () => {
        const row = await handle.db.selectFrom("fedify_messages").selectAll().executeTakeFirst();
        return row !== undefined && row.locked_by === null && row.attempts === 1;
      });
      const row = await handle.db.selectFrom("fedify_messages").selectAll().executeTakeFirstOrThrow();
      expect(row.last_error).toContain("flaky #1");
      expect(row.run_at.getTime()).toBeGreaterThan(Date.now() - 50);
      await until(() => attempts.length === 3);
      const [first, second, third] = attempts as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(150 - 20); // 300 ms × jitter ½..1
      expect(third - second).toBeGreaterThanOrEqual(300 - 20); // 600 ms × jitter ½..1
      await until(async () => (await rowCount()) === 0);
    } finally {
      await l.stop();
    }
  });

  it("backoff doubles from the base, is capped, and keeps at least half of each step (jitter)", () => {
    const queue = new KyselyMessageQueue(handle.db, { retryBaseMs: 1_000, retryMaxMs: 3_600_000 });
    for (let i = 0; i < 50; i++) {
      const one = queue.retryDelayMs(1);
      expect(one).toBeGreaterThanOrEqual(500);
      expect(one).toBeLessThanOrEqual(1_000);
      const four = queue.retryDelayMs(4);
      expect(four).toBeGreaterThanOrEqual(4_000);
      expect(four).toBeLessThanOrEqual(8_000);
      const capped = queue.retryDelayMs(40);
      expect(capped).toBeGreaterThanOrEqual(1_800_000);
      expect(capped).toBeLessThanOrEqual(3_600_000);
    }
  });

  it("a message whose handler keeps throwing is dropped after maxAttempts, and reported", async () => {
    const abandoned: Array<{ message: unknown; attempts: number }> = [];
    const queue = new KyselyMessageQueue(handle.db, {
      ...fast,
      retryBaseMs: 50,
      maxAttempts: 3,
      onAbandoned: (message, _error, attempts) => abandoned.push({ message, attempts }),
    });
    let calls = 0;
    const l = listeners();
    l.start(queue, () => {
      calls++;
      throw new Error("always");
    });
    try {
      await queue.enqueue("poison");
      await until(() => abandoned.length === 1);
      expect(abandoned).toEqual([{ message: "poison", attempts: 3 }]);
      expect(calls).toBe(3);
      expect(await rowCount()).toBe(0);
    } finally {
      await l.stop();
    }
  });

  it("a message whose worker crashed mid-job (lease never renewed) is delivered by another listener after the lease", async () => {
    // Worker A takes the message and hangs without renewing its lease, as if SIGKILLed (one slot:
    // a dead worker claims nothing more).
    const crashed = new KyselyMessageQueue(handle.db, { ...fast, leaseMs: 1_000, heartbeatMs: 0, workerName: "crashed", concurrency: 1 });
    const survivor = new KyselyMessageQueue(handle.db, { ...fast, leaseMs: 1_000, workerName: "survivor" });
    const hang = gate();
    let takenByA = 0;
    const takenByB: unknown[] = [];
    const l = listeners();
    l.start(crashed, async () => {
      takenByA++;
      await hang.promise;
    });
    try {
      await crashed.enqueue({ job: "important" });
      await until(() => takenByA === 1);
      const claimedAt = Date.now();
      l.start(survivor, (m) => {
        takenByB.push(m);
      });
      await until(() => takenByB.length === 1, 10_000);
      expect(Date.now() - claimedAt).toBeGreaterThanOrEqual(800);
      expect(takenByB).toEqual([{ job: "important" }]);
      expect(takenByA).toBe(1);
      await until(async () => (await rowCount()) === 0);
    } finally {
      hang.open();
      await l.stop();
    }
  });

  it("a running job renews its lease, so a job longer than the lease is not taken by another listener", async () => {
    const options = { ...fast, leaseMs: 500, heartbeatMs: 100 };
    const a = new KyselyMessageQueue(handle.db, options);
    const b = new KyselyMessageQueue(handle.db, options);
    let runs = 0;
    const l = listeners();
    const slow = async () => {
      runs++;
      await sleep(1_800);
    };
    l.start(a, slow);
    l.start(b, slow);
    try {
      await a.enqueue("slow job");
      await until(() => runs === 1);
      await until(async () => (await rowCount()) === 0, 10_000);
      expect(runs).toBe(1);
    } finally {
      await l.stop();
    }
  });

  it("messages survive closing and reopening a file-backed PGlite database, and are delivered after", async () => {
    const dir = await mkdtemp(join(tmpdir(), "rounds-queue-"));
    try {
      const first = await connectDatabase({ databaseUrl: undefined, dataDir: dir });
      await migrateToLatest(first.db);
      await new KyselyMessageQueue(first.db).enqueue({ durable: 1 });
      await new KyselyMessageQueue(first.db).enqueue({ durable: 2 }, { delay: Temporal.Duration.from({ milliseconds: 300 }) });
      await first.close();

      const second = await connectDatabase({ databaseUrl: undefined, dataDir: dir });
      try {
        const queue = new KyselyMessageQueue(second.db, fast);
        const received: unknown[] = [];
        const controller = new AbortController();
        const listening = queue.listen((m) => void received.push(m), { signal: controller.signal });
        await until(() => received.length === 2);
        controller.abort();
        await listening;
        expect(received).toEqual([{ durable: 1 }, { durable: 2 }]);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("transactional enqueue: committed with the transaction it is delivered; rolled back, it never exists", async () => {
    const queue = new KyselyMessageQueue(handle.db, fast);
    const received: unknown[] = [];
    const l = listeners();
    l.start(queue, (m) => {
      received.push(m);
    });
    try {
      await expect(
        handle.db.transaction().execute((trx) =>
          withTransaction(trx, async () => {
            await queue.enqueue({ post: "rolled back" });
            await queue.enqueueMany([{ post: "rolled back too" }]);
            // Visible inside the transaction…
            const inside = await sql<{ n: number }>`select count(*)::int as n from fedify_messages`.execute(trx);
            expect(inside.rows[0]?.n).toBe(2);
            await sleep(300); // …while listeners keep polling (on a server they cannot see it)
            throw new Error("the post failed to save");
          }),
        ),
      ).rejects.toThrow("the post failed to save");

      await handle.db.transaction().execute((trx) =>
        withTransaction(trx, async () => {
          await queue.enqueue({ post: "committed" });
          await sleep(300);
        }),
      );
      await until(() => received.length >= 1);
      await sleep(500);
      expect(received).toEqual([{ post: "committed" }]);
      expect(await rowCount()).toBe(0);
    } finally {
      await l.stop();
    }
  });

  it("a transactional enqueue wakes an idle local listener soon after the commit, not at its next poll", async () => {
    const { queue, received, l } = await idleListener();
    try {
      await handle.db.transaction().execute((trx) =>
        withTransaction(trx, async () => {
          await queue.enqueue("rolled back");
          throw new Error("roll back");
        }),
      ).catch(() => {});
      const started = Date.now();
      await handle.db.transaction().execute((trx) =>
        withTransaction(trx, async () => {
          await queue.enqueue("committed");
          await queue.enqueue("committed too");
          await sleep(100); // the commit comes a while after the enqueue
        }),
      );
      await until(() => received.length === 2, 5_000);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(received).toEqual(["committed", "committed too"]);
    } finally {
      await l.stop();
    }
  });

  it("outside withTransaction, enqueue does not join a transaction of the same database", async () => {
    const queue = new KyselyMessageQueue(handle.db, fast);
    await withTransaction(handle.db, async () => {}); // binding ends with the callback
    await handle.db
      .transaction()
      .execute(async () => {
        throw new Error("unrelated rollback");
      })
      .catch(() => {});
    await queue.enqueue("independent");
    expect(await rowCount()).toBe(1);
  });

  it("messages with one ordering key run one at a time in order, even when the first fails and is retried", async () => {
    const queue = new KyselyMessageQueue(handle.db, { ...fast, retryBaseMs: 200 });
    const other = new KyselyMessageQueue(handle.db, { ...fast, retryBaseMs: 200 });
    const done: string[] = [];
    let running = 0;
    let overlap = false;
    let failedOnce = false;
    const handler = async (m: { key: string | null; n: number }) => {
      const label = `${m.key ?? "none"}${m.n}`;
      if (m.key === "K") {
        running++;
        if (running > 1) overlap = true;
      }
      try {
        await sleep(20);
        if (label === "K1" && !failedOnce) {
          failedOnce = true;
          throw new Error("first try of K1 fails");
        }
        done.push(label);
      } finally {
        if (m.key === "K") running--;
      }
    };
    for (let n = 1; n <= 3; n++) await queue.enqueue({ key: "K", n }, { orderingKey: "K" });
    await queue.enqueue({ key: null, n: 1 });
    await queue.enqueue({ key: "J", n: 1 }, { orderingKey: "J" });
    const l = listeners();
    l.start(queue, handler);
    l.start(other, handler);
    try {
      await until(() => done.length === 5, 15_000);
      expect(done.filter((d) => d.startsWith("K"))).toEqual(["K1", "K2", "K3"]);
      expect(overlap).toBe(false);
      // Other keys are not held up behind K1's retry.
      expect(done.indexOf("none1")).toBeLessThan(done.indexOf("K1"));
      expect(done.indexOf("J1")).toBeLessThan(done.indexOf("K1"));
    } finally {
      await l.stop();
    }
  });

  it("abort: an idle listen resolves at once; a busy one stops claiming, finishes its handler, then resolves", async () => {
    const queue = new KyselyMessageQueue(handle.db, { pollIntervalMs: 10_000, concurrency: 1 });
    const idle = new AbortController();
    const idleListening = queue.listen(() => {}, { signal: idle.signal });
    await sleep(200);
    const t0 = Date.now();
    idle.abort();
    await idleListening;
    expect(Date.now() - t0).toBeLessThan(500);

    const already = new AbortController();
    already.abort();
    await queue.listen(() => {
      throw new Error("never called");
    }, { signal: already.signal });

    await queue.enqueue("first");
    await queue.enqueue("second");
    const busy = new AbortController();
    const hold = gate();
    const handled: unknown[] = [];
    let resolved = false;
    const listening = queue
      .listen(
        async (m) => {
          await hold.promise;
          handled.push(m);
        },
        { signal: busy.signal },
      )
      .then(() => {
        resolved = true;
      });
    await until(async () => {
      const row = await handle.db.selectFrom("fedify_messages").select("id").where("locked_by", "is not", null).executeTakeFirst();
      return row !== undefined;
    });
    busy.abort();
    await sleep(200);
    expect(resolved).toBe(false); // still running "first"
    hold.open();
    await listening;
    expect(handled).toEqual(["first"]);
    expect(await rowCount()).toBe(1); // "second" was not claimed after the abort
  });

  it("concurrency: one listen runs up to N handlers at once, claims several per statement, and abort waits for all of them", async () => {
    const queue = new KyselyMessageQueue(handle.db, { ...fast, pollIntervalMs: 10_000, concurrency: 4 });
    await queue.enqueueMany(Array.from({ length: 10 }, (_, i) => i));
    const hold = gate();
    const started: number[] = [];
    const finished: number[] = [];
    const stop = new AbortController();
    let resolved = false;
    const listening = queue
      .listen(
        async (n: number) => {
          started.push(n);
          await hold.promise;
          await sleep(20);
          finished.push(n);
        },
        { signal: stop.signal },
      )
      .then(() => {
        resolved = true;
      });
    await until(() => started.length === 4);
    await sleep(200);
    expect(started.sort((a, b) => a - b)).toEqual([0, 1, 2, 3]); // never more than 4 at a time, oldest first
    stop.abort();
    await sleep(100);
    expect(resolved).toBe(false);
    hold.open();
    await listening;
    expect(finished.sort((a, b) => a - b)).toEqual([0, 1, 2, 3]); // all four finished before listen resolved
    expect(await rowCount()).toBe(6); // their rows are deleted; nothing else was claimed after the abort
    const left = await handle.db.selectFrom("fedify_messages").select("locked_by").execute();
    expect(left.every((row) => row.locked_by === null)).toBe(true);
  });

  it("concurrency: messages with one ordering key still run one at a time in order, beside unkeyed ones", async () => {
    const queue = new KyselyMessageQueue(handle.db, { ...fast, concurrency: 8 });
    await queue.enqueueMany(["K0", "K1", "K2", "K3", "K4"], { orderingKey: "k" });
    await queue.enqueueMany(["J0", "J1", "J2"], { orderingKey: "j" });
    await queue.enqueueMany(Array.from({ length: 20 }, (_, i) => `U${i}`));
    const done: string[] = [];
    const active = new Map<string, number>();
    let overlap = 0;
    const l = listeners();
    l.start(queue, async (m: string) => {
      const key = m[0] === "U" ? undefined : m[0]!;
      if (key !== undefined) {
        if ((active.get(key) ?? 0) > 0) overlap++;
        active.set(key, (active.get(key) ?? 0) + 1);
      }
      await sleep(5 + Math.random() * 10);
      if (key !== undefined) active.set(key, (active.get(key) ?? 1) - 1);
      done.push(m);
    });
    try {
      await until(() => done.length === 28, 20_000);
      expect(overlap).toBe(0);
      expect(done.filter((m) => m.startsWith("K"))).toEqual(["K0", "K1", "K2", "K3", "K4"]);
      expect(done.filter((m) => m.startsWith("J"))).toEqual(["J0", "J1", "J2"]);
    } finally {
      await l.stop();
    }
  });

  it("lanes: messages of one lane never run at the same time, across two listeners, while other lanes run side by side", async () => {
    const laneOf = (m: unknown) => (typeof m === "string" && m.includes(":") ? m.split(":")[0]! : null);
    const one = new KyselyMessageQueue(handle.db, { ...fast, concurrency: 8, laneOf });
    const two = new KyselyMessageQueue(handle.db, { ...fast, concurrency: 8, laneOf });
    const messages = [
      ...Array.from({ length: 12 }, (_, i) => `a:${i}`),
      ...Array.from({ length: 12 }, (_, i) => `b:${i}`),
      ...Array.from({ length: 12 }, (_, i) => `free${i}`),
    ];
    await one.enqueueMany(messages);
    const active = new Map<string, number>();
    let laneOverlap = 0;
    let most = 0;
    let running = 0;
    const done: string[] = [];
    const handler = async (m: string) => {
      const lane = laneOf(m);
      running++;
      most = Math.max(most, running);
      if (lane !== null) {
        if ((active.get(lane) ?? 0) > 0) laneOverlap++;
        active.set(lane, (active.get(lane) ?? 0) + 1);
      }
      await sleep(10);
      if (lane !== null) active.set(lane, (active.get(lane) ?? 1) - 1);
      running--;
      done.push(m);
    };
    const l = listeners();
    l.start(one, handler);
    l.start(two, handler);
    try {
      await until(() => done.length === messages.length, 30_000);
      expect(laneOverlap).toBe(0);
      expect(most).toBeGreaterThan(2); // unlaned messages (and the two lanes) did run side by side
      expect([...done].sort()).toEqual([...messages].sort());
    } finally {
      await l.stop();
    }
  });

  it("lanes: a lane whose running message's worker died is free again once that lease has run out", async () => {
    const laneOf = () => "only";
    const crashed = new KyselyMessageQueue(handle.db, { ...fast, leaseMs: 800, heartbeatMs: 0, workerName: "crashed", laneOf });
    await crashed.enqueueMany(["first", "second"]);
    // The "crashed" worker claims the first message and never finishes it.
    const dead = new AbortController();
    const started: string[] = [];
    void crashed.listen(async (m: string) => {
      started.push(m);
      dead.abort();
      await new Promise(() => {});
    }, { signal: dead.signal });
    await until(() => started.length === 1);
    const alive = new KyselyMessageQueue(handle.db, { ...fast, laneOf });
    const seen: string[] = [];
    const l = listeners();
    l.start(alive, (m: string) => {
      seen.push(m);
    });
    try {
      await sleep(400);
      expect(seen).toEqual([]); // the lane is busy: "second" waits, "first" is still leased
      await until(() => seen.length === 2, 10_000);
      expect(seen).toEqual(["first", "second"]);
    } finally {
      await l.stop();
    }
  });

  it("settlement: a handler's note is written in the same statement as its job's delete; when that fails, the fallback gets the notes and the jobs are still deleted", async () => {
    const queue = new KyselyMessageQueue(handle.db, { ...fast, concurrency: 4 });
    const fellBack: unknown[] = [];
    queue.settleWith({
      // Each note becomes a fedify_kv row; the key "boom" is inserted twice, which fails the statement.
      statement: (notes) =>
        handle.db.insertInto("fedify_kv").values((notes as string[]).flatMap((n) => (n === "boom" ? [n, n] : [n])).map((n) => ({ key: `["settled","${n}"]`, value: '"yes"' }))),
      fallback: async (notes) => {
        fellBack.push(...notes);
      },
    });
    await queue.enqueueMany(["a", "b", "c"]);
    const l = listeners();
    const seen: string[] = [];
    l.start(queue, (m: string) => {
      seen.push(m);
      expect(noteForSettlement(m)).toBe(true);
    });
    try {
      await until(async () => (await rowCount()) === 0);
      const { rows } = await sql<{ key: string }>`select key from fedify_kv where key like '["settled",%' order by key`.execute(handle.db);
      expect(rows.map((r) => r.key)).toEqual(['["settled","a"]', '["settled","b"]', '["settled","c"]']);
      await queue.enqueue("boom");
      await until(async () => (await rowCount()) === 0);
      expect(fellBack).toEqual(["boom"]);
      const again = await sql<{ n: number }>`select count(*)::int as n from fedify_kv where key = '["settled","boom"]'`.execute(handle.db);
      expect(again.rows[0]?.n).toBe(0); // the failed statement wrote nothing
      expect(noteForSettlement("outside a handler")).toBe(false);
    } finally {
      await l.stop();
      await sql`delete from fedify_kv where key like '["settled",%'`.execute(handle.db);
    }
  });

  it("concurrency must be a whole number of at least 1", () => {
    expect(() => new KyselyMessageQueue(handle.db, { concurrency: 0 })).toThrow(RangeError);
    expect(() => new KyselyMessageQueue(handle.db, { concurrency: 1.5 })).toThrow(RangeError);
  });
});
