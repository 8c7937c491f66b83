import type { Candidate } from "../types.ts";
import { eachMatch, eachMatchNear, nearMatcher, notAfter } from "../context.ts";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4_RE = new RegExp(`(?<![A-Za-z0-9.:])${OCTET}(?:\\.${OCTET}){3}(?![A-Za-z0-9]|\\.\\d)`, "g");
// Candidate only; validated below. Bounded quantifiers throughout.
const IPV6_RE = /(?<![A-Za-z0-9:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![A-Za-z0-9:])/g;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

export function ipv6IsValid(s: string): boolean {
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string): string[] | null => {
    if (part === "") return [];
    const g = part.split(":");
    return g.every((x) => HEX_GROUP.test(x)) ? g : null;
  };
  if (halves.length === 1) {
    const g = groups(s);
    return g !== null && g.length === 8;
  }
  const a = groups(halves[0] ?? "");
  const b = groups(halves[1] ?? "");
  if (a === null || b === null) return false;
  const n = a.length + b.length;
  return n >= 2 && n <= 7;
}

const REASON = "An IP address can be traced to a household or a device, and so to a person.";
const SUGGESTION = "Remove the IP address.";

// Speed: IPv6 tried only near a colon (at most 4 hex digits before it).
const IPV6_NEAR = nearMatcher(IPV6_RE, /:/g, 4, notAfter("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:."));

export function detectIps(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(IPV4_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "IP", reason: REASON, suggestion: SUGGESTION, priority: 80 });
  });
  eachMatchNear(IPV6_NEAR, text, (m) => {
    if (!ipv6IsValid(m[0])) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "IP", reason: REASON, suggestion: SUGGESTION, priority: 80 });
  });
  return out;
}
