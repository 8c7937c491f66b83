/**
 * Helpers that make fictional identifiers with CORRECT check digits, so the corpus tests the
 * detector's checksum logic honestly. Sources write the stem; the helper appends the check digit.
 */
import { aadhaarIsValid, luhnIsValid, nhsNumberIsValid, verhoeffCheckDigit } from "../../../src/privacy/detector/checksums.ts";

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** NHS number from its first nine digits, as written ("943 476 591" → "943 476 5919"). */
export function nhs(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9) throw new Error(`nhs(): need 9 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) throw new Error(`nhs(): stem ${stem} has no valid check digit; pick another`);
  const out = `${stem}${check}`;
  if (!nhsNumberIsValid(digitsOf(out))) throw new Error(`nhs(): ${out} invalid`);
  return out;
}

/** Aadhaar number from its first eleven digits ("2345 6789 012" → "2345 6789 0124"). */
export function aadhaar(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 11) throw new Error(`aadhaar(): need 11 digits, got ${stem}`);
  const out = `${stem}${verhoeffCheckDigit(d)}`;
  if (!aadhaarIsValid(digitsOf(out))) throw new Error(`aadhaar(): ${out} invalid (first digit must be 2–9)`);
  return out;
}

/** Australian Medicare check digit: weights 1,3,7,9,1,3,7,9 over the first eight digits, mod 10. */
export function medicareCheckDigit(first8: string): number {
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (w[i] ?? 0);
  return sum % 10;
}

/** Australian Medicare card number, "2123 4567" + issue 1 → "2123 45670 1". */
export function medicare(stem: string, issue: number): string {
  const d = digitsOf(stem);
  if (d.length !== 8 || !/^[2-6]/.test(d)) throw new Error(`medicare(): need 8 digits starting 2–6, got ${stem}`);
  return `${d.slice(0, 4)} ${d.slice(4)}${medicareCheckDigit(d)} ${issue}`;
}

/** Australian Medicare number (10 digits, check digit in 9th place) is structurally valid. */
export function medicareIsValid(digits: string): boolean {
  return /^[2-6]\d{9}$/.test(digits) && medicareCheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}

/** Ontario health card number (Luhn over 10 digits), "1234-567-89" → "1234-567-897". */
export function ohip(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9) throw new Error(`ohip(): need 9 digits, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnIsValid(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

/** South African ID number: YYMMDD SSSS C A + Luhn check digit ("850312 5087 08" → "850312 5087 08x"). */
export function saId(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 12) throw new Error(`saId(): need 12 digits, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnIsValid(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}
