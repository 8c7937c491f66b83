/**
 * Check characters for the dev26 corpus's fictional identifiers that ../corpus/gen.ts has no maker for, written from
 * the public rules (not from any detector code). corpus-dev26.test.ts re-checks every such span with the shared
 * `checkIds` kinds "PPSN" and "NHI", so these makers are cross-checked against the repository's own validators.
 */

const PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

/** Irish PPSN from its seven digits: weights 8…2, sum mod 23, 0 → W, 1 → A … ("1234567" → "1234567T"). */
export function ppsn(digits: string): string {
  if (!/^\d{7}$/.test(digits)) throw new Error(`ppsn(): need 7 digits, got ${digits}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  return `${digits}${PPSN_LETTERS[sum % 23]}`;
}

const NHI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // A–Z without I and O, valued 1–24

/** New Zealand NHI (old AAANNNC form) from three letters and three digits: weights 7…2, mod 11 ("ZZZ001" → "ZZZ0016"). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need three letters (no I or O) and three digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 3; i++) sum += (NHI_ALPHABET.indexOf(stem[i] ?? "") + 1) * (7 - i);
  for (let i = 3; i < 6; i++) sum += Number(stem[i]) * (7 - i);
  const r = sum % 11;
  if (r === 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  return `${stem}${(11 - r) % 10}`;
}
