/**
 * Check characters for the dev39 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule here
 * is the public one; sources write the stem and the helper appends the check character.
 *
 * - NZ NHI (old AAANNNC form): letters A–Z without I and O numbered 1–24, weights 7,6,5,4,3,2; check = 11 − (sum mod 11),
 *   10 → 0; a remainder of 0 has no valid check digit.
 * - Singapore NRIC (S/T): weights 2,7,6,5,4,3,2, +4 for T; letter from JZIHGFEDCBA by sum mod 11.
 * - Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2; remainder ×10 mod 11, 10 → 0).
 * - Hong Kong HKID: a space counts 36 and letters A=10 … Z=35, weights 9,8 over the two letter places and 7…2 over
 *   the six digits; check = 11 − (sum mod 11), 10 → "A", 11 → "0".
 * - Turkish T.C. Kimlik No: 10th digit = ((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8)) mod 10; 11th = sum of the first ten mod 10.
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiCheck(first6: string): number | null {
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

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need AAANNN, got ${stem}`);
  const c = nhiCheck(stem);
  if (c === null) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

export function nhiValid(s: string): boolean {
  return /^[A-HJ-NP-Z]{3}\d{4}$/.test(s) && nhiCheck(s.slice(0, 6)) === Number(s[6]);
}

function nricLetter(prefix: string, digits: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (w[i] ?? 0);
  if (prefix === "T") sum += 4;
  return "JZIHGFEDCBA"[sum % 11] ?? "";
}

/** Singapore NRIC from its prefix and seven digits ("S8412337" → "S8412337x"). */
export function nric(stem: string): string {
  if (!/^[ST]\d{7}$/.test(stem)) throw new Error(`nric(): need S/T + 7 digits, got ${stem}`);
  return `${stem}${nricLetter(stem[0] ?? "", stem.slice(1))}`;
}

export function nricValid(s: string): boolean {
  return /^[ST]\d{7}[A-Z]$/.test(s) && nricLetter(s[0] ?? "", s.slice(1, 8)) === s[8];
}

function cpfDigit(d: string, top: number): number {
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[i]) * (top - i);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
}

/** Brazilian CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const c1 = cpfDigit(d, 10);
  const c2 = cpfDigit(d + c1, 11);
  return `${stem}-${c1}${c2}`;
}

export function cpfValid(s: string): boolean {
  const d = s.replace(/\D/g, "");
  if (d.length !== 11) return false;
  const c1 = cpfDigit(d.slice(0, 9), 10);
  return c1 === Number(d[9]) && cpfDigit(d.slice(0, 10), 11) === Number(d[10]);
}

function hkidCheck(letters: string, digits: string): string {
  const pad = letters.length === 1 ? ` ${letters}` : letters;
  let sum = 0;
  for (let i = 0; i < 2; i++) {
    const c = pad[i] ?? " ";
    sum += (c === " " ? 36 : c.charCodeAt(0) - 55) * (9 - i);
  }
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  const check = 11 - (sum % 11);
  return check === 11 ? "0" : check === 10 ? "A" : String(check);
}

/** Hong Kong identity card number from its letters and six digits ("K123456" → "K123456(x)"). */
export function hkid(stem: string): string {
  const m = /^([A-Z]{1,2})(\d{6})$/.exec(stem);
  if (!m) throw new Error(`hkid(): need 1–2 letters + 6 digits, got ${stem}`);
  return `${stem}(${hkidCheck(m[1] ?? "", m[2] ?? "")})`;
}

export function hkidValid(s: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(([0-9A])\)$/.exec(s);
  return m !== null && hkidCheck(m[1] ?? "", m[2] ?? "") === m[3];
}

function tcChecks(d9: string): string {
  const d = [...d9].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const c10 = (((odd * 7 - even) % 10) + 10) % 10;
  const c11 = (d.reduce((a, b) => a + b, 0) + c10) % 10;
  return `${c10}${c11}`;
}

/** Turkish T.C. Kimlik No from its first nine digits (first digit not 0). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits not starting 0, got ${stem}`);
  return `${stem}${tcChecks(stem)}`;
}

export function tcKimlikValid(s: string): boolean {
  return /^[1-9]\d{10}$/.test(s) && tcChecks(s.slice(0, 9)) === s.slice(9);
}
