/**
 * Check characters for the dev14 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule
 * here is the public one, written from its published description (not from the detector):
 *
 * - New Zealand NHI (old AAANNNN form): letters A–Z without I and O count 1–24, weights 7 6 5 4 3 2 over the first six
 *   characters, check = 11 − (sum mod 11), a remainder of 0 is not allowed and a check of 10 becomes 0.
 * - Singapore NRIC/FIN: weights 2 7 6 5 4 3 2 over the seven digits, +4 for T and G prefixes, check letter from
 *   JZIHGFEDCBA (S/T) or XWUTRQPNMLK (F/G) by the sum mod 11.
 * - Hong Kong HKID (one-letter prefix): a space counts 36 with weight 9, the letter (A=10 …) weight 8, the six digits
 *   weights 7 … 2; check = 11 − (sum mod 11), 10 → A, 11 → 0.
 * - Emirates ID and Saudi national ID: Luhn over all digits.
 * - Chilean RUN: mod 11 with weights 2–7 from the right (see rut()).
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** NZ NHI from its first six characters ("ZZZ012" → "ZZZ012x"); throws when the stem has no valid check digit. */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need AAANNN, got ${stem}`);
  const check = nhiCheckDigit(stem);
  if (check === null) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${check}`;
}

export function nhiCheckDigit(first6: string): number | null {
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = first6[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (w[i] ?? 0);
  }
  const rem = sum % 11;
  if (rem === 0) return null;
  const check = 11 - rem;
  return check === 10 ? 0 : check;
}

export function nhiLocalIsValid(s: string): boolean {
  return /^[A-HJ-NP-Z]{3}\d{4}$/.test(s) && nhiCheckDigit(s.slice(0, 6)) === Number(s[6]);
}

/** Singapore NRIC/FIN from prefix + seven digits ("S8712345" → "S8712345x"). */
export function nric(stem: string): string {
  if (!/^[STFG]\d{7}$/.test(stem)) throw new Error(`nric(): need [STFG] + 7 digits, got ${stem}`);
  return `${stem}${nricCheckLetter(stem)}`;
}

export function nricCheckLetter(first8: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first8[i + 1]) * (w[i] ?? 0);
  const p = first8[0] ?? "S";
  if (p === "T" || p === "G") sum += 4;
  const table = p === "S" || p === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return table[sum % 11] ?? "";
}

/** Hong Kong identity card number with one prefix letter, written "K512093(4)". */
export function hkid(stem: string): string {
  if (!/^[A-Z]\d{6}$/.test(stem)) throw new Error(`hkid(): need A + 6 digits, got ${stem}`);
  return `${stem}(${hkidCheck(stem)})`;
}

export function hkidCheck(first7: string): string {
  let sum = 36 * 9 + (first7.charCodeAt(0) - 55) * 8;
  for (let i = 1; i < 7; i++) sum += Number(first7[i]) * (8 - i);
  const c = 11 - (sum % 11);
  return c === 10 ? "A" : c === 11 ? "0" : String(c);
}

export function hkidIsValid(s: string): boolean {
  const m = /^([A-Z]\d{6})\(([0-9A])\)$/.exec(s);
  return m !== null && hkidCheck(m[1] ?? "") === m[2];
}

export function luhnOk(digits: string): boolean {
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

function luhnAppend(stem: string): string {
  const d = digitsOf(stem);
  for (let c = 0; c <= 9; c++) if (luhnOk(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

/** Emirates ID from its first fourteen digits, written "784-1987-4412093-" → "784-1987-4412093-x". */
export function emiratesId(stem: string): string {
  if (!/^784-\d{4}-\d{7}-$/.test(stem)) throw new Error(`emiratesId(): need 784-YYYY-NNNNNNN-, got ${stem}`);
  return luhnAppend(stem);
}

/** Saudi national ID (ten digits, 1 for citizens, 2 for residents) from its first nine digits. */
export function saudiId(stem: string): string {
  if (!/^[12]\d{8}$/.test(stem)) throw new Error(`saudiId(): need 9 digits starting 1 or 2, got ${stem}`);
  return luhnAppend(stem);
}

/** Chilean RUN/RUT check character: digits from the right weighted 2 3 4 5 6 7 (repeating); 11 − (sum mod 11), 11 → 0, 10 → K. */
export function rutCheck(body: string): string {
  const d = digitsOf(body);
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[d.length - 1 - i]) * (2 + (i % 6));
  const c = 11 - (sum % 11);
  return c === 11 ? "0" : c === 10 ? "K" : String(c);
}

/** Chilean RUN written with dots, "14.382.907" → "14.382.907-x". */
export function rut(stem: string): string {
  if (!/^\d{1,2}\.\d{3}\.\d{3}$/.test(stem)) throw new Error(`rut(): need NN.NNN.NNN, got ${stem}`);
  return `${stem}-${rutCheck(stem)}`;
}

/** A RUN as written here ("14.382.907-3") whose check character is right. */
export function rutIsValid(s: string): boolean {
  const m = /^(\d{1,2}\.\d{3}\.\d{3})-([0-9K])$/.exec(s);
  return m !== null && rutCheck(m[1] ?? "") === m[2];
}
