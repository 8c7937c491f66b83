/**
 * Check characters for the dev23 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one:
 *
 * - New Zealand NHI (old AAANNNC form): letters A–Z without I and O count 1–24, weights 7,6,5,4,3,2 over the first six
 *   characters, check = 11 − (sum mod 11), 10 → 0; a sum that is a multiple of 11 has no valid check digit.
 * - Brazilian CPF: two mod-11 check digits over weights 10…2 and 11…2 (a remainder under 2 gives 0).
 * - Irish PPSN: weights 8…2 over seven digits, plus 9 × the value of a second letter (A=1 … W=0); the sum mod 23 picks
 *   the check letter (0 → W, 1 → A, …).
 */

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** NZ NHI from its first six characters ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need three letters (not I or O) and three digits, got ${stem}`);
  const w = [7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = stem[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (w[i] ?? 0);
  }
  const mod = sum % 11;
  if (mod === 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  const check = (11 - mod) % 10;
  return `${stem}${check}`;
}

function cpfDigit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** Brazilian CPF from its first nine digits, written "123.456.789" → "123.456.789-09". */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const d1 = cpfDigit(d, 10);
  const d2 = cpfDigit(`${d}${d1}`, 11);
  return `${stem}-${d1}${d2}`;
}

/** Irish PPSN from seven digits and an optional second letter ("1234567", "A" → "1234567TA"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad stem ${digits}${second}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== "") sum += 9 * (second === "W" ? 0 : second.charCodeAt(0) - 64);
  const r = sum % 23;
  const check = r === 0 ? "W" : String.fromCharCode(64 + r);
  return `${digits}${check}${second}`;
}
