/**
 * Check characters for the dev19 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one: Singapore NRIC (weights 2,7,6,5,4,3,2; T adds 4; letters J Z I H G F E D C B A), Irish PPSN
 * (weights 8..2, a second letter counts 9 times its value, mod 23, W for 0) and Canadian SIN (Luhn). The CNIC maker
 * only writes the number in its 5-7-1 form; its plausibility is checked by the shared id-kinds test.
 */

const NRIC_ST = ["J", "Z", "I", "H", "G", "F", "E", "D", "C", "B", "A"];

/** Singapore NRIC from its prefix letter and seven digits ("S", "8412307" → "S8412307x"). */
export function nric(prefix: "S" | "T", digits: string): string {
  if (!/^\d{7}$/.test(digits)) throw new Error(`nric(): need 7 digits, got ${digits}`);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (w[i] ?? 0);
  return `${prefix}${digits}${NRIC_ST[sum % 11] ?? ""}`;
}

/** Irish PPSN from seven digits and an optional second letter ("1234567", "" → "1234567x"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits)) throw new Error(`ppsn(): need 7 digits, got ${digits}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second) sum += 9 * (second === "W" ? 0 : second.charCodeAt(0) - 64);
  const r = sum % 23;
  return `${digits}${r === 0 ? "W" : String.fromCharCode(64 + r)}${second}`;
}

function luhnCheck(stem: string): number {
  for (let c = 0; c <= 9; c++) {
    const d = `${stem}${c}`;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let n = Number(d[d.length - 1 - i]);
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

/** Canadian SIN from its first eight digits, written 3-3-3 ("046 454 28" → "046 454 286"). */
export function sin(stem: string): string {
  if (!/^\d{3} \d{3} \d{2}$/.test(stem)) throw new Error(`sin(): need "ddd ddd dd", got ${stem}`);
  return `${stem}${luhnCheck(stem.replace(/\D/g, ""))}`;
}
