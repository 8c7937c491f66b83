import type { KvKey } from "@fedify/fedify";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/connect.ts";
import { KyselyKvStore } from "../../src/federation/kv-store.ts";
import { withTransaction } from "../../src/federation/message-queue.ts";
import { Temporal } from "../../src/federation/temporal.ts";
import { backend, freshDatabase } from "../helpers/database.ts";

let handle: DatabaseHandle;
let kv: KyselyKvStore;

beforeAll(async () => {
  handle = await freshDatabase();
});
afterAll(async () => {
  await closeDatabase(handle);
});
beforeEach(async () => {
  await handle.db.deleteFrom("fedify_kv").execute();
  kv = new KyselyKvStore(handle.db);
});

async function collect(prefix?: KvKey): Promise<Array<{ key: KvKey; value: unknown }>> {
  const entries: Array<{ key: KvKey; value: unknown }> = [];
  for await (const entry of kv.list(prefix)) entries.push({ key: entry.key, value: entry.value });
  return entries;
}

/**
 * On PostgreSQL the helper's close drops the database `with (force)` as soon as `pool.end()`
 * resolves, but pg-pool resolves before its clients have disconnected, so now and then the drop
 * kills one and an unhandled "terminating connection due to administrator command" fails the run.
 * Destroying the pool first (Kysely's destroy is idempotent) and waiting a moment avoids that.
 */
async function closeDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "postgres") {
    await handle.db.destroy();
    await sleep(250);
  }
  await handle.close();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`KyselyKvStore (${backend})`, () => {
  it("get returns undefined for a missing key; set then get returns the value; delete removes it", async () => {
    expect(await kv.get(["missing"])).toBeUndefined();
    await kv.set(["a", "b"], { hello: "world" });
    expect(await kv.get(["a", "b"])).toEqual({ hello: "world" });
    await kv.delete(["a", "b"]);
    expect(await kv.get(["a", "b"])).toBeUndefined();
    await kv.delete(["a", "b"]); // deleting a missing key is fine
  });

  it("set overwrites (upsert) and replaces a previous ttl", async () => {
    await kv.set(["k"], 1, { ttl: Temporal.Duration.from({ milliseconds: 200 }) });
    await kv.set(["k"], 2);
    await sleep(350);
    expect(await kv.get(["k"])).toBe(2);
  });

  it("set of an unchanged value (no ttl) writes nothing; a changed value, a ttl, or a stored ttl is written", async () => {
    const version = async (key: string) =>
      (await sql<{ v: string }>`select xmin::text as v from fedify_kv where key = ${JSON.stringify([key])}`.execute(handle.db)).rows[0]?.v;
    await kv.set(["same"], { spec: "draft-cavage-http-signatures-12" });
    const first = await version("same");
    await kv.set(["same"], { spec: "draft-cavage-http-signatures-12" });
    expect(await version("same")).toBe(first); // no new row version: nothing was written
    await kv.set(["same"], { spec: "rfc9421" });
    expect(await kv.get(["same"])).toEqual({ spec: "rfc9421" });
    // The same value with a ttl is written (the expiry moves), and the same value without one
    // afterwards clears that ttl rather than being skipped.
    await kv.set(["same"], { spec: "rfc9421" }, { ttl: Temporal.Duration.from({ milliseconds: 200 }) });
    await kv.set(["same"], { spec: "rfc9421" });
    await sleep(350);
    expect(await kv.get(["same"])).toEqual({ spec: "rfc9421" });
    // An expired row with the same value is revived by a set without ttl.
    await kv.set(["gone"], 7, { ttl: Temporal.Duration.from({ milliseconds: 50 }) });
    await sleep(120);
    await kv.set(["gone"], 7);
    expect(await kv.get(["gone"])).toBe(7);
    // A ttl set on an unchanged value still renews it.
    await kv.set(["renew"], 1, { ttl: Temporal.Duration.from({ milliseconds: 250 }) });
    await sleep(150);
    await kv.set(["renew"], 1, { ttl: Temporal.Duration.from({ milliseconds: 250 }) });
    await sleep(150);
    expect(await kv.get(["renew"])).toBe(1);
  });

  it("caches only keys under cachedPrefixes, for cacheTtlMs, dropped on a local set/delete/cas and never inside a transaction", async () => {
    const spec: KvKey = ["_fedify", "httpMessageSignaturesSpec", "https://a.example"];
    const circuit: KvKey = ["_fedify", "circuit", "a.example"];
    const mine = new KyselyKvStore(handle.db, { cacheTtlMs: 300 });
    const other = new KyselyKvStore(handle.db, { cacheTtlMs: 0 }); // another process
    await mine.set(spec, "draft-cavage-http-signatures-12");
    await other.set(spec, "rfc9421");
    expect(await mine.get(spec)).toBe("draft-cavage-http-signatures-12"); // stale, at most cacheTtlMs
    await sleep(350);
    expect(await mine.get(spec)).toBe("rfc9421");
    await other.delete(spec);
    expect(await mine.get(spec)).toBe("rfc9421");
    await mine.delete(spec); // a local delete drops the entry at once
    expect(await mine.get(spec)).toBeUndefined();
    await other.set(spec, "x");
    expect(await mine.get(spec)).toBeUndefined(); // absence is cached too
    expect(await mine.cas(spec, "x", "y")).toBe(true);
    expect(await mine.get(spec)).toBe("y");
    // A cached unchanged set is skipped; a set with a ttl never is.
    await mine.set(spec, "y");
    await mine.set(spec, "y", { ttl: Temporal.Duration.from({ milliseconds: 100 }) });
    await sleep(150);
    expect(await other.get(spec)).toBeUndefined();
    // The circuit breaker is cached too: a read may be stale for cacheTtlMs, but its state changes
    // only by cas, which compares in the database and drops the entry, so the next read is fresh.
    await mine.set(circuit, { state: "closed" });
    await other.set(circuit, { state: "open" });
    expect(await mine.get(circuit)).toEqual({ state: "closed" });
    expect(await mine.cas(circuit, { state: "closed" }, { state: "half-open" })).toBe(false);
    expect(await mine.get(circuit)).toEqual({ state: "open" });
    // Inside a transaction the cache is neither read nor filled.
    await mine.set(spec, "before");
    await handle.db
      .transaction()
      .execute((trx) =>
        withTransaction(trx, async () => {
          await mine.set(spec, "inside");
          expect(await mine.get(spec)).toBe("inside");
          throw new Error("roll back");
        }),
      )
      .catch(() => {});
    expect(await mine.get(spec)).toBe("before");
  });

  it("prefetches many cacheable keys in one query, caching absent ones as absent and ignoring the rest", async () => {
    const a: KvKey = ["_fedify", "circuit", "p1.example"];
    const b: KvKey = ["_fedify", "circuit", "p2.example"];
    const spec: KvKey = ["_fedify", "httpMessageSignaturesSpec", "https://p1.example"];
    const plain: KvKey = ["rounds", "not-cached"];
    const mine = new KyselyKvStore(handle.db, { cacheTtlMs: 5_000 });
    const other = new KyselyKvStore(handle.db, { cacheTtlMs: 0 });
    await other.set(a, { state: "open" });
    await other.set(spec, "rfc9421");
    await other.set(plain, 1);
    await mine.prefetch([a, b, spec, plain]);
    // Changed elsewhere after the prefetch: the cached values stand (b as absent); the plain key is read.
    await other.set(a, { state: "closed" });
    await other.set(b, { state: "open" });
    await other.set(spec, "draft-cavage-http-signatures-12");
    await other.set(plain, 2);
    expect(await mine.get(a)).toEqual({ state: "open" });
    expect(await mine.get(b)).toBeUndefined();
    expect(await mine.get(spec)).toBe("rfc9421");
    expect(await mine.get(plain)).toBe(2);
  });

  it("writes sets of cacheable keys made together (batched), every one landing and the last set of a key winning", async () => {
    const mine = new KyselyKvStore(handle.db);
    const other = new KyselyKvStore(handle.db, { cacheTtlMs: 0 });
    const origins = Array.from({ length: 30 }, (_, i) => `https://s${i}.example`);
    await Promise.all([
      ...origins.map((o) => mine.set(["_fedify", "httpMessageSignaturesSpec", o], "rfc9421")),
      mine.set(["_fedify", "httpMessageSignaturesSpec", origins[0]!], "draft-cavage-http-signatures-12"),
    ]);
    expect(await other.get(["_fedify", "httpMessageSignaturesSpec", origins[0]!])).toBe("draft-cavage-http-signatures-12");
    for (const o of origins.slice(1)) expect(await other.get(["_fedify", "httpMessageSignaturesSpec", o])).toBe("rfc9421");
  });

  it("an implicit value is stored as absence: setting it deletes the key, and writes nothing when the key is known absent", async () => {
    const prefix: KvKey = ["_fedify", "httpMessageSignaturesSpec"];
    const key: KvKey = [...prefix, "https://implicit.example"];
    const mine = new KyselyKvStore(handle.db, { implicitValues: [{ prefix, value: "draft-cavage-http-signatures-12" }] });
    const other = new KyselyKvStore(handle.db, { cacheTtlMs: 0 });
    await mine.set(key, "rfc9421");
    expect(await other.get(key)).toBe("rfc9421");
    await mine.set(key, "draft-cavage-http-signatures-12");
    expect(await other.get(key)).toBeUndefined(); // the reader falls back to the implicit value
    expect(await mine.get(key)).toBeUndefined();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from fedify_kv where key = ${JSON.stringify(key)}`.execute(handle.db);
    expect(rows[0]?.n).toBe(0);
    // Another key under another prefix keeps the same value as a value.
    await mine.set(["elsewhere", "k"], "draft-cavage-http-signatures-12");
    expect(await other.get(["elsewhere", "k"])).toBe("draft-cavage-http-signatures-12");
  });

  it("stores values of every JSON type and gives them back unchanged", async () => {
    const values: unknown[] = [
      null,
      true,
      false,
      0,
      -17,
      3.25,
      Number.MAX_SAFE_INTEGER,
      "",
      "plain",
      "ünïcödé ✓ 🩺 \"quoted\" \\ back\nslash",
      [],
      [1, "two", null, [3], { four: 4 }],
      {},
      { nested: { deep: [true, { x: null }] }, "key with spaces": "v", number: 1.5e-7 },
    ];
    for (const [i, value] of values.entries()) await kv.set(["json", String(i)], value);
    for (const [i, value] of values.entries()) expect(await kv.get(["json", String(i)])).toEqual(value);
  });

  it("stores null as a value distinct from absence, and set(undefined) deletes", async () => {
    await kv.set(["n"], null);
    expect(await kv.get(["n"])).toBeNull();
    await kv.set(["n"], undefined);
    expect(await kv.get(["n"])).toBeUndefined();
    expect(await handle.db.selectFrom("fedify_kv").select("key").execute()).toEqual([]);
  });

  it("keys are whole arrays: ['a','b'] and ['a,b'] and ['ab'] are different keys", async () => {
    await kv.set(["a", "b"], 1);
    await kv.set(["a,b"], 2);
    await kv.set(["ab"], 3);
    expect(await kv.get(["a", "b"])).toBe(1);
    expect(await kv.get(["a,b"])).toBe(2);
    expect(await kv.get(["ab"])).toBe(3);
  });

  it("a value with a ttl expires: get ignores it and deletes the row lazily", async () => {
    await kv.set(["ttl"], "soon gone", { ttl: Temporal.Duration.from({ milliseconds: 300 }) });
    expect(await kv.get(["ttl"])).toBe("soon gone");
    await sleep(450);
    expect(await kv.get(["ttl"])).toBeUndefined();
    const rows = await handle.db.selectFrom("fedify_kv").select("key").where("key", "=", JSON.stringify(["ttl"])).execute();
    expect(rows).toEqual([]);
  });

  it("expired rows are invisible to list and swept (bounded) on set", async () => {
    const sweeping = new KyselyKvStore(handle.db, { sweepIntervalMs: 0, sweepLimit: 2 });
    for (let i = 0; i < 3; i++) await sweeping.set(["old", String(i)], i, { ttl: Temporal.Duration.from({ milliseconds: 100 }) });
    await sleep(250);
    expect(await collect(["old"])).toEqual([]);
    await sweeping.set(["fresh"], 1); // sweeps at most 2 expired rows
    const left = await sql<{ n: number }>`select count(*)::int as n from fedify_kv where expires_at <= now()`.execute(handle.db);
    expect(left.rows[0]?.n).toBe(1);
    await sweeping.set(["fresh"], 2);
    const after = await sql<{ n: number }>`select count(*)::int as n from fedify_kv where expires_at <= now()`.execute(handle.db);
    expect(after.rows[0]?.n).toBe(0);
  });

  it("cas succeeds when the current value equals the expected one, and fails otherwise", async () => {
    await kv.set(["c"], { v: 1, tags: ["x"] });
    expect(await kv.cas(["c"], { v: 2 }, { v: 3 })).toBe(false);
    expect(await kv.get(["c"])).toEqual({ v: 1, tags: ["x"] });
    // jsonb equality does not depend on key order
    expect(await kv.cas(["c"], { tags: ["x"], v: 1 }, { v: 2 })).toBe(true);
    expect(await kv.get(["c"])).toEqual({ v: 2 });
  });

  it("cas with expected undefined inserts only when the key is absent (or expired)", async () => {
    expect(await kv.cas(["new"], undefined, "first")).toBe(true);
    expect(await kv.cas(["new"], undefined, "second")).toBe(false);
    expect(await kv.get(["new"])).toBe("first");
    await kv.set(["exp"], "old", { ttl: Temporal.Duration.from({ milliseconds: 100 }) });
    await sleep(250);
    expect(await kv.cas(["exp"], undefined, "new")).toBe(true);
    expect(await kv.get(["exp"])).toBe("new");
    expect(await kv.cas(["exp"], "old", "newer")).toBe(false);
  });

  it("cas to undefined deletes on a match; cas(undefined, undefined) succeeds only on absence", async () => {
    await kv.set(["d"], 5);
    expect(await kv.cas(["d"], 4, undefined)).toBe(false);
    expect(await kv.cas(["d"], 5, undefined)).toBe(true);
    expect(await kv.get(["d"])).toBeUndefined();
    expect(await kv.cas(["d"], undefined, undefined)).toBe(true);
    await kv.set(["d"], 6);
    expect(await kv.cas(["d"], undefined, undefined)).toBe(false);
  });

  it("cas applies a ttl to the new value", async () => {
    await kv.set(["t"], 1);
    expect(await kv.cas(["t"], 1, 2, { ttl: Temporal.Duration.from({ milliseconds: 150 }) })).toBe(true);
    expect(await kv.get(["t"])).toBe(2);
    await sleep(300);
    expect(await kv.get(["t"])).toBeUndefined();
  });

  it("concurrent cas increments never lose an update", async () => {
    await kv.set(["counter"], 0);
    const increment = async () => {
      for (;;) {
        const current = (await kv.get<number>(["counter"])) ?? 0;
        if (await kv.cas(["counter"], current, current + 1)) return;
      }
    };
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(await kv.get(["counter"])).toBe(20);
  });

  it("list without a prefix returns every live entry", async () => {
    await kv.set(["x"], 1);
    await kv.set(["y", "z"], 2);
    expect(await collect()).toEqual(
      expect.arrayContaining([
        { key: ["x"], value: 1 },
        { key: ["y", "z"], value: 2 },
      ]),
    );
    expect(await collect()).toHaveLength(2);
  });

  it("list matches whole key elements: prefix ['a','bc'] does not match ['a','b'], and ['a','b'] does not match ['a','bc']", async () => {
    await kv.set(["a"], 0);
    await kv.set(["a", "b"], 1);
    await kv.set(["a", "b", "c"], 2);
    await kv.set(["a", "bc"], 3);
    await kv.set(["a", "bc", "d"], 4);
    await kv.set(["ab"], 5);
    await kv.set(["a,b"], 6);
    await kv.set(["a%", "_"], 7);
    // Order follows the database's text collation: compare as sorted lists.
    const keys = async (prefix?: KvKey) =>
      (await collect(prefix)).map((e) => e.key).sort((x, y) => (x.join("\u0001") < y.join("\u0001") ? -1 : 1));
    expect(await keys(["a", "b"])).toEqual([
      ["a", "b"],
      ["a", "b", "c"],
    ]);
    expect(await keys(["a", "bc"])).toEqual([
      ["a", "bc"],
      ["a", "bc", "d"],
    ]);
    expect(await keys(["a"])).toEqual([["a"], ["a", "b"], ["a", "b", "c"], ["a", "bc"], ["a", "bc", "d"]]);
    expect(await keys(["a", "b", "c", "d"])).toEqual([]);
    expect(await keys(["a%"])).toEqual([["a%", "_"]]);
    expect(await keys(["a,b"])).toEqual([["a,b"]]);
  });

  it("list pages through more entries than one page", async () => {
    const small = new KyselyKvStore(handle.db, { listPageSize: 3 });
    for (let i = 0; i < 10; i++) await small.set(["page", String(i).padStart(2, "0")], i);
    await small.set(["pagex"], "not in prefix");
    const seen: number[] = [];
    for await (const entry of small.list(["page"])) seen.push(entry.value as number);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("inside withTransaction it writes through the transaction: rolled back with it", async () => {
    await handle.db
      .transaction()
      .execute((trx) =>
        withTransaction(trx, async () => {
          await kv.set(["tx"], "inside");
          expect(await kv.get(["tx"])).toBe("inside");
          throw new Error("roll back");
        }),
      )
      .catch(() => {});
    expect(await kv.get(["tx"])).toBeUndefined();
  });
});
