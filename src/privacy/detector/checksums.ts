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

/** A day-month-two-digit-year prefix that is a real calendar date (any century). */
function ddmmyyIsDate(d: string): boolean {
  const dd = Number(d.slice(0, 2));
  const mm = Number(d.slice(2, 4));
  const yy = Number(d.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const leap = yy % 4 === 0; // 2000 was leap, and 1900 rarely matters for a patient alive now
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1] ?? 31;
  return dd <= days;
}

/** Weighted mod-11 check digit used by NHS and CHI numbers (weights 10..2), or -1 when never issued. */
function mod11Weighted10(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? -1 : check;
}

/**
 * Scottish CHI number: 10 digits, DDMMYY date of birth, three digits (the ninth is the sex digit)
 * and a mod-11 check digit computed like the NHS number's.
 */
export function chiIsValid(digits: string): boolean {
  if (digits.length !== 10 || !DIGITS_ONLY.test(digits)) return false;
  if (!ddmmyyIsDate(digits)) return false;
  return mod11Weighted10(digits) === Number(digits[9]);
}

/**
 * Singapore NRIC / FIN: prefix S, T, F, G or M, seven digits, check letter. Weights 2,7,6,5,4,3,2;
 * T and G add 4, M adds 3; the remainder mod 11 picks the letter from the series' table.
 */
export function nricIsValid(code: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(code.toUpperCase());
  if (!m) return false;
  const prefix = m[1] ?? "";
  const body = m[2] ?? "";
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  if (prefix === "T" || prefix === "G") sum += 4;
  else if (prefix === "M") sum += 3;
  let r = sum % 11;
  if (prefix === "M") r = 10 - r;
  const table = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : prefix === "M" ? "KLJNPQRTUWX" : "XWUTRQPNMLK";
  return table[r] === m[3];
}

/** UAE Emirates ID: 15 digits, 784 (the country code), year of birth, serial, Luhn check digit. */
export function emiratesIdIsValid(digits: string): boolean {
  if (digits.length !== 15 || !digits.startsWith("784")) return false;
  const year = Number(digits.slice(3, 7));
  if (year < 1900 || year > 2099) return false;
  return luhnIsValid(digits);
}

/** Brazilian CPF: 11 digits, two mod-11 check digits (weights 10..2, then 11..2); repeated digits are invalid. */
export function cpfIsValid(digits: string): boolean {
  if (digits.length !== 11 || !DIGITS_ONLY.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (n: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(digits[i]) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/** Portuguese NIF: 9 digits, a valid first digit, mod-11 check digit (weights 9..2; remainder 0 or 1 gives 0). */
export function nifIsValid(digits: string): boolean {
  if (digits.length !== 9 || !/^[1235689]\d{8}$|^(?:45|7[0-9]|9[0-9])\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const r = sum % 11;
  const check = r < 2 ? 0 : 11 - r;
  return check === Number(digits[8]);
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O; A = 1 … Z = 24

/**
 * New Zealand NHI: three letters (no I or O) then either four digits (old format, mod-11 check
 * digit) or two digits, a letter and a check letter (new format, mod 23). Weights 7..2.
 */
export function nhiIsValid(code: string): boolean {
  const c = code.toUpperCase();
  const old = /^[A-HJ-NP-Z]{3}\d{4}$/.test(c);
  const neu = /^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}$/.test(c);
  if (!old && !neu) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const ch = c[i] ?? "";
    const v = /\d/.test(ch) ? Number(ch) : NHI_LETTERS.indexOf(ch) + 1;
    sum += v * (7 - i);
  }
  if (old) {
    const r = sum % 11;
    if (r === 0) return false;
    const check = (11 - r) % 10;
    return check === Number(c[6]);
  }
  const r = sum % 23;
  if (r === 0) return false;
  return NHI_LETTERS[23 - r - 1] === c[6];
}

/**
 * v17: Turkish T.C. Kimlik No: eleven digits, not starting with 0; the tenth is (7 × the sum of the odd places − the sum
 * of the even places among the first nine) mod 10, the eleventh the sum of the first ten mod 10.
 */
export function tcKimlikIsValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.slice(0, 9).reduce((a, b) => a + b, 0) + tenth) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

/**
 * v28: Polish PESEL: eleven digits; the first six are the birth date (the month plus 20 for the 2000s, 80 for the 1800s),
 * and the weighted sum of all eleven (weights 1 3 7 9 1 3 7 9 1 3 1) ends in 0.
 */
export function peselIsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1];
  if (d.reduce((sum, x, i) => sum + x * (weights[i] as number), 0) % 10 !== 0) return false;
  // (births in the 1800s, 1900s and 2000s only: a month field of 41–72 would be a birth after 2100)
  const field = (d[2] as number) * 10 + (d[3] as number);
  const month = field % 20;
  const day = (d[4] as number) * 10 + (d[5] as number);
  return (field < 40 || field > 80) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * v17: Iranian national code (kod-e melli): ten digits; the weighted sum of the first nine (weights 10 down to 2) mod 11
 * gives the last (the remainder itself below 2, else 11 − remainder). Ten identical digits are not issued.
 */
export function iranNationalCodeIsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const r = sum % 11;
  return Number(digits[9]) === (r < 2 ? r : 11 - r);
}

/**
 * v17: Hong Kong identity card number, "A123456(3)": one or two letters and six digits, then a check character in
 * brackets: weights 9 to 2 (a single letter is read as a space, 36, then the letter), letters A=10 … Z=35, and
 * (11 − sum mod 11) mod 11, where 10 is written A.
 */
export function hkidIsValid(letters: string, digits: string, check: string): boolean {
  if (!/^[A-Z]{1,2}$/.test(letters) || !/^\d{6}$/.test(digits) || !/^[0-9A]$/.test(check)) return false;
  const pair = letters.length === 1 ? [36, letters.charCodeAt(0) - 55] : [letters.charCodeAt(0) - 55, letters.charCodeAt(1) - 55];
  let sum = (pair[0] as number) * 9 + (pair[1] as number) * 8;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  const c = (11 - (sum % 11)) % 11;
  return check === (c === 10 ? "A" : String(c));
}

/**
 * v32: Romanian CNP: thirteen digits; the first is sex and century (1–8), the next six the birth date, and the weighted
 * sum of the first twelve (weights 2 7 9 1 4 6 3 5 8 2 7 9) mod 11 gives the last (10 is written 1).
 */
export function cnpIsValid(digits: string): boolean {
  if (!/^[1-8]\d{12}$/.test(digits)) return false;
  const weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (weights[i] as number);
  const r = sum % 11;
  const month = Number(digits.slice(3, 5));
  const day = Number(digits.slice(5, 7));
  return Number(digits[12]) === (r === 10 ? 1 : r) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The codice fiscale's check letter: characters in odd places (1st, 3rd …) count by this table, those in even places by
// their own value (0–9, A–Z as 0–25).
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/**
 * v32: Italian codice fiscale: six letters (surname and name), birth year, month letter, day (plus 40 for women), the
 * place code and a check letter computed from the first fifteen characters.
 */
export function codiceFiscaleIsValid(code: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(code)) return false;
  const value = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = value(code[i] as string);
    sum += i % 2 === 0 ? (CF_ODD[v] as number) : v;
  }
  const day = Number(code.slice(9, 11));
  return code.charCodeAt(15) - 65 === sum % 26 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71));
}

/**
 * v37: the Chinese resident identity number: a six-digit place code, the birth date as YYYYMMDD, a three-digit sequence
 * and a check character (ISO 7064 MOD 11-2: 0–9 or X).
 */
export function chineseResidentIdIsValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (weights[i] as number);
  const check = "10X98765432"[sum % 11];
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return id[17] === check && year >= 1890 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
