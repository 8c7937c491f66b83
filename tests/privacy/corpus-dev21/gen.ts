/**
 * Check characters for the dev21 corpus's fictional identifiers that ../corpus/gen.ts has no maker for, written from
 * the public rules (not from any other corpus's helpers):
 *
 * - New Zealand NHI, old format AAANNNC: letters A–Z without I and O count 1–24; weights 7,6,5,4,3,2 over the first six
 *   characters; the check digit is 11 − (sum mod 11), with a remainder of 0 not allowed and a check of 10 written as 0.
 *   Stems here are in the ZZZ test range.
 * - Singapore NRIC, S/T + seven digits + letter: weights 2,7,6,5,4,3,2; add 4 for T; the remainder mod 11 picks the letter
 *   from "JZIHGFEDCBA".
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiCheck(first6: string): number {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(first6)) throw new Error(`nhi(): need AAANNN, got ${first6}`);
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = first6[i] ?? "";
    sum += (i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c)) * (w[i] ?? 0);
  }
  const rem = sum % 11;
  if (rem === 0) return -1;
  return (11 - rem) % 10;
}

/** NZ NHI (old format) from its first six characters ("ZZZ004" → "ZZZ004x"). Throws when the stem has no valid check. */
export function nhi(stem: string): string {
  const c = nhiCheck(stem);
  if (c < 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

/** An old-format NHI whose check digit is right. */
export function nhiCheckIsValid(nhiText: string): boolean {
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(nhiText)) return false;
  const c = nhiCheck(nhiText.slice(0, 6));
  return c >= 0 && c === Number(nhiText[6]);
}

function nricLetter(first8: string): string {
  if (!/^[ST]\d{7}$/.test(first8)) throw new Error(`nric(): need S/T + 7 digits, got ${first8}`);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = first8[0] === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(first8[i + 1]) * (w[i] ?? 0);
  return "JZIHGFEDCBA"[sum % 11] ?? "";
}

/** Singapore NRIC from its prefix and seven digits ("S8812345" → "S8812345x"). */
export function nric(stem: string): string {
  return `${stem}${nricLetter(stem)}`;
}

/** An NRIC whose check letter is right. */
export function nricCheckIsValid(text: string): boolean {
  return /^[ST]\d{7}[A-Z]$/.test(text) && nricLetter(text.slice(0, 8)) === text[8];
}

/** The two check digits of a Brazilian CPF's first nine digits (the public mod-11 rule, weights 10…2 then 11…2). */
function cpfChecks(first9: string): string {
  const digits = first9.split("").map(Number);
  for (const start of [10, 11]) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += (digits[i] ?? 0) * (start - i);
    const r = (sum * 10) % 11;
    digits.push(r === 10 ? 0 : r);
  }
  return `${digits[9]}${digits[10]}`;
}

/** Brazilian CPF as written, from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  if (!/^\d{3}\.\d{3}\.\d{3}$/.test(stem)) throw new Error(`cpf(): need 000.000.000, got ${stem}`);
  return `${stem}-${cpfChecks(stem.replace(/\D/g, ""))}`;
}

/** A CPF written 000.000.000-00 whose check digits are right. */
export function cpfCheckIsValid(text: string): boolean {
  return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text) && cpfChecks(text.replace(/\D/g, "").slice(0, 9)) === text.slice(-2);
}
