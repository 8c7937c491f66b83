import { cnicIsPlausible, luhnIsValid, nhsNumberIsValid, ssnIsValid, verhoeffIsValid } from "../../../src/privacy/detector/checksums.ts";
import { cpfIsValid, nhiIsValid, nricIsValid } from "../corpus-fresh/gen.ts";
import { cnsIsValid, finIsValid, ppsnIsValid, sinIsValid } from "../corpus-unseen/gen.ts";
import type { IdSpan } from "./checks.ts";
import { medicareIsValid } from "./gen.ts";

/** A kind of checksummed identifier: how a span of it looks, and the check it must pass. */
interface IdKind {
  matches(span: IdSpan): boolean;
  valid(span: IdSpan): boolean;
}

/** The checksummed identifier kinds the corpora use, by name (how to tell them apart, and their checks). */
export const checksummedIdKinds = {
  "NHS/CHI": { matches: (s) => /^(?:\d{3} \d{3} \d{4}|\d{6} \d{4})$/.test(s.text), valid: (s) => nhsNumberIsValid(s.digits) },
  Aadhaar: { matches: (s) => /^\d{4} \d{4} \d{4}$/.test(s.text), valid: (s) => verhoeffIsValid(s.digits) },
  SSN: { matches: (s) => /^\d{3}-\d{2}-\d{4}$/.test(s.text), valid: (s) => ssnIsValid(s.digits) },
  CNIC: { matches: (s) => /^\d{5}-\d{7}-\d$/.test(s.text), valid: (s) => cnicIsPlausible(s.digits) },
  Medicare: { matches: (s) => /^\d{4} \d{5} \d$/.test(s.text), valid: (s) => medicareIsValid(s.digits) },
  OHIP: { matches: (s) => /^\d{4}-\d{3}-\d{3}$/.test(s.text), valid: (s) => luhnIsValid(s.digits) },
  SIN: { matches: (s) => /^\d{3} \d{3} \d{3}$/.test(s.text) && s.before.includes("SIN"), valid: (s) => sinIsValid(s.text) },
  "South African ID": { matches: (s) => s.item.region === "ZA" && /^\d{13}$/.test(s.text), valid: (s) => luhnIsValid(s.digits) },
  NRIC: { matches: (s) => /^[ST]\d{7}[A-Z]$/.test(s.text), valid: (s) => nricIsValid(s.text) },
  FIN: { matches: (s) => /^[FG]\d{7}[A-Z]$/.test(s.text), valid: (s) => finIsValid(s.text) },
  "Emirates ID": { matches: (s) => /^784-\d{4}-\d{7}-\d$/.test(s.text), valid: (s) => luhnIsValid(s.digits) },
  CPF: { matches: (s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text), valid: (s) => cpfIsValid(s.text) },
  CNS: { matches: (s) => /^\d{3} \d{4} \d{4} \d{4}$/.test(s.text), valid: (s) => cnsIsValid(s.text) },
  PPSN: { matches: (s) => /^\d{7}[A-W][A-IW]?$/.test(s.text), valid: (s) => ppsnIsValid(s.text) },
  NHI: { matches: (s) => /^[A-Z]{3}\d{4}$/.test(s.text), valid: (s) => nhiIsValid(s.text) },
} satisfies Record<string, IdKind>;

export type IdKindName = keyof typeof checksummedIdKinds;

/** How many spans of each named kind there are, and every span of those kinds that fails its check. */
export function checkIds(ids: readonly IdSpan[], kinds: readonly IdKindName[]): { counts: Record<string, number>; invalid: string[] } {
  const counts: Record<string, number> = {};
  const invalid: string[] = [];
  for (const name of kinds) {
    const kind: IdKind = checksummedIdKinds[name];
    const spans = ids.filter((s) => kind.matches(s));
    counts[name] = spans.length;
    for (const s of spans) if (!kind.valid(s)) invalid.push(`${name} ${s.item.id}: ${s.text}`);
  }
  return { counts, invalid };
}
