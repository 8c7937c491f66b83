/**
 * Check digits for the dev13 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Both rules are the
 * public ones:
 *
 * - Turkish T.C. Kimlik No (11 digits, first not 0): digit 10 is ((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8)) mod 10, digit 11 is
 *   the sum of the first ten digits mod 10.
 * - Iranian national code (kod-e melli, 10 digits): r = Σ d(i)×(10−i) over the first nine digits, mod 11; the check digit
 *   is r when r < 2, else 11 − r.
 */

/** Turkish T.C. Kimlik No from its first nine digits ("318650427" → "31865042706"). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits not starting with 0, got ${stem}`);
  const d = [...stem].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${stem}${d10}${d11}`;
}

/** An 11-digit T.C. Kimlik No whose two check digits are right. */
export function tcKimlikIsValid(digits: string): boolean {
  return /^[1-9]\d{10}$/.test(digits) && tcKimlik(digits.slice(0, 9)) === digits;
}

/** The check digit of an Iranian national code's first nine digits. */
export function iranCodeCheckDigit(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const r = sum % 11;
  return r < 2 ? r : 11 - r;
}

/** Iranian national code from its first nine digits, written with the usual dashes ("048-215963-" → "048-215963-4"). */
export function iranCode(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9 || /^(\d)\1{8}$/.test(d)) throw new Error(`iranCode(): need 9 digits, not all the same, got ${stem}`);
  return `${stem}${iranCodeCheckDigit(d)}`;
}

/** A 10-digit Iranian national code (dashes removed) whose check digit is right. */
export function iranCodeIsValid(digits: string): boolean {
  return /^\d{10}$/.test(digits) && !/^(\d)\1{9}$/.test(digits) && iranCodeCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}
