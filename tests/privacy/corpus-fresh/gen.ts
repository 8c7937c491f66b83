/**
 * Check-digit helpers for the fresh corpus's non-UK/IN/AU/CA/ZA numbers. The NHS, Aadhaar, Medicare,
 * OHIP and SA ID helpers live in ../corpus/gen.ts and are imported from there by the sources.
 * Every number made here is fictional; the helper only appends a correct check character.
 */
import { luhnIsValid } from "../../../src/privacy/detector/checksums.ts";

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Singapore NRIC/FIN check letter for S/T prefixes (weights 2,7,6,5,4,3,2; T adds 4). */
export function nricCheckLetter(prefix: "S" | "T", seven: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(seven[i]) * (w[i] ?? 0);
  return "JZIHGFEDCBA"[sum % 11] ?? "?";
}

/** "S8834127" → "S8834127D" (correct check letter). */
export function nric(stem: string): string {
  const m = /^([ST])(\d{7})$/.exec(stem);
  if (!m) throw new Error(`nric(): need S/T + 7 digits, got ${stem}`);
  return `${stem}${nricCheckLetter(m[1] as "S" | "T", m[2] ?? "")}`;
}

export function nricIsValid(s: string): boolean {
  const m = /^([ST])(\d{7})([A-Z])$/.exec(s);
  return m !== null && nricCheckLetter(m[1] as "S" | "T", m[2] ?? "") === m[3];
}

/** Emirates ID, 784-YYYY-NNNNNNN-C with a Luhn check digit: "784-1987-4412093" → "784-1987-4412093-x". */
export function emiratesId(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 14 || !d.startsWith("784")) throw new Error(`emiratesId(): need 14 digits starting 784, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnIsValid(`${d}${c}`)) return `${stem}-${c}`;
  throw new Error("unreachable");
}

/** Brazilian CPF check digits (two mod-11 digits): "529.982.247" → "529.982.247-25". */
export function cpfCheckDigits(nine: string): string {
  const dv = (ds: string, start: number): number => {
    let sum = 0;
    for (let i = 0; i < ds.length; i++) sum += Number(ds[i]) * (start - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(nine, 10);
  const d2 = dv(`${nine}${d1}`, 11);
  return `${d1}${d2}`;
}

export function cpf(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  return `${stem}-${cpfCheckDigits(d)}`;
}

export function cpfIsValid(s: string): boolean {
  const d = digitsOf(s);
  return d.length === 11 && cpfCheckDigits(d.slice(0, 9)) === d.slice(9);
}

/** Portuguese NIF: 9 digits, weights 9..2, check = 11 - sum mod 11 (0 when ≥ 10). */
export function nifCheckDigit(eight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (9 - i);
  const c = 11 - (sum % 11);
  return c >= 10 ? 0 : c;
}

export function nif(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 8) throw new Error(`nif(): need 8 digits, got ${stem}`);
  return `${stem}${nifCheckDigit(d)}`;
}

export function nifIsValid(s: string): boolean {
  const d = digitsOf(s);
  return d.length === 9 && nifCheckDigit(d.slice(0, 8)) === Number(d[8]);
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O; A = 1

/** New Zealand NHI (old AAANNNC format, mod 11), test range ZZZ: "ZZZ001" → "ZZZ0016". */
export function nhiCheckDigit(six: string): number | null {
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const ch = six[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(ch) + 1 : Number(ch);
    sum += v * (7 - i);
  }
  const r = sum % 11;
  if (r === 0) return null;
  const c = 11 - r;
  return c === 10 ? 0 : c;
}

export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need 3 letters + 3 digits, got ${stem}`);
  const c = nhiCheckDigit(stem);
  if (c === null) throw new Error(`nhi(): ${stem} has no valid check digit; pick another`);
  return `${stem}${c}`;
}

export function nhiIsValid(s: string): boolean {
  return /^[A-HJ-NP-Z]{3}\d{4}$/.test(s) && nhiCheckDigit(s.slice(0, 6)) === Number(s[6]);
}
