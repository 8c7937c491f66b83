import type { KvKey } from "@fedify/fedify";

/**
 * The queue lane of a fedify message: an outgoing delivery's receiving server (`host[:port]` of its
 * inbox), so that one request at a time is in flight per remote server; null for everything else
 * (fan-out and incoming activities run side by side).
 */
export function deliveryLane(message: unknown): string | null {
  if (typeof message !== "object" || message === null) return null;
  const { type, inbox } = message as { type?: unknown; inbox?: unknown };
  if (type !== "outbox" || typeof inbox !== "string") return null;
  try {
    return new URL(inbox).host;
  } catch {
    return null;
  }
}

/**
 * The fedify KV keys a delivery reads for its server, for these messages: the circuit breaker's state
 * (`kvPrefixes.circuitBreaker`, keyed by host) and the signature-spec memo
 * (`kvPrefixes.httpMessageSignaturesSpec`, keyed by origin), both at fedify's default prefixes.
 */
export function deliveryKvKeys(messages: readonly unknown[]): KvKey[] {
  const keys = new Map<string, KvKey>();
  for (const message of messages) {
    const host = deliveryLane(message);
    if (host === null) continue;
    const origin = new URL((message as { inbox: string }).inbox).origin;
    keys.set(`c ${host}`, ["_fedify", "circuit", host]);
    keys.set(`s ${origin}`, ["_fedify", "httpMessageSignaturesSpec", origin]);
  }
  return [...keys.values()];
}
