/**
 * Check characters for the dev20 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one; the test checks every marked number against the shared validators in ../corpus/id-kinds.ts.
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Singapore NRIC/FIN from prefix letter + seven digits ("S1234567" → "S1234567D"): weights 2,7,6,5,4,3,2, mod 11. */
export function nric(stem: string): string {
  const m = /^([STFG])(\d{7})$/.exec(stem);
  if (!m) throw new Error(`nric(): need a prefix letter and 7 digits, got ${stem}`);
  const [, prefix = "S", d = ""] = m;
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * (w[i] ?? 0);
  if (prefix === "T" || prefix === "G") sum += 4;
  const table = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return `${stem}${table[sum % 11]}`;
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** New Zealand NHI (old AAANNNC form) from three letters and three digits ("ZZZ004" → "ZZZ0040"). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need 3 letters (no I/O) and 3 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = stem[i] ?? "";
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (7 - i);
  }
  const rem = sum % 11;
  if (rem === 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  const check = 11 - rem;
  return `${stem}${check === 10 ? 0 : check}`;
}

/** Brazilian CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const digit = (s: string): number => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (s.length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = digit(d);
  const d2 = digit(`${d}${d1}`);
  return `${stem}-${d1}${d2}`;
}

function luhnCheck(body: string): number {
  for (let c = 0; c <= 9; c++) {
    const s = `${body}${c}`;
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

/** UAE Emirates ID from "784-YYYY-NNNNNNN" (Luhn over the 15 digits) → "784-YYYY-NNNNNNN-C". */
export function emiratesId(stem: string): string {
  if (!/^784-\d{4}-\d{7}$/.test(stem)) throw new Error(`emiratesId(): need 784-YYYY-NNNNNNN, got ${stem}`);
  return `${stem}-${luhnCheck(digitsOf(stem))}`;
}

/** Irish PPSN from seven digits and an optional second letter ("1234567", "W"?) → "1234567T" / "1234567TW". */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad stem ${digits}${second}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second) sum += 9 * (second === "W" ? 0 : second.charCodeAt(0) - 64);
  const r = sum % 23;
  return `${digits}${r === 0 ? "W" : String.fromCharCode(64 + r)}${second}`;
}

/** Pakistani CNIC: five-digit area, seven digits, and a last digit whose parity gives the sex (odd male, even female). */
export function cnic(area: string, serial: string, sex: "m" | "f", base = 1): string {
  if (!/^\d{5}$/.test(area) || !/^\d{7}$/.test(serial)) throw new Error(`cnic(): bad parts ${area} ${serial}`);
  const last = sex === "m" ? (base % 2 === 1 ? base : base + 1) % 10 : (base % 2 === 0 ? base : base + 1) % 10;
  return `${area}-${serial}-${last}`;
}
