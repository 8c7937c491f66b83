/**
 * Check digits for the dev12 corpus's fictional identifiers that ../corpus/gen.ts has no maker for, written from the
 * public rules (not from any other corpus's helpers):
 *
 * - Brazilian CPF: two mod-11 check digits, weights 10…2 then 11…2 (a remainder under 2 gives 0).
 * - Mexican CURP: the 18th character is a digit from the first 17, valued 0–9 then A=10 … N=23, Ñ=24, O=25 … Z=36,
 *   weighted 18 down to 2; check = (10 − sum mod 10) mod 10.
 */

function cpfDigit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9 || /^(\d)\1+$/.test(d)) throw new Error(`cpf(): need 9 digits, not all the same, got ${stem}`);
  const d1 = cpfDigit(d, 10);
  const d2 = cpfDigit(`${d}${d1}`, 11);
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d1}${d2}`;
}

/** A CPF written ###.###.###-## whose two check digits are right. */
export function cpfIsValid(text: string): boolean {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text)) return false;
  const d = text.replace(/\D/g, "");
  return cpf(d.slice(0, 9)) === text;
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

export function curpCheckDigit(first17: string): number {
  if (first17.length !== 17) throw new Error(`curp(): need 17 characters, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CURP_CHARS.indexOf(first17[i] ?? "");
    if (v < 0) throw new Error(`curp(): bad character in ${first17}`);
    sum += v * (18 - i);
  }
  return (10 - (sum % 10)) % 10;
}

/** CURP from its first seventeen characters. */
export function curp(stem: string): string {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]$/.test(stem)) throw new Error(`curp(): malformed stem ${stem}`);
  return `${stem}${curpCheckDigit(stem)}`;
}

/** An 18-character CURP whose check digit is right. */
export function curpIsValid(text: string): boolean {
  return /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(text) && curpCheckDigit(text.slice(0, 17)) === Number(text[17]);
}
