/**
 * Check characters for the dev8 corpus's fictional identifiers that ../corpus/gen.ts and ../corpus-unseen5/gen.ts have
 * no maker for. Each maker tries every candidate check character against an existing validator (called, not read)
 * and returns the first that passes; it throws if none does, so a bad stem fails the build.
 */
import { nhiIsValid } from "../corpus-fresh/gen.ts";
import { ppsnIsValid } from "../corpus-unseen/gen.ts";

function firstValid(candidates: readonly string[], valid: (s: string) => boolean, what: string): string {
  const hit = candidates.find(valid);
  if (hit === undefined) throw new Error(`${what}: no valid check character for ${candidates[0] ?? "?"}`);
  return hit;
}

/** New Zealand NHI in the ZZZ test range, "ZZZ001" → "ZZZ001x" (check digit 0–9). */
export function nhi(stem: string): string {
  return firstValid([..."0123456789"].map((d) => `${stem}${d}`), nhiIsValid, "nhi()");
}

/** Irish PPSN, "8821437" → "8821437x" (one check letter A–W). */
export function ppsn(stem: string): string {
  return firstValid([..."ABCDEFGHIJKLMNOPQRSTUVW"].map((c) => `${stem}${c}`), ppsnIsValid, "ppsn()");
}
