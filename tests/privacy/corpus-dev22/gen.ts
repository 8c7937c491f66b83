/**
 * Check characters for the dev22 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * The NZ NHI rule used here is the public one for the old AAANNNC format: letters A–Z without I and O count 1–24,
 * the first six characters are weighted 7,6,5,4,3,2, the sum is taken mod 11 (0 is not allowed), and the check
 * digit is 11 minus that remainder, with 10 written as 0. Checked against the well-known test number ZZZ0016.
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

function nhiValue(c: string): number {
  if (/\d/.test(c)) return Number(c);
  const v = NHI_LETTERS.indexOf(c);
  if (v < 0) throw new Error(`nhi(): letter ${c} not allowed`);
  return v + 1;
}

/** The check digit of an NHI's first six characters, or undefined when that stem has none. */
export function nhiCheckDigit(first6: string): number | undefined {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(first6)) throw new Error(`nhi(): need three letters and three digits, got ${first6}`);
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += nhiValue(first6[i] ?? "") * (w[i] ?? 0);
  const r = sum % 11;
  if (r === 0) return undefined;
  return (11 - r) % 10;
}

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). Throws for a stem without a check digit. */
export function nhi(stem: string): string {
  const c = nhiCheckDigit(stem);
  if (c === undefined) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

/** A seven-character old-format NHI whose check digit is right. */
export function nhiIsValidHere(nhiText: string): boolean {
  return /^[A-HJ-NP-Z]{3}\d{4}$/.test(nhiText) && nhiCheckDigit(nhiText.slice(0, 6)) === Number(nhiText[6]);
}
