/**
 * Check characters for the dev15 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * The New Zealand NHI rule is the public one for the old AAANNNC format: letters A–Z without I and O count 1–24,
 * the first six characters are weighted 7,6,5,4,3,2, and the check digit is 11 minus the sum mod 11 (a remainder of
 * 0 means no valid number; a check of 10 is written 0). The ZZZ prefix is the Ministry of Health's test range.
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiValue(c: string): number {
  return /\d/.test(c) ? Number(c) : NHI_LETTERS.indexOf(c) + 1;
}

/** The check digit of an NHI's first six characters, or null when that stem has none. */
export function nhiCheckDigit(first6: string): number | null {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(first6)) throw new Error(`nhi(): need three letters (no I or O) and three digits, got ${first6}`);
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += nhiValue(first6[i] ?? "") * (w[i] ?? 0);
  const rem = sum % 11;
  if (rem === 0) return null;
  return (11 - rem) % 10;
}

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). Throws when the stem has no valid check digit. */
export function nhi(stem: string): string {
  const check = nhiCheckDigit(stem);
  if (check === null) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${check}`;
}

/** A seven-character NHI (old format) whose check digit is right. */
export function nhiFormatIsValid(nhiText: string): boolean {
  return /^[A-HJ-NP-Z]{3}\d{4}$/.test(nhiText) && nhiCheckDigit(nhiText.slice(0, 6)) === Number(nhiText[6]);
}
