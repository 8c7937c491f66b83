/**
 * Check digits for the dev24 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is the
 * public one; each maker throws if the stem is the wrong shape, and each has an `…IsValid` twin the test uses.
 *
 * - Turkish T.C. Kimlik No (11 digits): d10 = ((d1+d3+d5+d7+d9)·7 − (d2+d4+d6+d8)) mod 10; d11 = (d1+…+d10) mod 10.
 * - Brazilian CPF (NNN.NNN.NNN-DD): two mod-11 check digits, weights 10…2 then 11…2.
 * - Swedish personnummer (YYMMDD-NNNC): Luhn over the ten digits.
 * - Irish PPSN (7 digits + check letter): weights 8…2, sum mod 23, 0 → W, 1 → A … 22 → V.
 */

function luhnOk(digits: string): boolean {
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

/** Turkish identity number from its first nine digits ("123456789" → "12345678950"). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits not starting 0, got ${stem}`);
  const d = [...stem].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${stem}${d10}${d11}`;
}

export function tcKimlikIsValid(text: string): boolean {
  return /^[1-9]\d{10}$/.test(text) && tcKimlik(text.slice(0, 9)) === text;
}

function cpfDigit(digits: readonly number[]): number {
  const n = digits.length + 1;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits[i] ?? 0) * (n - i);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
}

/** Brazilian CPF from its first nine digits ("529.982.247" → "529.982.247-25"). */
export function cpf(stem: string): string {
  if (!/^\d{3}\.\d{3}\.\d{3}$/.test(stem)) throw new Error(`cpf(): need NNN.NNN.NNN, got ${stem}`);
  const d = [...stem.replace(/\D/g, "")].map(Number);
  if (new Set(d).size === 1) throw new Error("cpf(): repeated digits are not issued");
  const c1 = cpfDigit(d);
  const c2 = cpfDigit([...d, c1]);
  return `${stem}-${c1}${c2}`;
}

export function cpfOk(text: string): boolean {
  return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text) && cpf(text.slice(0, 11)) === text;
}

/** Swedish personnummer from "YYMMDD-NNN" ("460914-238" → "460914-2381"-style, Luhn check appended). */
export function personnummer(stem: string): string {
  if (!/^\d{6}-\d{3}$/.test(stem)) throw new Error(`personnummer(): need YYMMDD-NNN, got ${stem}`);
  const d = stem.replace(/\D/g, "");
  for (let c = 0; c <= 9; c++) if (luhnOk(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

export function personnummerIsValid(text: string): boolean {
  return /^\d{6}[-+]\d{4}$/.test(text) && luhnOk(text.replace(/\D/g, ""));
}

const PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

/** Irish PPSN from its seven digits ("8765432" → "8765432" + check letter). */
export function ppsn(stem: string): string {
  if (!/^\d{7}$/.test(stem)) throw new Error(`ppsn(): need 7 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i]) * (8 - i);
  return `${stem}${PPSN_LETTERS[sum % 23] ?? ""}`;
}

export function ppsnOk(text: string): boolean {
  return /^\d{7}[A-W]$/.test(text) && ppsn(text.slice(0, 7)) === text;
}
