/**
 * Check characters for the dev18 corpus's fictional identifiers that ../corpus/gen.ts has no maker for, written from
 * the public rules (not copied from any other corpus's helpers):
 *
 * - New Zealand NHI (old AAANNNC form): letters A–Z without I and O are 1–24; weights 7,6,5,4,3,2 over the first six
 *   characters; remainder mod 11 must not be 0; the check digit is 11 − remainder, with 10 written as 0.
 *   Checked against the Ministry of Health's published test numbers ZZZ0016 and ZZZ0024.
 * - Irish PPSN: weights 8…2 over the seven digits (plus 9 × the optional second letter, A=1 … I=9, W=0); the check
 *   letter is the sum mod 23, with 0 written as W. Checked against the well-known example 1234567T.
 * - Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2; a remainder of 10 is written 0).
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiRemainder(first6: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = first6[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (7 - i);
  }
  return sum % 11;
}

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need AAANNN without I or O, got ${stem}`);
  const r = nhiRemainder(stem);
  if (r === 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${(11 - r) % 10}`;
}

/** A seven-character old-form NHI whose check digit is right. */
export function nhiCheck(text: string): boolean {
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(text)) return false;
  const r = nhiRemainder(text.slice(0, 6));
  return r !== 0 && (11 - r) % 10 === Number(text[6]);
}

function ppsnLetter(digits: string, second: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== "" && second !== "W") sum += (second.charCodeAt(0) - 64) * 9;
  const r = sum % 23;
  return r === 0 ? "W" : String.fromCharCode(64 + r);
}

/** Irish PPSN from seven digits and an optional second letter ("1234567" → "1234567T"; ("7654321", "A") → "7654321xA"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad stem ${digits} ${second}`);
  return `${digits}${ppsnLetter(digits, second)}${second}`;
}

/** A PPSN whose check letter is right. */
export function ppsnCheck(text: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(text);
  return m !== null && ppsnLetter(m[1] ?? "", m[3] ?? "") === m[2];
}

function cpfDigit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
}

/** Brazilian CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const a = cpfDigit(d, 10);
  const b = cpfDigit(`${d}${a}`, 11);
  return `${stem}-${a}${b}`;
}

/** A CPF (NNN.NNN.NNN-NN) whose two check digits are right. */
export function cpfCheck(text: string): boolean {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text)) return false;
  const d = text.replace(/\D/g, "");
  return cpf(text.slice(0, 11)) === text && !/^(\d)\1{10}$/.test(d);
}
