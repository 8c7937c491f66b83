import type { Candidate } from "../types.ts";
import { eachMatchNear, nearMatcher, notAfter } from "../context.ts";

// Local part starts where the previous character cannot belong to it (keeps the scan linear);
// domain is 1–8 dot-separated labels and an alphabetic TLD.
// v12: an address written after "@" ("@amara@rounds.example") is a fediverse account being mentioned, never an email:
// patterns/quasi.ts judges it as a handle.
const EMAIL_RE =
  /(?<![A-Za-z0-9._%+@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

// Speed: tried only within 64 characters (the local part) before an "@".
const EMAIL_NEAR = nearMatcher(EMAIL_RE, /@/g, 64, notAfter("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+@-"));

export function detectEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatchNear(EMAIL_NEAR, text, (m) => {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "EMAIL",
      reason: "An email address points straight to a person: the patient, a relative or a colleague.",
      suggestion: "Remove the email address.",
      priority: 95,
    });
  });
  return out;
}
