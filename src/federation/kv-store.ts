import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions } from "@fedify/fedify";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { currentExecutor, inTransaction } from "./message-queue.ts";

export interface KyselyKvStoreOptions {
  /** At most one sweep of expired rows per this many milliseconds, done on `set`. Default 60 s. */
  sweepIntervalMs?: number;
  /** Expired rows deleted per sweep. Default 500. */
  sweepLimit?: number;
  /** Rows fetched per page by `list`. Default 500. */
  listPageSize?: number;
  /**
   * Key prefixes whose values this process may cache for `cacheTtlMs`, because a value up to that
   * old from another process is harmless. Default: fedify's signature-spec memo
   * (`["_fedify", "httpMessageSignaturesSpec"]`, read and re-set on every delivery; a stale entry
   * only picks which signature standard is tried first) and its circuit breaker
   * (`["_fedify", "circuit"]`, read twice per delivery). The breaker changes state only by `cas`,
   * which compares in the database and drops the cached entry, so a stale read costs one retry;
   * what it can do is let deliveries go to a server up to `cacheTtlMs` after another worker opened
   * its circuit (or keep a success from clearing another worker's failure count): harmless.
   * Writes through this store update or drop the entry; `prefetch` fills it for many keys at once.
   */
  cachedPrefixes?: readonly KvKey[];
  /** How long a cached value is trusted. Default 2 s; 0 turns the cache off. */
  cacheTtlMs?: number;
  /**
   * Values that are stored as absence under a prefix, because whoever reads that prefix treats an
   * absent key as that value: a set of it deletes the key (or, when the key is known to be absent,
   * writes nothing). fedify's signature-spec memo falls back to `firstKnock`, so remembering
   * `firstKnock` after every first delivery to a server is a write that changes nothing.
   */
  implicitValues?: ReadonlyArray<{ prefix: KvKey; value: unknown }>;
}

interface CacheEntry {
  /** The JSON of the value; undefined when the key was absent. */
  json: string | undefined;
  until: number;
}

const CACHE_LIMIT = 10_000;

/** The canonical encoding of a key: JSON of its array of strings. */
function encodeKey(key: KvKey): string {
  return JSON.stringify(key);
}

function encodeValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("A KvStore value must be JSON-serialisable.");
  return json;
}

function ttlMs(options: KvStoreSetOptions | undefined): number | null {
  if (options?.ttl === undefined) return null;
  const ms = options.ttl.total("millisecond");
  if (!Number.isFinite(ms)) throw new RangeError("A KvStore ttl must be finite.");
  return Math.max(ms, 0);
}

function expiresAt(ms: number | null) {
  return ms === null ? sql<Date | null>`null` : sql<Date | null>`now() + ${ms} * interval '1 millisecond'`;
}

function startsWith(key: readonly string[], prefix: readonly string[]): boolean {
  return key.length >= prefix.length && prefix.every((part, i) => key[i] === part);
}

/**
 * A fedify `KvStore` on the `fedify_kv` table (PGlite or PostgreSQL). Values are stored as jsonb,
 * so they must be JSON-serialisable (and, jsonb's own limit, contain no "\u0000" in strings);
 * setting `undefined` deletes the key. Expired rows are invisible, deleted when read and swept in
 * bounded batches on `set`. Inside `withTransaction(trx, …)` every call goes through `trx`.
 */
export class KyselyKvStore implements KvStore {
  readonly #db: Kysely<Database>;
  readonly #sweepIntervalMs: number;
  readonly #sweepLimit: number;
  readonly #listPageSize: number;
  readonly #cachedPrefixes: readonly KvKey[];
  readonly #cacheTtlMs: number;
  readonly #implicitValues: ReadonlyArray<{ prefix: KvKey; json: string }>;
  /** Encoded key → entry, for keys under `cachedPrefixes`; only filled and used outside a transaction. */
  readonly #cache = new Map<string, CacheEntry>();
  #lastSweep = 0;
  #pendingSets: Array<{ key: string; json: string; done: () => void }> = [];
  #flushingSets: Promise<void> | undefined;
  /** Bumped whenever a write drops a cache entry: a prefetch that raced a write caches nothing. */
  #epoch = 0;

  constructor(db: Kysely<Database>, options: KyselyKvStoreOptions = {}) {
    this.#db = db;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
    this.#sweepLimit = options.sweepLimit ?? 500;
    this.#listPageSize = options.listPageSize ?? 500;
    this.#cachedPrefixes = options.cachedPrefixes ?? [
      ["_fedify", "httpMessageSignaturesSpec"],
      ["_fedify", "circuit"],
    ];
    this.#cacheTtlMs = options.cacheTtlMs ?? 2_000;
    this.#implicitValues = (options.implicitValues ?? []).map(({ prefix, value }) => ({ prefix, json: encodeValue(value) }));
  }

  get #executor(): Kysely<Database> {
    return currentExecutor(this.#db);
  }

  #cacheable(key: KvKey): boolean {
    return this.#cacheTtlMs > 0 && this.#cachedPrefixes.some((prefix) => startsWith(key, prefix));
  }

  /** A live cache entry for `encoded`, usable only outside a transaction (a transaction reads its own writes). */
  #cached(encoded: string): CacheEntry | undefined {
    if (inTransaction()) return undefined;
    const entry = this.#cache.get(encoded);
    if (entry === undefined) return undefined;
    if (entry.until > Date.now()) return entry;
    this.#cache.delete(encoded);
    return undefined;
  }

  #remember(encoded: string, json: string | undefined): void {
    if (inTransaction()) return; // not committed yet: it may still roll back
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(encoded, { json, until: Date.now() + this.#cacheTtlMs });
  }

  #forget(encoded: string): void {
    this.#epoch++;
    this.#cache.delete(encoded);
  }

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const encoded = encodeKey(key);
    const cacheable = this.#cacheable(key);
    if (cacheable) {
      const entry = this.#cached(encoded);
      if (entry !== undefined) return (entry.json === undefined ? undefined : (JSON.parse(entry.json) as T));
    }
    const epoch = this.#epoch;
    const row = await this.#executor
      .selectFrom("fedify_kv")
      .select(["value", sql<boolean>`expires_at is not null and expires_at <= now()`.as("expired")])
      .where("key", "=", encoded)
      .executeTakeFirst();
    if (row === undefined || row.expired) {
      if (row !== undefined) {
        await this.#executor.deleteFrom("fedify_kv").where("key", "=", encoded).where("expires_at", "<=", sql<Date>`now()`).execute();
      }
      if (cacheable && epoch === this.#epoch) this.#remember(encoded, undefined);
      return undefined;
    }
    if (cacheable && epoch === this.#epoch) this.#remember(encoded, JSON.stringify(row.value));
    return row.value as T;
  }

  /**
   * Reads the cacheable keys among `keys` that have no live cache entry, in one query, and caches
   * them (absent ones as absent). Outside a transaction only; other keys are ignored. The queue
   * calls this with the circuit-breaker keys of a claimed batch of deliveries, so fedify's two
   * breaker reads per delivery become one query per batch.
   */
  async prefetch(keys: readonly KvKey[]): Promise<void> {
    if (inTransaction()) return;
    const wanted = [...new Set(keys.filter((key) => this.#cacheable(key)).map(encodeKey))].filter((k) => this.#cached(k) === undefined);
    if (wanted.length === 0) return;
    const epoch = this.#epoch;
    const rows = await this.#db
      .selectFrom("fedify_kv")
      .select(["key", "value"])
      .where("key", "in", wanted)
      .where(sql<boolean>`(expires_at is null or expires_at > now())`)
      .execute();
    const found = new Map(rows.map((row) => [row.key, JSON.stringify(row.value)]));
    if (epoch !== this.#epoch) return;
    for (const encoded of wanted) this.#remember(encoded, found.get(encoded));
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    if (value === undefined) return this.delete(key);
    const encoded = encodeKey(key);
    const json = encodeValue(value);
    const ttl = ttlMs(options);
    const cacheable = this.#cacheable(key);
    if (ttl === null && this.#implicitValues.some((implicit) => implicit.json === json && startsWith(key, implicit.prefix))) {
      // Stored as absence: nothing to write when the key is known to be absent.
      if (cacheable && this.#cached(encoded) !== undefined && this.#cached(encoded)?.json === undefined) return;
      return this.delete(key);
    }
    // This process stored or read this very value (no ttl) a moment ago: nothing to write.
    if (cacheable && ttl === null && this.#cached(encoded)?.json === json) return;
    if (cacheable && ttl === null && !inTransaction()) {
      // A hint-like value (the signature-spec memo, written after every first delivery to a server):
      // cached at once, written together with the others that come in meanwhile, in one statement.
      this.#forget(encoded);
      this.#remember(encoded, json);
      await this.#coalescedSet(encoded, json);
      await this.#maybeSweep();
      return;
    }
    // Whatever happens next, the cached entry is no longer known to be right.
    this.#forget(encoded);
    // A set that changes nothing (same value, no ttl, none stored) writes nothing: fedify re-sets
    // the same signature spec after every delivery. The check and the upsert are one statement with
    // one snapshot; when the row is unchanged the insert has no row to insert, so PostgreSQL neither
    // locks nor writes it (an `on conflict … do update … where` would still lock the row, i.e. write).
    // A ttl is always written: it moves the expiry. Racing a concurrent set of another value is as if
    // ours had come first.
    await sql`
      insert into fedify_kv as kv (key, value, expires_at)
      select ${encoded}::text, ${json}::jsonb, (${expiresAt(ttl)})::timestamptz
       where not exists (
         select 1 from fedify_kv cur
          where cur.key = ${encoded}
            and cur.value = ${json}::jsonb
            and cur.expires_at is null
            and ${ttl === null ? sql`true` : sql`false`})
      on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at`.execute(this.#executor);
    if (cacheable && ttl === null) this.#remember(encoded, json);
    await this.#maybeSweep();
  }

  /** Resolves once `encoded` = `json` (or a later set of the same key) is committed, or the write failed. */
  #coalescedSet(encoded: string, json: string): Promise<void> {
    return new Promise<void>((done) => {
      this.#pendingSets.push({ key: encoded, json, done });
      if (this.#flushingSets === undefined) this.#flushingSets = this.#drainSets();
    });
  }

  async #drainSets(): Promise<void> {
    try {
      while (this.#pendingSets.length > 0) {
        const batch = this.#pendingSets;
        this.#pendingSets = [];
        // One row per key (an upsert may not touch a row twice): the last set wins.
        const rows = [...new Map(batch.map((p) => [p.key, p.json])).entries()];
        const values = sql.join(rows.map(([key, json]) => sql`(${key}::text, ${json}::jsonb)`));
        try {
          // Rows whose stored value is already this one are not written (nor locked).
          await sql`
            insert into fedify_kv as kv (key, value, expires_at)
            select t.key, t.value, null::timestamptz from (values ${values}) as t(key, value)
             where not exists (select 1 from fedify_kv cur where cur.key = t.key and cur.value = t.value and cur.expires_at is null)
            on conflict (key) do update set value = excluded.value, expires_at = null`.execute(this.#db);
        } catch {
          // The cached values are hints (see cachedPrefixes); losing a write costs a first knock.
          for (const [key] of rows) this.#forget(key);
        }
        for (const p of batch) p.done();
      }
    } finally {
      this.#flushingSets = undefined;
    }
  }

  async delete(key: KvKey): Promise<void> {
    const encoded = encodeKey(key);
    this.#forget(encoded);
    await this.#executor.deleteFrom("fedify_kv").where("key", "=", encoded).execute();
    if (this.#cacheable(key)) this.#remember(encoded, undefined);
  }

  /** Atomic in one statement: `expectedValue` undefined means "absent (or expired)". */
  async cas(key: KvKey, expectedValue: unknown, newValue: unknown, options?: KvStoreSetOptions): Promise<boolean> {
    const encoded = encodeKey(key);
    this.#forget(encoded);
    const live = sql<boolean>`(expires_at is null or expires_at > now())`;
    if (expectedValue === undefined) {
      if (newValue === undefined) {
        const row = await this.#executor.selectFrom("fedify_kv").select("key").where("key", "=", encoded).where(live).executeTakeFirst();
        return row === undefined;
      }
      // Insert, or take over an expired row; a live row makes the upsert a no-op.
      const { rows } = await sql<{ key: string }>`
        insert into fedify_kv as kv (key, value, expires_at)
        values (${encoded}, ${encodeValue(newValue)}::jsonb, ${expiresAt(ttlMs(options))})
        on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at
          where kv.expires_at is not null and kv.expires_at <= now()
        returning key`.execute(this.#executor);
      return rows.length > 0;
    }
    const expected = sql`${encodeValue(expectedValue)}::jsonb`;
    if (newValue === undefined) {
      const rows = await this.#executor
        .deleteFrom("fedify_kv")
        .where("key", "=", encoded)
        .where(live)
        .where(sql<boolean>`value = ${expected}`)
        .returning("key")
        .execute();
      return rows.length > 0;
    }
    const rows = await this.#executor
      .updateTable("fedify_kv")
      .set({ value: sql`${encodeValue(newValue)}::jsonb`, expires_at: expiresAt(ttlMs(options)) })
      .where("key", "=", encoded)
      .where(live)
      .where(sql<boolean>`value = ${expected}`)
      .returning("key")
      .execute();
    return rows.length > 0;
  }

  /**
   * Entries whose key array starts with `prefix` (the key equal to `prefix` included), in key
   * order, fetched a page at a time. `["a","b"]` matches `["a"]` and `["a","b"]`, never `["a","bc"]`:
   * the SQL match is on the encoded prefix followed by `,` (the next element) or the whole key.
   */
  async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
    const exact = prefix === undefined ? undefined : encodeKey(prefix);
    const head = exact === undefined ? undefined : `${exact.slice(0, -1)},`;
    let after: string | undefined;
    for (;;) {
      let query = this.#executor
        .selectFrom("fedify_kv")
        .select(["key", "value"])
        .where(sql<boolean>`(expires_at is null or expires_at > now())`)
        .orderBy("key")
        .limit(this.#listPageSize);
      if (exact !== undefined && head !== undefined) {
        query = query.where((eb) => eb.or([eb("key", "=", exact), eb(sql<boolean>`starts_with(key, ${head})`, "=", true)]));
      }
      if (after !== undefined) query = query.where("key", ">", after);
      const rows = await query.execute();
      for (const row of rows) {
        const key = JSON.parse(row.key) as KvKey;
        if (prefix !== undefined && !startsWith(key, prefix)) continue;
        yield { key, value: row.value };
      }
      const last = rows.at(-1);
      if (last === undefined || rows.length < this.#listPageSize) return;
      after = last.key;
    }
  }

  async #maybeSweep(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastSweep < this.#sweepIntervalMs) return;
    this.#lastSweep = now;
    await sql`
      delete from fedify_kv where key in (
        select key from fedify_kv where expires_at is not null and expires_at <= now() limit ${this.#sweepLimit})`.execute(this.#executor);
  }
}
