import type { KvKey } from "@fedify/fedify";

/**
 * The queue lane of a fedify message, or null:
 * - an outgoing delivery: its receiving server (`host[:port]` of its inbox), so that one request at a
 *   time is in flight per remote server, and deliveries to one server go out in the order they were queued;
 * - an incoming activity: its actor (`from <actor id>`), so that one actor's activities are handled one
 *   at a time, in arrival order (an `Update` or `Undo` never overtakes the `Create` or `Like` it follows);
 * - anything else (fedify's fan-out messages): null, run side by side.
 */
export function deliveryLane(message: unknown): string | null {
  if (typeof message !== "object" || message === null) return null;
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

/**
 * The fedify KV keys a delivery reads for its server, for these messages: the circuit breaker's state
 * (`kvPrefixes.circuitBreaker`, keyed by host) and the signature-spec memo
 * (`kvPrefixes.httpMessageSignaturesSpec`, keyed by origin), both at fedify's default prefixes.
 */
export function deliveryKvKeys(messages: readonly unknown[]): KvKey[] {
  const keys = new Map<string, KvKey>();
  for (const message of messages) {
    if ((message as { type?: unknown }).type !== "outbox") continue;
    const host = deliveryLane(message);
    if (host === null) continue;
    const origin = new URL((message as { inbox: string }).inbox).origin;
    keys.set(`c ${host}`, ["_fedify", "circuit", host]);
    keys.set(`s ${origin}`, ["_fedify", "httpMessageSignaturesSpec", origin]);
  }
  return [...keys.values()];
}
