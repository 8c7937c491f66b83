/**
 * Check characters for the dev27 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * The New Zealand NHI (old AAANNNC form) follows the public rule: letters A–Z without I and O count 1–24, the six
 * characters are weighted 7,6,5,4,3,2, the sum is taken mod 11 (0 is not allowed), the check digit is 11 minus that
 * (10 is written 0). Every NHI here is in the ZZZ test range; ZZZ0016 and ZZZ0024 are the well-known test numbers.
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiValue(c: string): number {
  return /\d/.test(c) ? Number(c) : NHI_LETTERS.indexOf(c) + 1;
}

/** The check digit of an NHI's first six characters, or null when the stem has none (sum ≡ 0 mod 11). */
export function nhiCheckDigit(first6: string): number | null {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(first6)) throw new Error(`nhi(): need AAANNN, got ${first6}`);
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += nhiValue(first6[i] ?? "") * (w[i] ?? 0);
  const mod = sum % 11;
  if (mod === 0) return null;
  return (11 - mod) % 10;
}

/** NHI from its first six characters ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  const c = nhiCheckDigit(stem);
  if (c === null) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}
