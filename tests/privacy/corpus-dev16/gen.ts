/**
 * Check characters for the dev16 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Each rule is
 * the public one; corpus-dev16.test.ts re-checks every such span with the validators in ../corpus/id-kinds.ts.
 */

/** New Zealand NHI (old AAANNNC form) from its first six characters, "ZZZ004" → "ZZZ004x" (mod 11, letters A=1 … Z=24 without I and O). */
export function nhi(stem: string): string {
  if (!/^[A-HJ-NP-Z]{3}\d{3}$/.test(stem)) throw new Error(`nhi(): need AAANNN, got ${stem}`);
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = stem[i] ?? "";
    const v = i < 3 ? letters.indexOf(c) + 1 : Number(c);
    sum += v * (7 - i);
  }
  const rem = sum % 11;
  if (rem === 0) throw new Error(`nhi(): stem ${stem} has no valid check digit; pick another`);
  const check = (11 - rem) % 10;
  return `${stem}${check}`;
}

/** Singapore NRIC from its prefix and seven digits, "S8734120" → "S8734120x" (weights 2,7,6,5,4,3,2; T adds 4). */
export function nric(stem: string): string {
  if (!/^[ST]\d{7}$/.test(stem)) throw new Error(`nric(): need S/T + 7 digits, got ${stem}`);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = stem[0] === "T" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i + 1]) * (w[i] ?? 0);
  return `${stem}${"JZIHGFEDCBA"[sum % 11] ?? ""}`;
}

/** Irish PPSN from its seven digits, "6543210" → "6543210x" (weights 8 … 2, mod 23, W for 0). */
export function ppsn(stem: string): string {
  if (!/^\d{7}$/.test(stem)) throw new Error(`ppsn(): need 7 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i]) * (8 - i);
  return `${stem}${"WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] ?? ""}`;
}

/** Brazilian CPF from its nine digits, "123456789" → "123.456.789-xx" (two mod 11 check digits). */
export function cpf(stem: string): string {
  if (!/^\d{9}$/.test(stem)) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const digits = stem.split("").map(Number);
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (digits[i] ?? 0) * (len + 1 - i);
    const r = sum % 11;
    digits.push(r < 2 ? 0 : 11 - r);
  }
  const d = digits.join("");
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}
