import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions } from "@fedify/fedify";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { currentExecutor } from "./message-queue.ts";

export interface KyselyKvStoreOptions {
  /** At most one sweep of expired rows per this many milliseconds, done on `set`. Default 60 s. */
  sweepIntervalMs?: number;
  /** Expired rows deleted per sweep. Default 500. */
  sweepLimit?: number;
  /** Rows fetched per page by `list`. Default 500. */
  listPageSize?: number;
}

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
  #lastSweep = 0;

  constructor(db: Kysely<Database>, options: KyselyKvStoreOptions = {}) {
    this.#db = db;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
    this.#sweepLimit = options.sweepLimit ?? 500;
    this.#listPageSize = options.listPageSize ?? 500;
  }

  get #executor(): Kysely<Database> {
    return currentExecutor(this.#db);
  }

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const encoded = encodeKey(key);
    const row = await this.#executor
      .selectFrom("fedify_kv")
      .select(["value", sql<boolean>`expires_at is not null and expires_at <= now()`.as("expired")])
      .where("key", "=", encoded)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    if (row.expired) {
      await this.#executor.deleteFrom("fedify_kv").where("key", "=", encoded).where("expires_at", "<=", sql<Date>`now()`).execute();
      return undefined;
    }
    return row.value as T;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    if (value === undefined) return this.delete(key);
    const ttl = ttlMs(options);
    await this.#executor
      .insertInto("fedify_kv")
      .values({ key: encodeKey(key), value: sql`${encodeValue(value)}::jsonb`, expires_at: expiresAt(ttl) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: sql`excluded.value`, expires_at: sql`excluded.expires_at` }))
      .execute();
    await this.#maybeSweep();
  }

  async delete(key: KvKey): Promise<void> {
    await this.#executor.deleteFrom("fedify_kv").where("key", "=", encodeKey(key)).execute();
  }

  /** Atomic in one statement: `expectedValue` undefined means "absent (or expired)". */
  async cas(key: KvKey, expectedValue: unknown, newValue: unknown, options?: KvStoreSetOptions): Promise<boolean> {
    const encoded = encodeKey(key);
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
