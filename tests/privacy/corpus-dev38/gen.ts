/**
 * Check characters for the dev38 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. All rules are
 * the public ones:
 * - Irish PPSN: weights 8..2 over the seven digits, plus 9 × the second letter (A=1 … I=9, W=0); the sum mod 23 gives
 *   the check letter (0 = W, 1 = A … 22 = V).
 * - Thai national ID: weights 13..2 over the first twelve digits; check = (11 − sum mod 11) mod 10.
 * - Swedish personnummer: Luhn over the ten digits YYMMDDNNNC.
 */

const LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

function ppsnCheckLetter(digits: string, second = ""): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== "" && second !== "W") sum += 9 * (second.charCodeAt(0) - 64);
  return LETTERS[sum % 23] ?? "";
}

/** Irish PPSN from its seven digits and optional second letter ("1234567", "A" → "1234567?A"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad stem ${digits}${second}`);
  return `${digits}${ppsnCheckLetter(digits, second)}${second}`;
}

export function ppsnOk(text: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(text);
  return m !== null && ppsnCheckLetter(m[1] ?? "", m[3] ?? "") === m[2];
}

function thaiCheck(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Thai national ID, written 1-2345-67890-12-3, from its first twelve digits written "1-2345-67890-12". */
export function thaiId(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 12) throw new Error(`thaiId(): need 12 digits, got ${stem}`);
  return `${stem}-${thaiCheck(d)}`;
}

export function thaiIdOk(text: string): boolean {
  const d = text.replace(/\D/g, "");
  return d.length === 13 && thaiCheck(d.slice(0, 12)) === Number(d[12]);
}

function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Swedish personnummer "YYMMDD-NNN" → "YYMMDD-NNNC" (Luhn over the ten digits). */
export function personnummer(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`personnummer(): need 9 digits, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnOk(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

export function personnummerOk(text: string): boolean {
  const d = text.replace(/\D/g, "");
  return /^\d{6}[-+]\d{4}$/.test(text) && luhnOk(d);
}
