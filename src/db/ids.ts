import { randomBytes } from "node:crypto";

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/**
 * A short, URL-safe, time-ordered id: 48 bits of milliseconds then 60 random bits,
 * so ids sort by creation and never reveal a title or a count.
 */
export function newId(): string {
  let time = Date.now();
  let head = "";
  for (let i = 0; i < 10; i++) {
    head = alphabet[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const random = randomBytes(12);
  let tail = "";
  for (let i = 0; i < 12; i++) tail += alphabet[random[i]! % 32];
  return head + tail;
}

/** A bearer secret (session, API token, invitation): 32 random bytes. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}
