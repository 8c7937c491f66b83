import { AsyncLocalStorage } from "node:async_hooks";
import type { MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import { type Kysely, sql } from "kysely";
import type { Database, DeliveryState } from "../db/schema.ts";
import { claimAnnotation, KyselyMessageQueue, noteForSettlement } from "./message-queue.ts";

interface OutboxMessageLike {
  type: "outbox";
  activityId?: string;
  activityType: string;
  inbox: string;
  attempt: number;
}

interface LogRow {
  post_id: string | null;
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

function isOutbox(message: unknown): message is OutboxMessageLike {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "outbox";
}

/** Our activity ids sit under the post's URL: …/posts/{id}/activity, …/updates/…, …/delete. */
function postIdOf(activityId: string | undefined): string | null {
  return activityId ? (/\/posts\/([0-9a-z]+)\//.exec(activityId)?.[1] ?? null) : null;
}

/** fedify reports each failed delivery here (onOutboxError); it lands on the attempt being run. */
export function noteDeliveryError(error: Error): void {
  const attempt = attempts.getStore();
  if (attempt) attempt.error = error.message.slice(0, 500);
}

/**
 * The per-post delivery log: wraps the durable queue and records, for every outbox message fedify
 * runs, whether it was delivered, will be retried (fedify re-enqueued it), or failed for good.
 */
export class DeliveryLoggingQueue implements MessageQueue {
  readonly #inner: MessageQueue;
  readonly #db: Kysely<Database>;
  readonly nativeRetrial: boolean;

  readonly #annotated: boolean;
  #pending: Array<{ values: LogRow; done: () => void }> = [];
  #flushing: Promise<void> | undefined;

  constructor(inner: MessageQueue, db: Kysely<Database>) {
    this.#inner = inner;
    this.#db = db;
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
      inner.annotateClaims(sql`case when fedify_messages.message->>'type' = 'outbox' then exists (
        select 1 from deliveries d
         where d.activity_id = fedify_messages.message->>'activityId'
           and d.inbox = fedify_messages.message->>'inbox'
           and d.state = 'delivered') end`);
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
    if (this.#inner.enqueueMany) return this.#inner.enqueueMany(messages, options);
    return Promise.all(messages.map((m) => this.#inner.enqueue(m, options))).then(() => {});
  }

  getDepth() {
    if (!this.#inner.getDepth) throw new Error("The queue cannot count its messages.");
    return this.#inner.getDepth();
  }

  listen(handler: (message: unknown) => Promise<void> | void, options?: MessageQueueListenOptions): Promise<void> {
    return this.#inner.listen(async (message: unknown) => {
      if (!isOutbox(message)) return await handler(message);
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

  #upsert(values: LogRow[]) {
    return this.#db
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
