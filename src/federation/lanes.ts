import type { KvKey } from "@fedify/fedify";
import { isOutboxBatch } from "./batch-delivery.ts";

/**
 * The queue lane of a fedify message, or null:
 * - an outgoing delivery: its receiving server (`host[:port]` of its inbox), so that one request at a
 *   time is in flight per remote server, and deliveries to one server go out in the order they were queued;
 * - an incoming activity: its actor (`from <actor id>`), so that one actor's activities are handled one
 *   at a time, in arrival order (an `Update` or `Undo` never overtakes the `Create` or `Like` it follows);
 * - a batch of first attempts (batch-delivery.ts): its group of servers (`deliveries <n>`), so that a
 *   server's batches run in order too;
 * - anything else (fedify's fan-out messages): null, run side by side.
 */
export function deliveryLane(message: unknown): string | null {
  if (typeof message !== "object" || message === null) return null;
  if (isOutboxBatch(message)) return `deliveries ${message.bucket}`;
  const { type, inbox, activity } = message as { type?: unknown; inbox?: unknown; activity?: unknown };
  if (type === "outbox" && typeof inbox === "string") {
    try {
      return new URL(inbox).host;
    } catch {
      return null;
    }
  }
  if (type === "inbox") {
    const actor = actorIdOf(activity);
    return actor === null ? null : `from ${actor}`;
  }
  return null;
}

function actorIdOf(activity: unknown): string | null {
  if (typeof activity !== "object" || activity === null) return null;
  const actor = (activity as { actor?: unknown }).actor;
  const first = Array.isArray(actor) ? actor[0] : actor;
  if (typeof first === "string") return first;
  if (typeof first === "object" && first !== null) {
    const id = (first as { id?: unknown; "@id"?: unknown }).id ?? (first as { "@id"?: unknown })["@id"];
    if (typeof id === "string") return id;
  }
  return null;
}

/** fedify's default KV prefixes (`kvPrefixes`) of its circuit breaker and of its signature-spec memo. */
export const circuitPrefix = ["_fedify", "circuit"] as const;
export const signatureSpecPrefix = ["_fedify", "httpMessageSignaturesSpec"] as const;

/** fedify's circuit-breaker state of an inbox's server (keyed by host). */
export function circuitKey(inbox: URL): KvKey {
  return [...circuitPrefix, inbox.host];
}

/** fedify's memo of the signature standard an inbox's server takes (keyed by origin). */
export function signatureSpecKey(inbox: URL): KvKey {
  return [...signatureSpecPrefix, inbox.origin];
}

/**
 * The fedify KV keys a delivery reads for its server, for these messages (deliveries and batches of
 * them): the circuit breaker's state (`kvPrefixes.circuitBreaker`, keyed by host) and the
 * signature-spec memo (`kvPrefixes.httpMessageSignaturesSpec`, keyed by origin), both at fedify's
 * default prefixes.
 */
export function deliveryKvKeys(messages: readonly unknown[]): KvKey[] {
  const keys = new Map<string, KvKey>();
  const add = (inbox: string) => {
    let url: URL;
    try {
      url = new URL(inbox);
    } catch {
      return;
    }
    keys.set(`c ${url.host}`, circuitKey(url));
    keys.set(`s ${url.origin}`, signatureSpecKey(url));
  };
  for (const message of messages) {
    if (isOutboxBatch(message)) for (const item of message.items) add(item.inbox);
    else if ((message as { type?: unknown }).type === "outbox" && typeof (message as { inbox?: unknown }).inbox === "string") add((message as { inbox: string }).inbox);
  }
  return [...keys.values()];
}
