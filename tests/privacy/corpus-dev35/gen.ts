/**
 * Check characters for the dev35 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * Both rules are the public ones:
 * - Romanian CNP: weights 2,7,9,1,4,6,3,5,8,2,7,9 over the first twelve digits, sum mod 11, 10 becomes 1.
 * - Irish PPSN: weights 8..2 over the seven digits, plus 9 × the second letter's value (A=1 … W=0/23) when there is one,
 *   sum mod 23, 0 → W, 1 → A … 22 → V.
 */

const CNP_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

export function cnpCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (CNP_WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return r === 10 ? 1 : r;
}

/** Romanian CNP from its first twelve digits ("285071412345" → "2850714123456"). */
export function cnp(stem: string): string {
  if (!/^[1-8]\d{11}$/.test(stem)) throw new Error(`cnp(): need 12 digits starting 1–8, got ${stem}`);
  return `${stem}${cnpCheckDigit(stem)}`;
}

/** A 13-digit CNP whose last digit is right. */
export function cnpIsValid(digits: string): boolean {
  return /^[1-8]\d{12}$/.test(digits) && cnpCheckDigit(digits.slice(0, 12)) === Number(digits[12]);
}

function ppsnLetter(n: number): string {
  return n === 0 ? "W" : String.fromCharCode(64 + n);
}

/** Irish PPSN check letter for seven digits and an optional second letter ("1234567", "A" → "1234567?A"). */
export function ppsnCheck(digits7: string, second = ""): string {
  if (!/^\d{7}$/.test(digits7)) throw new Error(`ppsn(): need 7 digits, got ${digits7}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits7[i]) * (8 - i);
  if (second !== "" && second !== "W") sum += 9 * (second.charCodeAt(0) - 64);
  return ppsnLetter(sum % 23);
}

/** Irish PPSN: seven digits, the check letter, then the optional second letter. */
export function ppsn(digits7: string, second = ""): string {
  return `${digits7}${ppsnCheck(digits7, second)}${second}`;
}
