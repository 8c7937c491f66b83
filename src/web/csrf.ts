import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * CSRF tokens bound to the browser: an HMAC of the session cookie (signed in) or of an
 * anonymous per-browser cookie (sign-in, setup and invitation forms). Every form carries
 * one in `_csrf`; every state-changing form route checks it. SameSite=Lax cookies and an
 * Origin check are a second line.
 */
export function csrfTokenFor(secret: string, binding: string): string {
  return createHmac("sha256", `${secret}\u0000csrf`).update(binding).digest("base64url");
}

export function csrfTokenIsValid(secret: string, binding: string | undefined, token: unknown): boolean {
  if (binding === undefined || typeof token !== "string") return false;
  const expected = Buffer.from(csrfTokenFor(secret, binding));
  const actual = Buffer.from(token);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
