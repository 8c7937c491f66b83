/**
 * Check characters for the unseen5 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * Each maker checks a whole number, or tries every candidate check character against an existing validator
 * (called, not read), and returns the first that passes; it throws if none does, so a bad stem fails the build.
 */
import { cnicIsPlausible, luhnIsValid } from "../../../src/privacy/detector/checksums.ts";
import { nricIsValid } from "../corpus-fresh/gen.ts";
import { finIsValid } from "../corpus-unseen/gen.ts";

function firstValid(candidates: readonly string[], valid: (s: string) => boolean, what: string): string {
  const hit = candidates.find(valid);
  if (hit === undefined) throw new Error(`${what}: no valid check character for ${candidates[0] ?? "?"}`);
  return hit;
}

const DIGITS = [..."0123456789"];

/** Pakistani CNIC / B-form, written whole ("17301-5529184-7"); throws unless cnicIsPlausible holds. */
export function cnic(full: string): string {
  if (!cnicIsPlausible(full.replace(/\D/g, ""))) throw new Error(`cnic(): ${full} is not plausible`);
  return full;
}

/** Singapore NRIC/FIN, "S8412375" → "S8412375x" (check letter A–Z). */
export function nric(stem: string): string {
  return firstValid([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `${stem}${c}`), nricIsValid, "nric()");
}

/** Singapore FIN (foreign identification number), "G5193827" → "G5193827x". */
export function fin(stem: string): string {
  return firstValid([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `${stem}${c}`), finIsValid, "fin()");
}

/** UAE Emirates ID (Luhn over 15 digits), "784-1951-4418203-" → "784-1951-4418203-x". */
export function emiratesId(stem: string): string {
  return firstValid(DIGITS.map((d) => `${stem}${d}`), (s) => luhnIsValid(s.replace(/\D/g, "")), "emiratesId()");
}
