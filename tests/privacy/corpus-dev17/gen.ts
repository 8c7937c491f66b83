/**
 * Check characters for the dev17 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one, written here from its published description (no detector code was read or called for these):
 *
 * - Irish PPSN: weights 8..2 over the seven digits (plus 9 × the value of a second letter, W = 0, A = 1 …), mod 23,
 *   0 → W, otherwise the letter in that place (checked against the well-known example 1234567T).
 * - New Zealand NHI (old AAANNNC form): letters without I and O valued 1–24, weights 7..2, mod 11, check = 11 − rest,
 *   10 → 0, a rest of 0 is never issued (checked against the published test number ZZZ0016).
 * - Swedish personnummer: Luhn over the ten digits YYMMDDNNNC.
 */

/** Letter value in a PPSN (A = 1 … V = 22, W = 0). */
function ppsnLetterValue(c: string): number {
  return c === "W" ? 0 : c.charCodeAt(0) - 64;
}

/** The PPSN check letter for seven digits and an optional second letter. */
export function ppsnCheck(digits7: string, second = ""): string {
  if (!/^\d{7}$/.test(digits7)) throw new Error(`ppsn(): need 7 digits, got ${digits7}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits7[i]) * (8 - i);
  if (second !== "") sum += 9 * ppsnLetterValue(second);
  const rest = sum % 23;
  return rest === 0 ? "W" : String.fromCharCode(64 + rest);
}

/** Irish PPSN from its seven digits and optional second letter ("1234567" → "1234567T"; "8765432", "A" → "8765432?A"). */
export function ppsn(digits7: string, second = ""): string {
  return `${digits7}${ppsnCheck(digits7, second)}${second}`;
}

export function ppsnIsValidHere(text: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(text);
  return m !== null && ppsnCheck(m[1] ?? "", m[3] ?? "") === m[2];
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** The NHI check digit of three letters and three digits, or null when that stem has none. */
export function nhiCheck(stem: string): number | null {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need AAANNN without I or O, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = stem[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (7 - i);
  }
  const rest = sum % 11;
  if (rest === 0) return null;
  return (11 - rest) % 10;
}

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  const c = nhiCheck(stem);
  if (c === null) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Swedish personnummer from "YYMMDD-NNN" ("460823-512" → "460823-512x"). */
export function personnummer(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`personnummer(): need 9 digits, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnOk(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

/** A personnummer (YYMMDD-NNNC or YYMMDD+NNNC) whose Luhn check is right. */
export function personnummerIsValid(text: string): boolean {
  return /^\d{6}[-+]\d{4}$/.test(text) && luhnOk(text.replace(/\D/g, ""));
}
