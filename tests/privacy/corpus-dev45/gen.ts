/**
 * Check characters for the dev45 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule
 * here is the public one:
 *   - Brazilian CPF: two mod-11 check digits (weights 10..2, then 11..2; a remainder under 2 gives 0).
 *   - Serbian JMBG: 13 digits, the last = 11 - (weighted sum mod 11), weights 7,6,5,4,3,2 twice; 11 gives 0, 10 is not issued.
 *   - Taiwanese national ID: a letter (mapped to two digits) + 9 digits, weights 1,9,8,7,6,5,4,3,2,1,1, sum a multiple of 10.
 *   - Hungarian TAJ: 8 digits + check digit, odd positions ×3 and even positions ×7, sum mod 10.
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** CPF check digits for nine digits. */
export function cpfCheck(nine: string): string {
  const d = [...nine].map(Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] ?? 0) * (10 - i);
  const r1 = sum % 11;
  const c1 = r1 < 2 ? 0 : 11 - r1;
  sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] ?? 0) * (11 - i);
  sum += c1 * 2;
  const r2 = sum % 11;
  const c2 = r2 < 2 ? 0 : 11 - r2;
  return `${c1}${c2}`;
}

/** CPF as written, "438.512.907" → "438.512.907-xx". */
export function cpf(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9 || /^(\d)\1+$/.test(d)) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  return `${stem}-${cpfCheck(d)}`;
}

export function cpfOk(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 11 && cpfCheck(d.slice(0, 9)) === d.slice(9);
}

const JMBG_W = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function jmbgCheck(twelve: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (JMBG_W[i] ?? 0);
  const m = 11 - (sum % 11);
  if (m === 10) return -1;
  return m === 11 ? 0 : m;
}

/** JMBG from its first twelve digits. */
export function jmbg(stem: string): string {
  if (!/^\d{12}$/.test(stem)) throw new Error(`jmbg(): need 12 digits, got ${stem}`);
  const c = jmbgCheck(stem);
  if (c < 0) throw new Error(`jmbg(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

export function jmbgOk(text: string): boolean {
  return /^\d{13}$/.test(text) && jmbgCheck(text.slice(0, 12)) === Number(text[12]);
}

const TW_LETTERS: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

function twSum(first9: string): number {
  const n = TW_LETTERS[first9[0] ?? ""];
  if (n === undefined) throw new Error(`twId(): bad letter in ${first9}`);
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += Number(first9[i]) * (9 - i);
  return sum;
}

/** Taiwanese national ID from a letter and eight digits ("F22087413" → "F22087413x"). */
export function twId(stem: string): string {
  if (!/^[A-Z][12]\d{7}$/.test(stem)) throw new Error(`twId(): need letter + 8 digits, got ${stem}`);
  return `${stem}${(10 - (twSum(stem) % 10)) % 10}`;
}

export function twIdOk(text: string): boolean {
  return /^[A-Z][12]\d{8}$/.test(text) && (twSum(text.slice(0, 9)) + Number(text[9])) % 10 === 0;
}

function tajCheck(eight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (i % 2 === 0 ? 3 : 7);
  return sum % 10;
}

/** Hungarian TAJ number as written in threes, "047 318 26" → "047 318 26x". */
export function taj(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 8) throw new Error(`taj(): need 8 digits, got ${stem}`);
  return `${stem}${tajCheck(d)}`;
}

export function tajOk(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 9 && tajCheck(d.slice(0, 8)) === Number(d[8]);
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

function curpCheck(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(first17[i] ?? "") * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/**
 * Mexican CURP from its first seventeen characters (the public RENAPO rule: character values 0–9, A=10 … Z=36 with Ñ
 * after N, weights 18 down to 2, check = (10 - sum mod 10) mod 10).
 */
export function curp(stem: string): string {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]$/.test(stem)) throw new Error(`curp(): bad stem ${stem}`);
  return `${stem}${curpCheck(stem)}`;
}

export function curpOk(text: string): boolean {
  return /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(text) && curpCheck(text.slice(0, 17)) === Number(text[17]);
}
