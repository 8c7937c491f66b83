/**
 * Check characters for the dev30 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * All rules are the public ones: Luhn for the Swedish personnummer (over its ten digits) and the Emirates ID
 * (over its fifteen digits), and the Singapore NRIC weights 2,7,6,5,4,3,2 with the S/T letter table.
 */

function luhnCheck(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnOk(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnCheck(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

/** Swedish personnummer "YYMMDD-NNN" → "YYMMDD-NNNC" (Luhn over the nine digits). */
export function personnummer(stem: string): string {
  if (!/^\d{6}-\d{3}$/.test(stem)) throw new Error(`personnummer(): need YYMMDD-NNN, got ${stem}`);
  return `${stem}${luhnCheck(stem.replace(/\D/g, ""))}`;
}

export function personnummerIsValid(text: string): boolean {
  return /^\d{6}[-+]\d{4}$/.test(text) && luhnOk(text.replace(/\D/g, ""));
}

/** Emirates ID "784-YYYY-NNNNNNN" → "784-YYYY-NNNNNNN-C" (Luhn over fifteen digits). */
export function emiratesId(stem: string): string {
  if (!/^784-\d{4}-\d{7}$/.test(stem)) throw new Error(`emiratesId(): need 784-YYYY-NNNNNNN, got ${stem}`);
  return `${stem}-${luhnCheck(stem.replace(/\D/g, ""))}`;
}

const NRIC_ST = "JZIHGFEDCBA";

/** Singapore NRIC "S1234567" → "S1234567D" (weights 2,7,6,5,4,3,2; T adds 4). */
export function nric(stem: string): string {
  if (!/^[ST]\d{7}$/.test(stem)) throw new Error(`nric(): need S/T + 7 digits, got ${stem}`);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = stem[0] === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i + 1]) * (w[i] ?? 0);
  return `${stem}${NRIC_ST[sum % 11]}`;
}
