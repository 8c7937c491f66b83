import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type {
  MessageQueue,
  MessageQueueDepth,
  MessageQueueEnqueueOptions,
  MessageQueueListenOptions,
} from "@fedify/fedify";
import { type Kysely, type OperationNodeSource, type RawBuilder, sql } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";

// ---------------------------------------------------------------------------------------------
// Transactional outbox: while `fn` runs inside `withTransaction(trx, fn)`, the queue (and the
// KvStore) write through `trx`, so a post and its outgoing activity commit or roll back together.
// ---------------------------------------------------------------------------------------------

const transactionStorage = new AsyncLocalStorage<Kysely<Database>>();

/**
 * Runs `fn` so that every `KyselyMessageQueue.enqueue`/`enqueueMany` (and every `KyselyKvStore`
 * call) made while it runs goes through `trx` instead of the root database:
 *
 * ```ts
 * await db.transaction().execute((trx) =>
 *   withTransaction(trx, async () => {
 *     await trx.insertInto("posts")...;
 *     await ctx.sendActivity(...); // fedify enqueues through trx
 *   }),
 * );
 * ```
 *
 * If the transaction rolls back, the messages were never there. On PGlite (one connection) a
 * query on the root database inside an open transaction waits for that transaction to end, so
 * anything that reaches the database while `fn` runs must go through `trx`.
 * Listeners only see the messages after the commit; local listeners are woken soon after it.
 */
export function withTransaction<T>(trx: Kysely<Database>, fn: () => T): T {
  return transactionStorage.run(trx, fn);
}

/** Whether the caller runs inside `withTransaction`. */
export function inTransaction(): boolean {
  return transactionStorage.getStore() !== undefined;
}

/** The transaction bound by `withTransaction`, if any, else `db`. */
export function currentExecutor(db: Kysely<Database>): Kysely<Database> {
  return transactionStorage.getStore() ?? db;
}

// ---------------------------------------------------------------------------------------------

export interface KyselyMessageQueueOptions {
  /** How often an idle listener looks for due messages. A local enqueue wakes it sooner. Default 500 ms. */
  pollIntervalMs?: number;
  /**
   * How long a claimed message stays locked to its worker. While the handler runs, the worker
   * renews the lease (see `heartbeatMs`); if the worker dies, another one takes the message once
   * the lease has run out. Default 60 s.
   */
  leaseMs?: number;
  /** How often a running job renews its lease. Default a third of `leaseMs`; 0 turns renewal off. */
  heartbeatMs?: number;
  /** First retry delay after a handler throws; doubles each attempt. Default 1 s. */
  retryBaseMs?: number;
  /** Longest retry delay. Default 1 h. */
  retryMaxMs?: number;
  /** Attempts (including the first) before a message whose handler keeps throwing is dropped. Default 16. */
  maxAttempts?: number;
  /** Told about a message dropped after `maxAttempts`. Default: a line on stderr. */
  onAbandoned?: (message: unknown, error: unknown, attempts: number) => void;
  /** Told about a database error in the poll loop (the loop keeps going). Default: a line on stderr. */
  onError?: (error: unknown) => void;
  /** Names this process in `locked_by`. Default `hostname:pid`. */
  workerName?: string;
  /**
   * How many messages one `listen` runs at a time (messages sharing an ordering key, or a lane,
   * still run one at a time). Due messages are claimed in batches (once a quarter of the slots are
   * free) in one statement, and the deletes of jobs that finish together share one statement.
   * Default 1.
   */
  concurrency?: number;
  /**
   * The lane of a message, or null. At most one message of a lane runs at a time, across every
   * listener and worker process (claims exclude lanes with a running message; two processes
   * claiming in the same instant may rarely overlap for one message). The app gives deliveries
   * their receiving host as lane: one request in flight per remote server, which is polite to small
   * servers and means a worker killed mid-fan-out can only repeat, per server, the one delivery
   * whose answer arrived in the moment before the kill (the log row is written right after it).
   */
  laneOf?: (message: unknown) => string | null;
  /**
   * Called with a claimed batch's messages before their handlers start (for example to read, in
   * one query, what each handler would otherwise read alone). A failure is reported to `onError`
   * and the handlers run anyway.
   */
  onClaimed?: (messages: readonly unknown[]) => Promise<void>;
}

/** fedify's handler type, `(message: any) => Promise<void> | void`. */
type Handler = Parameters<MessageQueue["listen"]>[0];

interface ClaimedRow {
  id: string;
  message: unknown;
  attempts: number;
  seq: string | number;
  annotation: unknown;
}

/** What the claim said about the message whose handler is running (see `annotateClaims`). */
const claimStorage = new AsyncLocalStorage<JobContext>();

interface JobContext {
  annotation: unknown;
  /** What the handler left for the settlement (see `noteForSettlement`). */
  note?: unknown;
}

/**
 * What runs in the same statement as the deletes of a batch of finished jobs, given the notes their
 * handlers left with `noteForSettlement`: a data-modifying statement (an insert, say) that commits
 * together with the deletes, and what to do instead when that combined statement fails (the deletes
 * then run alone, after it).
 */
export interface Settlement {
  statement(notes: readonly unknown[]): OperationNodeSource;
  fallback(notes: readonly unknown[]): Promise<void>;
}

/**
 * Inside a handler run by `KyselyMessageQueue.listen` on a queue with a `Settlement`: hands `note`
 * to it, to be written in the same statement (one commit) as this job's delete once the handler
 * has returned. Returns false (and does nothing) outside such a handler.
 */
export function noteForSettlement(note: unknown): boolean {
  const job = claimStorage.getStore();
  if (job === undefined) return false;
  job.note = note;
  return true;
}

/**
 * Inside a handler run by `KyselyMessageQueue.listen`: the value of the queue's claim annotation
 * for this message (read in the claim statement); undefined outside a handler or without one.
 */
export function claimAnnotation(): unknown {
  return claimStorage.getStore()?.annotation;
}

/** Resolves when `signal` aborts (never without one). */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return;
    if (signal.aborted) return resolve();
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

/**
 * Deletes finished messages, those that finish while a delete is in flight going together in the
 * next statement (one commit for many jobs). `delete` resolves once the row's delete is committed
 * (or failed: then the row stays locked until its lease ends and runs again — at least once).
 */
class DeleteBatcher {
  readonly #db: Kysely<Database>;
  readonly #onError: (error: unknown) => void;
  readonly #settlement: Settlement | undefined;
  #pending: Array<{ id: string; note: unknown; done: () => void }> = [];
  #flushing: Promise<void> | undefined;

  readonly #lingerMs: number;

  /** `lingerMs`: how long the first finished job of a batch waits for others before the statement runs. */
  constructor(db: Kysely<Database>, onError: (error: unknown) => void, settlement: Settlement | undefined, lingerMs: number) {
    this.#db = db;
    this.#onError = onError;
    this.#settlement = settlement;
    this.#lingerMs = lingerMs;
  }

  delete(id: string, note?: unknown): Promise<void> {
    return new Promise<void>((done) => {
      this.#pending.push({ id, note, done });
      if (this.#flushing === undefined) this.#flushing = this.#drain();
    });
  }

  async flush(): Promise<void> {
    while (this.#flushing !== undefined) await this.#flushing;
  }

  async #drain(): Promise<void> {
    try {
      if (this.#lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#lingerMs));
      while (this.#pending.length > 0) {
        const batch = this.#pending;
        this.#pending = [];
        await this.#settle(batch.map((p) => p.id), batch.flatMap((p) => (p.note === undefined ? [] : [p.note])));
        for (const p of batch) p.done();
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #settle(ids: string[], notes: unknown[]): Promise<void> {
    if (this.#settlement !== undefined && notes.length > 0) {
      try {
        // A data-modifying WITH runs to completion whether or not the delete reads it: one commit.
        await sql`with settled as (${this.#settlement.statement(notes)})
                  delete from fedify_messages where id in (${sql.join(ids)})`.execute(this.#db);
        return;
      } catch (error) {
        await this.#settlement.fallback(notes).catch((fallbackError: unknown) => this.#onError(fallbackError));
        this.#onError(error);
      }
    }
    try {
      await this.#db.deleteFrom("fedify_messages").where("id", "in", ids).execute();
    } catch (error) {
      this.#onError(error);
    }
  }
}

/** Local listeners of one database, woken early by a local enqueue. */
const wakers = new WeakMap<Kysely<Database>, Set<() => void>>();

/** Transactions that enqueued and whose commit is being watched (see `#wakeOnCommit`). */
const probing = new WeakSet<Kysely<Database>>();

function wakeListeners(db: Kysely<Database>): void {
  for (const wake of wakers.get(db) ?? []) wake();
}

function durationMs(duration: MessageQueueEnqueueOptions["delay"]): number {
  if (duration === undefined) return 0;
  const ms = duration.total("millisecond");
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError("A message queue delay must not be negative.");
  return ms;
}

function encodeMessage(message: unknown): string {
  const json = JSON.stringify(message);
  if (json === undefined) throw new TypeError("A queued message must be JSON-serialisable.");
  return json;
}

/**
 * A durable fedify `MessageQueue` on a Kysely table (`fedify_messages`), for PGlite and PostgreSQL.
 *
 * - Workers claim due messages in batches with `for update skip locked`, under a lease
 *   (`locked_until`) that a running job renews; a crashed worker's message runs again after its
 *   lease ends. Delivery is at least once. One `listen` runs up to `concurrency` handlers at once.
 * - A message with a lane (`laneOf`) is not claimed while a message of its lane is running
 *   anywhere: one at a time per lane, oldest first.
 * - A finished message is deleted in a batch with others, in the same statement as what its
 *   handler left for the `Settlement` (the delivery log), after its slot has been given back.
 * - `nativeRetrial` is false: fedify's own retry policy (backoff, Retry-After, give-up,
 *   permanent-failure handlers, circuit breaker) re-enqueues failed deliveries as new messages.
 *   A handler that still throws (an unexpected error) is retried here with capped exponential
 *   backoff and jitter, up to `maxAttempts`.
 * - Messages sharing an ordering key run one at a time in enqueue order: a message is not claimed
 *   while an earlier message with its key is still in the table (waiting, delayed, retrying or
 *   running).
 */
export class KyselyMessageQueue implements MessageQueue {
  readonly nativeRetrial = false;

  readonly #db: Kysely<Database>;
  readonly #pollIntervalMs: number;
  readonly #leaseMs: number;
  readonly #heartbeatMs: number;
  readonly #retryBaseMs: number;
  readonly #retryMaxMs: number;
  readonly #maxAttempts: number;
  readonly #onAbandoned: (message: unknown, error: unknown, attempts: number) => void;
  readonly #onError: (error: unknown) => void;
  readonly #workerName: string;
  readonly #concurrency: number;
  readonly #laneOf: (message: unknown) => string | null;
  readonly #onClaimed: ((messages: readonly unknown[]) => Promise<void>) | undefined;
  #annotation: RawBuilder<unknown> = sql`null`;
  #settlement: Settlement | undefined;

  constructor(db: Kysely<Database>, options: KyselyMessageQueueOptions = {}) {
    this.#db = db;
    this.#pollIntervalMs = options.pollIntervalMs ?? 500;
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#heartbeatMs = options.heartbeatMs ?? Math.floor(this.#leaseMs / 3);
    this.#retryBaseMs = options.retryBaseMs ?? 1_000;
    this.#retryMaxMs = options.retryMaxMs ?? 3_600_000;
    this.#maxAttempts = options.maxAttempts ?? 16;
    this.#onAbandoned =
      options.onAbandoned ??
      ((_message, error, attempts) => console.error(`fedify queue: message dropped after ${attempts} attempts:`, error));
    this.#onError = options.onError ?? ((error) => console.error("fedify queue: poll failed:", error));
    this.#workerName = options.workerName ?? `${hostname()}:${process.pid}`;
    this.#concurrency = options.concurrency ?? 1;
    this.#laneOf = options.laneOf ?? (() => null);
    this.#onClaimed = options.onClaimed;
    if (!Number.isInteger(this.#concurrency) || this.#concurrency < 1) throw new RangeError("A message queue's concurrency must be a whole number ≥ 1.");
  }

  /**
   * An SQL expression over the claimed row (`fedify_messages.message` etc.) evaluated in the claim
   * statement itself; handlers read its value with `claimAnnotation()`. Saves a query per message
   * for a wrapper that needs to know something about each message before running it.
   */
  annotateClaims(expression: RawBuilder<unknown>): void {
    this.#annotation = expression;
  }

  /** Sets what is written together with the deletes of finished jobs (see `Settlement`). */
  settleWith(settlement: Settlement): void {
    this.#settlement = settlement;
  }

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    await this.enqueueMany([message], options);
  }

  async enqueueMany(messages: readonly unknown[], options?: MessageQueueEnqueueOptions): Promise<void> {
    if (messages.length === 0) return;
    const delayMs = durationMs(options?.delay);
    const orderingKey = options?.orderingKey ?? null;
    const rows = messages.map((message) => ({
      id: newId(),
      message: encodeMessage(message),
      ordering_key: orderingKey,
      lane: this.#laneOf(message),
      run_at: sql<Date>`now() + ${delayMs} * interval '1 millisecond'`,
    }));
    // One statement: the rows get increasing `seq` in array order.
    await currentExecutor(this.#db).insertInto("fedify_messages").values(rows).execute();
    const trx = transactionStorage.getStore();
    if (trx === undefined) wakeListeners(this.#db);
    else this.#wakeOnCommit(trx, rows[0]!.id);
  }

  /**
   * Wakes this database's local listeners once the transaction `trx` that enqueued `id` commits,
   * so the first delivery does not wait for a poll. Kysely has no commit hook, so a probe outside
   * the transaction looks for the row with a short backoff (on PGlite the probe simply waits for
   * the transaction to end); it gives up after one poll interval or 2 s (rolled back, or a poll took
   * it). Nothing runs when no listener lives in this process, and one probe per transaction.
   */
  #wakeOnCommit(trx: Kysely<Database>, id: string): void {
    if ((wakers.get(this.#db)?.size ?? 0) === 0 || probing.has(trx)) return;
    probing.add(trx);
    const probe = async () => {
      const giveUpAt = Date.now() + Math.min(this.#pollIntervalMs, 2_000);
      for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if ((wakers.get(this.#db)?.size ?? 0) === 0) return;
        const row = await this.#db.selectFrom("fedify_messages").select("id").where("id", "=", id).executeTakeFirst();
        if (row !== undefined) return wakeListeners(this.#db);
        if (Date.now() >= giveUpAt) return;
      }
    };
    // Outside the transaction's context: the probe must not run through (or wait on) `trx`.
    transactionStorage.exit(() => void probe().catch((error: unknown) => this.#onError(error)));
  }

  async getDepth(): Promise<MessageQueueDepth> {
    const { rows } = await sql<{ ready: number; delayed: number }>`
      select count(*) filter (where run_at <= now())::int as ready,
             count(*) filter (where run_at > now())::int as delayed
        from fedify_messages
       where locked_until is null or locked_until < now()`.execute(this.#db);
    const ready = rows[0]?.ready ?? 0;
    const delayed = rows[0]?.delayed ?? 0;
    return { queued: ready + delayed, ready, delayed };
  }

  async listen(handler: Handler, options: MessageQueueListenOptions = {}): Promise<void> {
    const { signal } = options;
    const worker = `${this.#workerName}:${randomUUID()}`;
    // A job holds a slot while its handler runs; its settlement (the delete, in a batch) runs after
    // the slot is free again. `jobs` holds every job until it is settled (a graceful stop waits for it).
    const running = new Set<Promise<void>>();
    const jobs = new Set<Promise<void>>();
    const stopped = aborted(signal);
    // With several jobs at once, the first to finish waits a moment for others (its slot is already
    // free, only its lane waits): one statement per batch instead of one per job or two.
    const deletes = new DeleteBatcher(this.#db, this.#onError, this.#settlement, this.#concurrency > 1 ? 5 : 0);
    // A wake-up that comes while the listener is busy (or mid-poll) is remembered, not lost.
    let woken: boolean;
    const remember = () => {
      woken = true;
    };
    let wake: () => void = remember;
    const waker = () => wake();
    let listeners = wakers.get(this.#db);
    if (listeners === undefined) wakers.set(this.#db, (listeners = new Set()));
    listeners.add(waker);
    try {
      while (!signal?.aborted) {
        const free = this.#concurrency - running.size;
        // Claim in batches: wait until a quarter of the slots are free (or none is busy), so one
        // claim statement serves several jobs instead of one per finished job.
        if (free <= 0 || (running.size > 0 && free < this.#claimBatch)) {
          // Wait for a slot to finish (or for the abort, which the loop checks).
          await Promise.race([...running, stopped]);
          continue;
        }
        if (jobs.size >= this.#concurrency * 4) {
          // Settlements lag behind (a slow database): let them catch up before claiming more.
          await Promise.race([...jobs, stopped]);
          continue;
        }
        woken = false;
        let claimed: ClaimedRow[] = [];
        try {
          claimed = await this.#claim(worker, free);
        } catch (error) {
          if (signal?.aborted) break;
          this.#onError(error);
        }
        if (claimed.length > 0 && this.#onClaimed !== undefined) {
          await this.#onClaimed(claimed.map((row) => row.message)).catch((error: unknown) => this.#onError(error));
        }
        for (const row of claimed) {
          let release!: () => void;
          const slot = new Promise<void>((resolve) => {
            release = () => {
              if (!running.delete(slot)) return;
              resolve();
              // A freed slot may be filled at once: wake the loop if it sleeps on an empty poll.
              wake();
            };
          });
          running.add(slot);
          const job: Promise<void> = this.#run(row, worker, handler, deletes, release).finally(() => {
            release();
            jobs.delete(job);
          });
          jobs.add(job);
        }
        if (claimed.length === free) continue; // full: the loop now waits for a slot
        if (claimed.length > 0 || woken) continue; // there may be more, or something new came in
        if (signal?.aborted) break; // aborted mid-claim: its listener would never fire now
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            wake = remember;
            resolve();
          };
          const timer = setTimeout(done, this.#pollIntervalMs);
          signal?.addEventListener("abort", done, { once: true });
          wake = done;
        });
      }
    } finally {
      listeners.delete(waker);
      // Graceful stop: no new claims; every running handler finishes and its row is settled.
      await Promise.allSettled(jobs);
      await deletes.flush();
    }
  }

  /** The least number of free slots worth a claim while other jobs run. */
  get #claimBatch(): number {
    return Math.max(1, Math.floor(this.#concurrency / 4));
  }

  /**
   * Takes up to `limit` due messages, oldest first, at most one per lane and none of a lane that
   * has a running message, and locks them to `worker` for one lease. The candidates are read
   * without locks (a window of the oldest due messages, first of each lane), then locked with
   * `skip locked`; the lock re-checks that each is still due and unclaimed.
   */
  async #claim(worker: string, limit: number): Promise<ClaimedRow[]> {
    const window = Math.max(limit * 4, 64);
    const { rows } = await sql<ClaimedRow>`
      with due as (
        select c.id, c.lane, c.run_at, c.seq
          from fedify_messages c
         where c.run_at <= now()
           and (c.locked_until is null or c.locked_until < now())
           and (c.ordering_key is null or not exists (
                 select 1 from fedify_messages o
                  where o.ordering_key = c.ordering_key
                    and o.id <> c.id
                    and (o.seq < c.seq or o.locked_until >= now())))
           and (c.lane is null or not exists (
                 select 1 from fedify_messages l
                  where l.lane = c.lane
                    and l.locked_until >= now()))
         order by c.run_at, c.seq
         limit ${window}
      ), firsts as (
        select id from (
          select id, row_number() over (partition by coalesce(lane, id) order by run_at, seq) as place
            from due) ranked
         where place = 1
      )
      update fedify_messages
         set locked_until = now() + ${this.#leaseMs} * interval '1 millisecond',
             locked_by = ${worker},
             attempts = attempts + 1
       where id in (
         select m.id
           from fedify_messages m
          where m.id = any (array(select id from firsts)) -- index lookups, not a join over the table
            and m.run_at <= now()
            and (m.locked_until is null or m.locked_until < now())
          order by m.run_at, m.seq
          limit ${limit}
          for update skip locked)
      returning id, message, attempts, seq, ${this.#annotation} as annotation`.execute(this.#db);
    // `returning` follows no order: run them in queue order.
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  }

  /** Runs the handler, calls `release` (its slot is free), then settles the row: deleted, retried or dropped. */
  async #run(row: ClaimedRow, worker: string, handler: Handler, deletes: DeleteBatcher, release: () => void): Promise<void> {
    const heartbeat =
      this.#heartbeatMs > 0
        ? setInterval(() => {
            sql`update fedify_messages set locked_until = now() + ${this.#leaseMs} * interval '1 millisecond'
                 where id = ${row.id} and locked_by = ${worker}`
              .execute(this.#db)
              .catch((error: unknown) => this.#onError(error));
          }, this.#heartbeatMs)
        : undefined;
    let failure: { error: unknown } | undefined;
    const job: JobContext = { annotation: row.annotation };
    try {
      await claimStorage.run(job, async () => await handler(row.message));
    } catch (error) {
      failure = { error };
    } finally {
      if (heartbeat !== undefined) clearInterval(heartbeat);
    }
    // The row stays locked (its lane busy) until it is settled below; the slot can take another job.
    release();
    try {
      if (failure === undefined) {
        // Done, even if our lease ran out and another worker took it meanwhile. Deletes of jobs
        // finishing together go in one statement; a graceful stop waits for the commit.
        await deletes.delete(row.id, job.note);
      } else if (row.attempts >= this.#maxAttempts) {
        const { numDeletedRows } = await this.#db
          .deleteFrom("fedify_messages")
          .where("id", "=", row.id)
          .where("locked_by", "=", worker)
          .executeTakeFirst();
        if (numDeletedRows > 0n) this.#onAbandoned(row.message, failure.error, row.attempts);
      } else {
        const delayMs = this.retryDelayMs(row.attempts);
        await this.#db
          .updateTable("fedify_messages")
          .set({
            run_at: sql<Date>`now() + ${delayMs} * interval '1 millisecond'`,
            locked_until: null,
            locked_by: null,
            last_error: describeError(failure.error),
          })
          .where("id", "=", row.id)
          .where("locked_by", "=", worker)
          .execute();
      }
    } catch (error) {
      // The row stays locked until its lease ends, then runs again: at least once.
      this.#onError(error);
    }
  }

  /** The delay before attempt `attempts + 1`: base · 2^(attempts−1), capped, with equal jitter (½ to 1×). */
  retryDelayMs(attempts: number): number {
    const exponential = this.#retryBaseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40);
    const capped = Math.min(exponential, this.#retryMaxMs);
    return Math.round(capped / 2 + Math.random() * (capped / 2));
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.slice(0, 4000);
}
