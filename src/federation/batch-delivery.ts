import { createHash, createPrivateKey, type JsonWebKey as NodeJsonWebKey, type KeyObject, sign } from "node:crypto";
import { type LookupAddress, lookup as dnsLookup } from "node:dns";
import { isIP } from "node:net";
import { isValidPublicIPv4Address, isValidPublicIPv6Address } from "@fedify/vocab-runtime";
import { Agent, request } from "undici";

/**
 * First attempts of a fan-out, in batches.
 *
 * fedify turns one activity for N inboxes into N queued outbox messages, each carrying the whole
 * activity and the sender's private keys, and runs each alone: import the keys, serialise, hash and
 * sign with WebCrypto, fetch, then two KV reads and a queue row per delivery. Rounds stores such a
 * fan-out as a few batches instead (one per group of receiving servers), and a worker makes the
 * first attempt of every delivery in a batch itself: the body serialised and hashed once, the key
 * imported once, each request signed with node:crypto (draft-cavage, fedify's `firstKnock` here)
 * and POSTed with undici. Only a plain success (2xx) is settled here. Everything else — a server
 * whose circuit breaker is not closed or that is known to want RFC 9421, a redirect, an error
 * status, a network error — is handed, as the very message fedify had made, to fedify's own
 * outbox path (its double-knock, retry policy, circuit breaker and permanent-failure handling).
 */

export const outboxBatchType = "rounds:outbox-batch";

/** The parts of fedify's `OutboxMessage` this code reads; the rest is carried as it is. */
export interface OutboxMessageLike {
  type: "outbox";
  id: string;
  baseUrl: string;
  keys: ReadonlyArray<{ keyId: string; privateKey: JsonWebKey }>;
  activity: unknown;
  activityId?: string;
  activityType: string;
  inbox: string;
  sharedInbox: boolean;
  actorIds?: readonly string[];
  attempt: number;
  headers: Readonly<Record<string, string>>;
  orderingKey?: string;
  circuitHeld?: true;
}

/** One delivery of a batch: the fields in which fedify's messages of one fan-out differ. */
export interface BatchItem {
  id: string;
  inbox: string;
  sharedInbox: boolean;
  actorIds?: readonly string[];
  headers?: Readonly<Record<string, string>>;
}

/** A queued batch: the fields every message shares once, and one item per delivery. */
export interface OutboxBatch {
  type: typeof outboxBatchType;
  /** Which group of receiving servers (see `bucketOf`): the batch's queue lane. */
  bucket: number;
  common: Omit<OutboxMessageLike, "id" | "inbox" | "sharedInbox" | "actorIds" | "headers">;
  items: BatchItem[];
}

/**
 * Receiving servers are spread over this many groups. A server is always in the same group, and a
 * group's batches run one at a time (their lane), so deliveries to one server keep their order
 * (an `Update` never overtakes its `Create`) while the groups run side by side.
 */
export const bucketCount = 16;

/** Deliveries per queued batch at most (a bigger group is split; the parts share the lane). */
export const batchLimit = 200;

export function isOutboxMessage(message: unknown): message is OutboxMessageLike {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "outbox";
}

export function isOutboxBatch(message: unknown): message is OutboxBatch {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === outboxBatchType;
}

/** The group of a receiving server (`host[:port]`): FNV-1a of its name, modulo `bucketCount`. */
export function bucketOf(host: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < host.length; i++) {
    hash ^= host.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}

/**
 * The batches for messages fedify enqueues together, or null when they are not one fresh fan-out:
 * every message a first attempt (`attempt` 0, not held by the circuit breaker, no ordering key) of
 * one activity, sharing its activity and keys (fedify builds them from the same objects).
 */
export function batchesOf(messages: readonly unknown[]): OutboxBatch[] | null {
  const first = messages[0];
  if (!isOutboxMessage(first)) return null;
  const items = new Map<number, BatchItem[]>();
  for (const message of messages) {
    if (!isOutboxMessage(message)) return null;
    if (message.attempt !== 0 || message.circuitHeld !== undefined || message.orderingKey !== undefined) return null;
    if (message.activity !== first.activity || message.keys !== first.keys || message.activityId !== first.activityId) return null;
    let host: string;
    try {
      host = new URL(message.inbox).host;
    } catch {
      return null;
    }
    const item: BatchItem = { id: message.id, inbox: message.inbox, sharedInbox: message.sharedInbox };
    if (message.actorIds !== undefined && message.actorIds.length > 0) item.actorIds = message.actorIds;
    if (Object.keys(message.headers ?? {}).length > 0) item.headers = message.headers;
    const bucket = bucketOf(host);
    const group = items.get(bucket);
    if (group === undefined) items.set(bucket, [item]);
    else group.push(item);
  }
  const { id: _id, inbox: _inbox, sharedInbox: _shared, actorIds: _actors, headers: _headers, ...common } = first;
  const batches: OutboxBatch[] = [];
  for (const [bucket, group] of [...items].sort(([a], [b]) => a - b)) {
    for (let i = 0; i < group.length; i += batchLimit) {
      batches.push({ type: outboxBatchType, bucket, common, items: group.slice(i, i + batchLimit) });
    }
  }
  return batches;
}

/** fedify's message for one item of a batch, exactly as fedify had made it. */
export function messageOf(batch: OutboxBatch, item: BatchItem): OutboxMessageLike {
  return {
    ...batch.common,
    id: item.id,
    inbox: item.inbox,
    sharedInbox: item.sharedInbox,
    ...(item.actorIds === undefined ? {} : { actorIds: item.actorIds }),
    headers: item.headers ?? {},
  };
}

/**
 * What a first attempt came to. `refused`: the inbox is not on a public address (and private ones are
 * not allowed); it is never contacted, by this path or fedify's.
 */
export type FirstAttempt = { delivered: true } | { delivered: false; error: string; refused?: true };

/** A request body ready to send to any inbox: serialised and hashed once. */
export interface PreparedBody {
  bytes: Buffer;
  digest: string;
}

export function prepareBody(activity: unknown): PreparedBody {
  const bytes = Buffer.from(JSON.stringify(activity));
  return { bytes, digest: `SHA-256=${createHash("sha256").update(bytes).digest("base64")}` };
}

/** At most `size` holders at a time; the others wait in order. */
class Semaphore {
  readonly #waiting: Array<() => void> = [];
  #free: number;

  constructor(size: number) {
    this.#free = size;
  }

  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = this.#waiting.shift();
      if (next !== undefined) next();
      else this.#free++;
    }
  }
}

/** Whether an IP address is one the public internet routes (not loopback, private, link-local, …). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family === 4 ? isValidPublicIPv4Address(address) : family === 6 ? isValidPublicIPv6Address(address) : false;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for outgoing connections that refuses names resolving to a non-public address. The
 * check is on the very addresses the socket connects to, so a name cannot pass a check and then
 * resolve elsewhere (DNS rebinding).
 */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused !== undefined) {
      const denied: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${refused.address}, which is not a public address.`);
      denied.code = "EPRIVATEADDRESS";
      return callback(denied, []);
    }
    if ((options as { all?: boolean }).all === true) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

export interface FirstAttemptSenderOptions {
  /**
   * Whether requests may go to loopback and private addresses (ROUNDS_ALLOW_PRIVATE_ADDRESSES, for
   * development and tests). Otherwise an inbox on such an address is never contacted from here.
   */
  allowPrivateAddresses: boolean;
  /** Requests in flight at once in this process, over all batches. */
  concurrency: number;
  /** Sent as `User-Agent`. */
  userAgent: string;
  /** Longest wait for a connection, for the answer's headers, and between body chunks. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Signs (draft-cavage HTTP Signatures, RSA-SHA256, node:crypto) and POSTs first attempts over kept-alive
 * connections. Redirects are not followed: a 3xx is an answer for fedify's path to deal with.
 */
export class FirstAttemptSender {
  readonly #agent: Agent;
  readonly #slots: Semaphore;
  readonly #userAgent: string;
  readonly #keys = new Map<string, KeyObject>();
  readonly #allowPrivateAddresses: boolean;

  constructor(options: FirstAttemptSenderOptions) {
    const timeout = options.timeoutMs ?? 30_000;
    this.#allowPrivateAddresses = options.allowPrivateAddresses;
    const connect = options.allowPrivateAddresses ? { timeout } : { timeout, lookup: publicOnlyLookup };
    this.#agent = new Agent({ keepAliveTimeout: 10_000, connect, headersTimeout: timeout, bodyTimeout: timeout });
    this.#slots = new Semaphore(options.concurrency);
    this.#userAgent = options.userAgent;
  }

  /** The RSA key of a message's keys (the one HTTP Signatures use), imported once per key; null if none. */
  signingKey(keys: OutboxMessageLike["keys"]): { keyId: string; key: KeyObject } | null {
    const pair = keys.find((k) => k.privateKey.kty === "RSA");
    if (pair === undefined || typeof pair.privateKey.d !== "string") return null;
    const cacheKey = `${pair.keyId} ${pair.privateKey.d}`;
    let key = this.#keys.get(cacheKey);
    if (key === undefined) {
      key = createPrivateKey({ key: pair.privateKey as NodeJsonWebKey, format: "jwk" });
      if (this.#keys.size >= 256) this.#keys.clear();
      this.#keys.set(cacheKey, key);
    }
    return { keyId: pair.keyId, key };
  }

  /**
   * The signed headers of a POST of `body` to `inbox`. The RSA signature is computed on libuv's
   * thread pool (node:crypto's callback form), so signing uses the machine's other cores while this
   * thread sends and receives.
   */
  async signedHeaders(inbox: URL, body: PreparedBody, signer: { keyId: string; key: KeyObject }): Promise<Record<string, string>> {
    const date = new Date().toUTCString();
    const contentType = "application/activity+json";
    const signed = `(request-target): post ${inbox.pathname}\nhost: ${inbox.host}\ndate: ${date}\ndigest: ${body.digest}\ncontent-type: ${contentType}`;
    const signature = (
      await new Promise<Buffer>((resolve, reject) => sign("sha256", Buffer.from(signed), signer.key, (error, result) => (error ? reject(error) : resolve(result))))
    ).toString("base64");
    return {
      host: inbox.host,
      date,
      digest: body.digest,
      "content-type": contentType,
      "user-agent": this.#userAgent,
      signature: `keyId="${signer.keyId}",algorithm="rsa-sha256",headers="(request-target) host date digest content-type",signature="${signature}"`,
    };
  }

  /** One signed POST; never throws. */
  async attempt(inbox: string, body: PreparedBody, signer: { keyId: string; key: KeyObject }): Promise<FirstAttempt> {
    return await this.#slots.use(async () => {
      try {
        const url = new URL(inbox);
        if (url.protocol !== "https:" && url.protocol !== "http:") return { delivered: false, error: `An inbox must be an http(s) URL (got ${url.protocol}).` };
        // A name is checked as it is resolved (publicOnlyLookup); an address written in the URL, here.
        const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
        if (!this.#allowPrivateAddresses && (url.hostname === "localhost" || (isIP(literal) !== 0 && !isPublicAddress(literal)))) {
          return { delivered: false, error: `${url.hostname} is not a public address.`, refused: true };
        }
        const response = await request(url, { method: "POST", headers: await this.signedHeaders(url, body, signer), body: body.bytes, dispatcher: this.#agent });
        await response.body.dump();
        if (response.statusCode >= 200 && response.statusCode < 300) return { delivered: true };
        return { delivered: false, error: `The server answered HTTP ${response.statusCode}.` };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if ((error as NodeJS.ErrnoException).code === "EPRIVATEADDRESS") return { delivered: false, error: message, refused: true };
        return { delivered: false, error: message };
      }
    });
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }
}
