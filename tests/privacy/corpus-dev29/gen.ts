/**
 * Check digits for the dev29 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * The PESEL rule is the public one (weights 1,3,7,9,1,3,7,9,1,3 over the first ten digits; the check digit makes
 * the weighted sum a multiple of 10).
 */

/** Polish PESEL from its first ten digits ("9207150582" → "92071505821"). */
export function pesel(stem: string): string {
  if (!/^\d{10}$/.test(stem)) throw new Error(`pesel(): need 10 digits, got ${stem}`);
  return `${stem}${peselCheckDigit(stem)}`;
}

export function peselCheckDigit(first10: string): number {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * (w[i] ?? 0);
  return (10 - (sum % 10)) % 10;
}

/** An 11-digit PESEL whose last digit is right. */
export function peselIsValid(digits: string): boolean {
  return /^\d{11}$/.test(digits) && peselCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}
