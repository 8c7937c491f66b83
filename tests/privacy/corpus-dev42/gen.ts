/**
 * Check characters for the dev42 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule
 * here is the published one:
 *
 * - Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2; a remainder under 2 gives 0).
 * - Polish PESEL: weights 1,3,7,9,1,3,7,9,1,3 over the first ten digits; the check digit makes the sum a multiple of 10.
 * - Romanian CNP: weights 2,7,9,1,4,6,3,5,8,2,7,9 over the first twelve digits, mod 11 (10 becomes 1).
 * - Iranian national code (kod-e melli): weights 10…2 over the first nine digits, r = sum mod 11; check r if r < 2, else 11 − r.
 * - Pakistani CNIC: no public check digit; cnic() only enforces the shape (province digit 1–7, 5-7-1 groups) and the
 *   gender convention (last digit odd for men, even for women).
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

function cpfDigit(d: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[i]) * (firstWeight - i);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** Brazilian CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9 || /^(\d)\1{8}$/.test(d)) throw new Error(`cpf(): need 9 digits, not all equal, got ${stem}`);
  const d1 = cpfDigit(d, 10);
  const d2 = cpfDigit(`${d}${d1}`, 11);
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d1}${d2}`;
}

/** A CPF written as 000.000.000-00 whose two check digits are right. */
export function cpfOk(text: string): boolean {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text)) return false;
  const d = digitsOf(text);
  return cpf(d.slice(0, 9)) === text;
}

const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Polish PESEL from its first ten digits. */
export function pesel(stem: string): string {
  if (!/^\d{10}$/.test(stem)) throw new Error(`pesel(): need 10 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(stem[i]) * (PESEL_W[i] ?? 0);
  return `${stem}${(10 - (sum % 10)) % 10}`;
}

export function peselOk(text: string): boolean {
  return /^\d{11}$/.test(text) && pesel(text.slice(0, 10)) === text;
}

const CNP_W = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

/** Romanian CNP from its first twelve digits (S YY MM DD JJ NNN). */
export function cnp(stem: string): string {
  if (!/^[1-8]\d{11}$/.test(stem)) throw new Error(`cnp(): need 12 digits starting 1–8, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(stem[i]) * (CNP_W[i] ?? 0);
  const r = sum % 11;
  return `${stem}${r === 10 ? 1 : r}`;
}

export function cnpOk(text: string): boolean {
  return /^\d{13}$/.test(text) && cnp(text.slice(0, 12)) === text;
}

/** Iranian national code from its first nine digits ("008212345" → "0082123456"-style, ten digits). */
export function iranCode(stem: string): string {
  if (!/^\d{9}$/.test(stem) || /^(\d)\1{8}$/.test(stem)) throw new Error(`iranCode(): need 9 digits, not all equal, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(stem[i]) * (10 - i);
  const r = sum % 11;
  return `${stem}${r < 2 ? r : 11 - r}`;
}

export function iranCodeOk(text: string): boolean {
  return /^\d{10}$/.test(text) && iranCode(text.slice(0, 9)) === text;
}

/** A Pakistani CNIC (or B-form) number in its printed 5-7-1 shape, gender digit checked. */
export function cnic(first12: string, sex: "m" | "f", last: number): string {
  const d = digitsOf(first12);
  if (!/^[1-7]\d{11}$/.test(d)) throw new Error(`cnic(): need 12 digits starting 1–7, got ${first12}`);
  if (last < 0 || last > 9 || (sex === "m") !== (last % 2 === 1)) throw new Error(`cnic(): last digit ${last} does not fit sex ${sex}`);
  return `${d.slice(0, 5)}-${d.slice(5, 12)}-${last}`;
}
