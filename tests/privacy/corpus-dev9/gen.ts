/**
 * Check characters for the dev9 corpus's fictional identifiers that ../corpus/gen.ts and ../corpus-unseen5/gen.ts have
 * no maker for. Each maker computes the check character from a stem (or tries every candidate against an existing
 * validator, called, not read) and throws if none fits, so a bad stem fails the build. Nothing here is hand-typed.
 */
import { cpfIsValid } from "../corpus-fresh/gen.ts";

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Brazilian CPF, "123.456.789-" → "123.456.789-xy" (two check digits, tried against cpfIsValid). */
export function cpf(stem: string): string {
  for (let a = 0; a <= 9; a++) for (let b = 0; b <= 9; b++) if (cpfIsValid(`${stem}${a}${b}`)) return `${stem}${a}${b}`;
  throw new Error(`cpf(): no valid check digits for ${stem}`);
}

/** Turkish T.C. Kimlik No: nine digits (first not 0) → eleven, digits 10 and 11 computed. */
export function tckn(stem: string): string {
  const d = digitsOf(stem).split("").map(Number);
  if (d.length !== 9 || d[0] === 0) throw new Error(`tckn(): need 9 digits not starting 0, got ${stem}`);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${stem}${d10}${d11}`;
}

/** Turkish T.C. Kimlik No is structurally valid. */
export function tcknIsValid(text: string): boolean {
  const s = digitsOf(text);
  return /^[1-9]\d{10}$/.test(s) && tckn(s.slice(0, 9)) === s;
}

/** Iranian national code (kod-e melli): nine digits → ten, mod-11 check digit; written "xxx-xxxxxx-x" if the stem has the dashes. */
export function iranCode(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9) throw new Error(`iranCode(): need 9 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const r = sum % 11;
  return `${stem}${r < 2 ? r : 11 - r}`;
}

/** Iranian national code is valid (ten digits, check digit as above, not all the same digit). */
export function iranCodeIsValid(text: string): boolean {
  const s = digitsOf(text);
  return /^\d{10}$/.test(s) && !/^(\d)\1{9}$/.test(s) && digitsOf(iranCode(s.slice(0, 9))) === s;
}

/** Hong Kong identity card number, "K318452" → "K318452(x)" (weights 9…2 with a space before one letter, mod 11, 10 → A). */
export function hkid(stem: string): string {
  const m = /^([A-Z]{1,2})(\d{6})$/.exec(stem);
  if (!m) throw new Error(`hkid(): need one or two letters and six digits, got ${stem}`);
  const letters = m[1]!.length === 1 ? ` ${m[1]!}` : m[1]!;
  const value = (c: string): number => (c === " " ? 36 : c.charCodeAt(0) - 55);
  let sum = value(letters[0]!) * 9 + value(letters[1]!) * 8;
  for (let i = 0; i < 6; i++) sum += Number(m[2]![i]) * (7 - i);
  const c = (11 - (sum % 11)) % 11;
  return `${stem}(${c === 10 ? "A" : String(c)})`;
}

/** Hong Kong identity card number is valid. */
export function hkidIsValid(text: string): boolean {
  const m = /^([A-Z]{1,2}\d{6})\(([0-9A])\)$/.exec(text);
  return m !== null && hkid(m[1]!) === text;
}
