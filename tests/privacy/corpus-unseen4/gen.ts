/**
 * Check characters for the unseen4 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * Each maker tries every candidate check character against an existing validator (called, not read) and
 * returns the first that passes; it throws if none does, so a bad stem fails the build.
 */
import { cnicIsPlausible } from "../../../src/privacy/detector/checksums.ts";
import { cpfIsValid, nhiIsValid } from "../corpus-fresh/gen.ts";
import { ppsnIsValid } from "../corpus-unseen/gen.ts";

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

/** New Zealand NHI in the ZZZ test range, "ZZZ041" → "ZZZ041x". */
export function nhi(stem: string): string {
  return firstValid(DIGITS.map((d) => `${stem}${d}`), nhiIsValid, "nhi()");
}

/** Irish PPSN, "8412375" → "8412375X" (check letter A–W). */
export function ppsn(stem: string): string {
  return firstValid([..."ABCDEFGHIJKLMNOPQRSTUVW"].map((c) => `${stem}${c}`), ppsnIsValid, "ppsn()");
}

/** Brazilian CPF, "418.273.596-" → "418.273.596-xx". */
export function cpf(stem: string): string {
  const pairs = DIGITS.flatMap((a) => DIGITS.map((b) => `${stem}${a}${b}`));
  return firstValid(pairs, cpfIsValid, "cpf()");
}
