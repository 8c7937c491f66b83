import { AsyncLocalStorage } from "node:async_hooks";
import { UrlError, validatePublicUrl } from "@fedify/vocab-runtime";
import type { MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database, DeliveryState } from "../db/schema.ts";
import {
  batchesOf,
  type FirstAttemptSender,
  isOutboxBatch,
  isOutboxMessage as isOutbox,
  messageOf,
  outboxBatchType,
  type OutboxBatch,
  type OutboxMessageLike,
  prepareBody,
} from "./batch-delivery.ts";
import type { KyselyKvStore } from "./kv-store.ts";
import { circuitKey, deliveryKvKeys, signatureSpecKey } from "./lanes.ts";
import { claimAnnotation, KyselyMessageQueue, noteForSettlement, withTransaction } from "./message-queue.ts";
import { Temporal } from "./temporal.ts";

/** Batched first attempts (see batch-delivery.ts): who sends them, and the state that decides whether one may. */
export interface FirstAttempts {
  sender: FirstAttemptSender;
  /** fedify's KV store: its circuit-breaker states and signature-spec memos. */
  kv: Pick<KyselyKvStore, "get" | "prefetch">;
  /** The signature standard the sender uses, fedify's `firstKnock`: a server remembered as wanting another goes to fedify. */
  spec: string;
  /** How long a delivery whose first attempt failed waits before fedify's own first attempt. Default 1 s. */
  handOffDelayMs?: number;
}

interface LogRow {
  post_id: string | null | RawBuilder<string | null>;
  activity_id: string;
  activity_type: string;
  inbox: string;
  state: DeliveryState;
  attempts: number;
  last_error: string | null;
  updated_at: Date;
}

interface Attempt {
  message: OutboxMessageLike;
  retried: boolean;
  error?: string;
}

const attempts = new AsyncLocalStorage<Attempt>();

/** Our activity ids sit under the post's URL: …/posts/{id}/activity, …/updates/…, …/delete. */
function postIdOf(activityId: string | undefined): string | null {
  return activityId ? (/\/posts\/([0-9a-z]+)\//.exec(activityId)?.[1] ?? null) : null;
}

/** fedify reports each failed delivery here (onOutboxError); it lands on the attempt being run. */
export function noteDeliveryError(error: Error): void {
  const attempt = attempts.getStore();
  if (attempt) attempt.error = error.message.slice(0, 500);
}

export interface DeliveryLoggingOptions {
  firstAttempts?: FirstAttempts;
  /**
   * Whether deliveries may go to loopback and private addresses (ROUNDS_ALLOW_PRIVATE_ADDRESSES).
   * Default false: a delivery to an inbox that is not on a public address (a remote actor may name
   * any URL as its inbox) is logged as failed and never sent.
   */
  allowPrivateAddresses?: boolean;
}

/**
 * The per-post delivery log: wraps the durable queue and records, for every outbox message fedify
 * runs, whether it was delivered, will be retried (fedify re-enqueued it), or failed for good.
 * With `FirstAttempts`, a fan-out fedify enqueues is stored as batches whose first attempts are
 * made here (see batch-delivery.ts); what they do not deliver goes back to fedify's own path.
 */
export class DeliveryLoggingQueue implements MessageQueue {
  readonly #inner: MessageQueue;
  readonly #db: Kysely<Database>;
  readonly #firstAttempts: FirstAttempts | undefined;
  readonly nativeRetrial: boolean;

  readonly #annotated: boolean;
  #pending: Array<{ values: LogRow; done: () => void }> = [];
  #flushing: Promise<void> | undefined;

  readonly #allowPrivateAddresses: boolean;

  constructor(inner: MessageQueue, db: Kysely<Database>, options: DeliveryLoggingOptions = {}) {
    this.#inner = inner;
    this.#db = db;
    this.#firstAttempts = options.firstAttempts;
    this.#allowPrivateAddresses = options.allowPrivateAddresses ?? false;
    this.nativeRetrial = inner.nativeRetrial ?? false;
    // On our own queue the claim statement also says whether an outbox message's delivery is already
    // logged as delivered (the same check as #delivered, one query fewer per delivery). The claim
    // comes after the lease of any earlier worker that ran this message ended, so that worker's log
    // row, committed before it deleted (or died), is visible to it.
    this.#annotated = inner instanceof KyselyMessageQueue;
    if (inner instanceof KyselyMessageQueue) {
      // The log row of a delivery is written in the same statement as its job's delete: one commit,
      // no moment in which the job is gone but the delivery unlogged (or the reverse).
      inner.settleWith({
        statement: (notes) => this.#upsert(unique(notes as LogRow[])),
        fallback: (notes) => this.#write(notes as LogRow[]),
      });
      // For a batch of first attempts: whether it was claimed before (a worker died running it), the
      // only case in which the log can already hold some of its deliveries.
      inner.annotateClaims(sql`case fedify_messages.message->>'type'
        when 'outbox' then exists (
          select 1 from deliveries d
           where d.activity_id = fedify_messages.message->>'activityId'
             and d.inbox = fedify_messages.message->>'inbox'
             and d.state = 'delivered')
        when ${outboxBatchType} then fedify_messages.attempts > 1 end`);
    }
  }

  #noteRetry(message: unknown): void {
    const attempt = attempts.getStore();
    if (attempt && isOutbox(message) && message.inbox === attempt.message.inbox && message.activityId === attempt.message.activityId) {
      attempt.retried = true;
    }
  }

  enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    this.#noteRetry(message);
    return this.#inner.enqueue(message, options);
  }

  enqueueMany(messages: readonly unknown[], options?: MessageQueueEnqueueOptions): Promise<void> {
    for (const message of messages) this.#noteRetry(message);
    const batches = this.#firstAttempts !== undefined && options?.orderingKey === undefined && options?.delay === undefined ? batchesOf(messages) : null;
    if (batches !== null) messages = batches;
    if (this.#inner.enqueueMany) return this.#inner.enqueueMany(messages, options);
    return Promise.all(messages.map((m) => this.#inner.enqueue(m, options))).then(() => {});
  }

  getDepth() {
    if (!this.#inner.getDepth) throw new Error("The queue cannot count its messages.");
    return this.#inner.getDepth();
  }

  listen(handler: (message: unknown) => Promise<void> | void, options?: MessageQueueListenOptions): Promise<void> {
    return this.#inner.listen(async (message: unknown) => {
      if (isOutboxBatch(message) && this.#firstAttempts !== undefined) return await this.#runBatch(message, this.#firstAttempts);
      if (!isOutbox(message)) return await handler(message);
      // fedify's outbox path does not check where an inbox points: refuse non-public ones here.
      const refusal = this.#allowPrivateAddresses ? undefined : await nonPublicInbox(message.inbox);
      if (refusal !== undefined) return await this.#record(rowOf({ message, retried: false, error: refusal }));
      // A worker that died after a delivery went through, but before its job was cleared, must
      // not deliver it again when the job comes back: the log says it is done.
      if (message.activityId !== undefined && (await this.#delivered(message.activityId, message.inbox))) return;
      const attempt: Attempt = { message, retried: false };
      try {
        await attempts.run(attempt, async () => await handler(message));
      } catch (error) {
        attempt.retried = true;
        attempt.error = (error as Error).message;
        await this.#record(rowOf(attempt));
        throw error;
      }
      const row = rowOf(attempt);
      if (!(this.#annotated && noteForSettlement(row))) await this.#record(row);
    }, options);
  }

  /**
   * The first attempts of a batch. A server's deliveries go one at a time, each logged (committed)
   * before the next: a worker that dies mid-batch repeats, per server, at most the one in flight,
   * and the batch run again skips every inbox the log already has for this activity.
   */
  async #runBatch(batch: OutboxBatch, first: FirstAttempts): Promise<void> {
    const { activityId } = batch.common;
    const inboxes = batch.items.map((item) => item.inbox);
    const claimedBefore = this.#annotated ? claimAnnotation() : undefined;
    const logged = new Set(
      activityId === undefined || claimedBefore === false
        ? []
        : (await this.#db.selectFrom("deliveries").select("inbox").where("activity_id", "=", activityId).where("inbox", "in", inboxes).execute()).map((row) => row.inbox),
    );
    const signer = first.sender.signingKey(batch.common.keys);
    const body = signer === null ? null : prepareBody(batch.common.activity);
    await first.kv.prefetch(deliveryKvKeys([batch]));
    const servers = new Map<string, OutboxBatch["items"]>();
    for (const item of batch.items) {
      if (logged.has(item.inbox)) continue;
      const host = new URL(item.inbox).host;
      const items = servers.get(host);
      if (items === undefined) servers.set(host, [item]);
      else items.push(item);
    }
    await Promise.all(
      [...servers.values()].map(async (items) => {
        for (const item of items) {
          const message = messageOf(batch, item);
          if (signer === null || body === null || item.headers !== undefined || !(await this.#mayTryFirst(item.inbox, first))) {
            await this.#handOff(message, undefined, 0);
            continue;
          }
          const result = await first.sender.attempt(item.inbox, body, signer);
          if (result.delivered) await this.#record(rowOf({ message, retried: false }));
          else if (result.refused) await this.#record(rowOf({ message, retried: false, error: result.error }));
          else await this.#handOff(message, result.error, first.handOffDelayMs ?? 1_000);
        }
      }),
    );
  }

  /** Whether a first attempt may go to this inbox here: its server's circuit is closed and clean, and it takes `spec`. */
  async #mayTryFirst(inbox: string, first: FirstAttempts): Promise<boolean> {
    const url = new URL(inbox);
    const circuit = await first.kv.get(circuitKey(url));
    if (circuit !== undefined && circuit !== null) return false;
    const spec = await first.kv.get(signatureSpecKey(url));
    return spec === undefined || spec === null || spec === first.spec;
  }

  /**
   * Gives a delivery to fedify's own path, as the message fedify had made, and logs it as retrying
   * (with the first attempt's error, if one was made), both in one transaction: the batch, if run
   * again, finds it logged and does not hand it on twice.
   */
  async #handOff(message: OutboxMessageLike, error: string | undefined, delayMs: number): Promise<void> {
    const row: LogRow = { ...rowOf({ message, retried: true, error }), attempts: error === undefined ? 0 : 1 };
    await this.#db.transaction().execute((trx) =>
      withTransaction(trx, async () => {
        await this.#inner.enqueue(message, delayMs > 0 ? { delay: Temporal.Duration.from({ milliseconds: delayMs }) } : undefined);
        // The post may be gone (deleted meanwhile): then the row is kept without its link.
        await this.#upsert([{ ...row, post_id: row.post_id === null ? null : sql<string | null>`(select id from posts where id = ${row.post_id})` }], trx).execute();
      }),
    );
  }

  async #delivered(activityId: string, inbox: string): Promise<boolean> {
    const known = this.#annotated ? claimAnnotation() : undefined;
    if (typeof known === "boolean") return known;
    const row = await this.#db
      .selectFrom("deliveries")
      .select("state")
      .where("activity_id", "=", activityId)
      .where("inbox", "=", inbox)
      .executeTakeFirst();
    return row?.state === "delivered";
  }

  async #record(values: LogRow): Promise<void> {
    // Resolves once the row is committed: the queue deletes the message only after that, so a
    // delivery logged as delivered is never sent again, and one not yet logged may be (as before).
    await new Promise<void>((done) => {
      this.#pending.push({ values, done });
      if (this.#flushing === undefined) this.#flushing = this.#drain();
    });
  }

  /** Writes the rows that came in while the previous write ran, in one statement (one commit). */
  async #drain(): Promise<void> {
    try {
      while (this.#pending.length > 0) {
        const batch = this.#pending;
        this.#pending = [];
        await this.#write(batch.map((p) => p.values));
        for (const p of batch) p.done();
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  #upsert(values: LogRow[], db: Kysely<Database> = this.#db) {
    return db
      .insertInto("deliveries")
      .values(values)
      .onConflict((oc) =>
        oc.columns(["activity_id", "inbox"]).doUpdateSet({
          state: sql`excluded.state`,
          attempts: sql`excluded.attempts`,
          last_error: sql`excluded.last_error`,
          updated_at: sql`excluded.updated_at`,
        }),
      );
  }

  async #write(rows: LogRow[]): Promise<void> {
    const values = unique(rows);
    try {
      await this.#upsert(values).execute();
    } catch {
      // The log must never stop deliveries (e.g. a post was deleted meanwhile): row by row, and
      // without the post link if even that fails.
      for (const row of values) {
        await this.#upsert([row]).execute().catch(() => this.#upsert([{ ...row, post_id: null }]).execute()).catch(() => {});
      }
    }
  }
}

/**
 * Why an inbox must not be contacted (not http(s), localhost, or a name or address that is not public),
 * or undefined. A failed DNS lookup is not a refusal: the delivery goes on and fails (and is retried)
 * like any unreachable server.
 */
async function nonPublicInbox(inbox: string): Promise<string | undefined> {
  try {
    await validatePublicUrl(inbox);
    return undefined;
  } catch (error) {
    if (error instanceof UrlError && error.message !== "DNS lookup failed") return `Refused: the inbox ${inbox} is not on a public address (${error.message}).`;
    if (!(error instanceof UrlError)) return `Refused: the inbox ${inbox} is not a valid URL.`;
    return undefined;
  }
}

/** One row per (activity, inbox): an upsert may not touch a row twice. The later attempt wins. */
function unique(rows: readonly LogRow[]): LogRow[] {
  return [...new Map(rows.map((row) => [`${row.activity_id}\n${row.inbox}`, row])).values()];
}

function rowOf(attempt: Attempt): LogRow {
  const state: DeliveryState = attempt.retried ? "retrying" : attempt.error !== undefined ? "failed" : "delivered";
  const { message } = attempt;
  return {
    post_id: postIdOf(message.activityId),
    activity_id: message.activityId ?? "(no id)",
    activity_type: message.activityType.replace(/^.*[#/]/, ""),
    inbox: message.inbox,
    state,
    attempts: message.attempt + 1,
    last_error: attempt.error ?? null,
    updated_at: new Date(),
  };
}
