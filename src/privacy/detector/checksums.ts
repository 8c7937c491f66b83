/**
 * Check-digit algorithms for national identifiers. Inputs are digit strings
 * (separators already removed); anything else is invalid.
 */

const DIGITS_ONLY = /^\d+$/;

/** UK NHS number: 10 digits, mod-11 check digit (weights 10..2; a remainder giving 10 is never issued). */
export function nhsNumberIsValid(digits: string): boolean {
  if (digits.length !== 10 || !DIGITS_ONLY.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false; // 0000000000, 1111111111… are test/filler values
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffRun(digits: string, offset: number): number {
  let c = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const d = Number(digits[n - 1 - i]);
    const p = VERHOEFF_P[(i + offset) % 8]?.[d] ?? 0;
    c = VERHOEFF_D[c]?.[p] ?? 0;
  }
  return c;
}

/** True when the last digit is a correct Verhoeff check digit for the rest. */
export function verhoeffIsValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS_ONLY.test(digits)) return false;
  return verhoeffRun(digits, 0) === 0;
}

/** The Verhoeff check digit to append to `digits`. */
export function verhoeffCheckDigit(digits: string): number {
  if (!DIGITS_ONLY.test(digits)) throw new RangeError("verhoeffCheckDigit: digits only");
  return VERHOEFF_INV[verhoeffRun(digits, 1)] ?? 0;
}

/** Indian Aadhaar number: 12 digits, first digit 2–9, Verhoeff check digit. */
export function aadhaarIsValid(digits: string): boolean {
  return digits.length === 12 && /^[2-9]/.test(digits) && verhoeffIsValid(digits);
}

/** Luhn (mod 10), used by card numbers and IMEIs. */
export function luhnIsValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS_ONLY.test(digits)) return false;
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

/**
 * US Social Security number structure (no check digit exists): area not 000, 666 or 9xx,
 * group not 00, serial not 0000.
 */
export function ssnIsValid(digits: string): boolean {
  if (digits.length !== 9 || !DIGITS_ONLY.test(digits)) return false;
  const area = digits.slice(0, 3);
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (area === "000" || area === "666" || area.startsWith("9")) return false;
  if (group === "00" || serial === "0000") return false;
  return true;
}

/**
 * Pakistani CNIC structure (no public check digit): 13 digits, first digit is a province
 * code 1–7, last digit is the sex digit (odd male, even female), so any digit is plausible.
 */
export function cnicIsPlausible(digits: string): boolean {
  return digits.length === 13 && /^[1-7]\d{12}$/.test(digits);
}
