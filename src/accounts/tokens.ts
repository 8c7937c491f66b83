import { createHash } from "node:crypto";

/** Secrets (session cookies, API tokens, invitation links) are stored only as their SHA-256. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}
