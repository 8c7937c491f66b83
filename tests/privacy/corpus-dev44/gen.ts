/**
 * Check characters for the dev44 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule
 * here is the public one; each maker has a matching `…IsValid` that corpus-dev44.test.ts uses to re-check the spans.
 *
 * - Chilean RUT: digits weighted 2,3,4,5,6,7 (repeating) from the right, 11 − (sum mod 11); 11 → 0, 10 → K.
 * - Spanish DNI: the number mod 23 picks a letter from TRWAGMYFPDXBNJZSQVHLCKE.
 * - Chinese resident identity number: ISO 7064 MOD 11-2 over 17 digits (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2).
 * - Thai national ID: weights 13 … 2 over 12 digits, (11 − sum mod 11) mod 10.
 * - French NIR (numéro de sécurité sociale): key = 97 − (first 13 digits mod 97).
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Chilean RUT check character for the body digits. */
export function rutCheck(body: string): string {
  const d = digitsOf(body);
  let sum = 0;
  let w = 2;
  for (let i = d.length - 1; i >= 0; i--) {
    sum += Number(d[i]) * w;
    w = w === 7 ? 2 : w + 1;
  }
  const r = 11 - (sum % 11);
  return r === 11 ? "0" : r === 10 ? "K" : String(r);
}

/** Chilean RUT, written with dots: "12.345.678" → "12.345.678-5". */
export function rut(body: string): string {
  return `${body}-${rutCheck(body)}`;
}

export function rutIsValid(text: string): boolean {
  const m = /^([\d.]+)-([\dK])$/.exec(text);
  return m !== null && rutCheck(m[1] ?? "") === m[2];
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI from its eight digits ("45128873" → "45128873" + letter). */
export function dni(num: string): string {
  if (!/^\d{8}$/.test(num)) throw new Error(`dni(): need 8 digits, got ${num}`);
  return `${num}${DNI_LETTERS[Number(num) % 23]}`;
}

export function dniIsValid(text: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(text);
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = "10X98765432";

/** Chinese resident identity number from its first seventeen digits. */
export function cnId(stem: string): string {
  if (!/^\d{17}$/.test(stem)) throw new Error(`cnId(): need 17 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(stem[i]) * (CN_WEIGHTS[i] ?? 0);
  return `${stem}${CN_CHECK[sum % 11]}`;
}

export function cnIdIsValid(text: string): boolean {
  return /^\d{17}[\dX]$/.test(text) && cnId(text.slice(0, 17)) === text;
}

/** Thai national ID from its first twelve digits, written in the usual 1-4-5-2-1 groups. */
export function thaiId(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 12) throw new Error(`thaiId(): need 12 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (13 - i);
  const c = (11 - (sum % 11)) % 10;
  const all = `${d}${c}`;
  return `${all.slice(0, 1)}-${all.slice(1, 5)}-${all.slice(5, 10)}-${all.slice(10, 12)}-${all.slice(12)}`;
}

export function thaiIdIsValid(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 13 && thaiId(d.slice(0, 12)) === text;
}

/** French NIR from its thirteen digits, written "s yy mm dd ccc nnn" + key ("2 29 04 56 187 032" → "… 41"). */
export function nir(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 13) throw new Error(`nir(): need 13 digits, got ${stem}`);
  const key = 97 - Number(BigInt(d) % 97n);
  return `${stem} ${String(key).padStart(2, "0")}`;
}

export function nirIsValid(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}
