/**
 * Check characters for the dev41 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one: Pakistani CNIC (no check digit; the shape and the gender digit are checked by the shared
 * `cnicIsPlausible`, called here, never read), Singapore NRIC (weights 2,7,6,5,4,3,2, T adds 4, mod 11, letters
 * JZIHGFEDCBA), Emirates ID (Luhn over 15 digits), Irish PPSN (weights 8..2, second letter ×9, mod 23, W for 0).
 */
import { cnicIsPlausible } from "../../../src/privacy/detector/checksums.ts";

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Pakistani CNIC written 5-7-1 ("35202-4827361-3"); throws if the shared plausibility check rejects it. */
export function cnic(text: string): string {
  if (!/^\d{5}-\d{7}-\d$/.test(text) || !cnicIsPlausible(digitsOf(text))) throw new Error(`cnic(): ${text} not plausible`);
  return text;
}

const NRIC_ST = "JZIHGFEDCBA";

/** Singapore NRIC from its prefix and seven digits ("S8412345" → "S8412345x"). */
export function nric(stem: string): string {
  if (!/^[ST]\d{7}$/.test(stem)) throw new Error(`nric(): need S/T + 7 digits, got ${stem}`);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = stem[0] === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i + 1]) * (w[i] ?? 0);
  return `${stem}${NRIC_ST[sum % 11]}`;
}

function luhnCheck(d: string): number {
  for (let c = 0; c <= 9; c++) {
    const s = `${d}${c}`;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let n = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    }
    if (sum % 10 === 0) return c;
  }
  throw new Error("unreachable");
}

/** Emirates ID from "784-YYYY-NNNNNNN" → "784-YYYY-NNNNNNN-c" (Luhn). */
export function emiratesId(stem: string): string {
  if (!/^784-\d{4}-\d{7}$/.test(stem)) throw new Error(`emiratesId(): bad stem ${stem}`);
  return `${stem}-${luhnCheck(digitsOf(stem))}`;
}

/** Irish PPSN from seven digits and an optional second letter ("8412736", "A" → "8412736xA"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad ${digits}${second}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== "" && second !== "W") sum += (second.charCodeAt(0) - 64) * 9;
  const r = sum % 23;
  return `${digits}${r === 0 ? "W" : String.fromCharCode(64 + r)}${second}`;
}

/** Chilean RUT from its body ("9.481.276" → "9.481.276-k"): weights 2..7 from the right, 11 − sum mod 11, 11 → 0, 10 → K. */
export function rut(body: string): string {
  const d = digitsOf(body);
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[d.length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return `${body}-${r === 11 ? "0" : r === 10 ? "K" : String(r)}`;
}

/** Israeli teudat zehut from its first eight digits: weights 1,2,1,2… with digit sums, check digit to a multiple of 10. */
export function teudatZehut(first8: string): string {
  if (!/^\d{8}$/.test(first8)) throw new Error(`teudatZehut(): need 8 digits, got ${first8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const n = Number(first8[i]) * (i % 2 === 0 ? 1 : 2);
    sum += n > 9 ? n - 9 : n;
  }
  return `${first8}${(10 - (sum % 10)) % 10}`;
}
