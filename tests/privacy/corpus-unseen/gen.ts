/**
 * Check-character helpers for the unseen corpus's numbers that neither ../corpus/gen.ts nor
 * ../corpus-fresh/gen.ts makes: Irish PPSN, Canadian SIN, Brazilian CNS and Singapore FIN.
 * The sources write a fictional stem; the helper appends a correct check character, so the
 * number is structurally valid without belonging to anyone. Written from the public specifications.
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"; // remainder mod 23 → letter (0 is W)

/** Irish PPSN check letter: digits weighted 8..2, plus 9 × the second letter's value (W = 0, A = 1 …). */
export function ppsnCheckLetter(seven: string, second = ""): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(seven[i]) * (8 - i);
  if (second) sum += 9 * Math.max(0, PPSN_LETTERS.indexOf(second));
  return PPSN_LETTERS[sum % 23] ?? "?";
}

/** "4471028" → "4471028" + check letter; with second = "A" the new-style "…xA" form. */
export function ppsn(seven: string, second = ""): string {
  if (!/^\d{7}$/.test(seven)) throw new Error(`ppsn(): need 7 digits, got ${seven}`);
  return `${seven}${ppsnCheckLetter(seven, second)}${second}`;
}

export function ppsnIsValid(s: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(s);
  return m !== null && ppsnCheckLetter(m[1] ?? "", m[3] ?? "") === m[2];
}

/** Canadian Social Insurance Number (Luhn over 9 digits), "512 834 66" → "512 834 66x". */
export function sin(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 8) throw new Error(`sin(): need 8 digits, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnOk(`${d}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

export function sinIsValid(s: string): boolean {
  const d = digitsOf(s);
  return d.length === 9 && luhnOk(d);
}

/** Brazilian Cartão Nacional de Saúde: 15 digits whose sum of digit × (15 − position) is 0 mod 11. */
function cnsWeightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (15 - i);
  return sum;
}

/** Provisional CNS (first digit 7, 8 or 9) from 14 digits, grouped "3-4-4-4": "7009 …" → "700 9…". */
export function cns(fourteen: string): string {
  const d = digitsOf(fourteen);
  if (d.length !== 14 || !/^[789]/.test(d)) throw new Error(`cns(): need 14 digits starting 7–9, got ${fourteen}`);
  const c = (11 - (cnsWeightedSum(d) % 11)) % 11;
  if (c === 10) throw new Error(`cns(): stem ${fourteen} has no valid check digit; pick another`);
  const all = `${d}${c}`;
  return `${all.slice(0, 3)} ${all.slice(3, 7)} ${all.slice(7, 11)} ${all.slice(11)}`;
}

export function cnsIsValid(s: string): boolean {
  const d = digitsOf(s);
  return d.length === 15 && /^[12789]/.test(d) && cnsWeightedSum(d) % 11 === 0;
}

/** Singapore FIN check letter for F/G prefixes (weights 2,7,6,5,4,3,2; G adds 4). */
export function finCheckLetter(prefix: "F" | "G", seven: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === "G" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(seven[i]) * (w[i] ?? 0);
  return "XWUTRQPNMLK"[sum % 11] ?? "?";
}

/** "G5820417" → "G5820417" + check letter. */
export function fin(stem: string): string {
  const m = /^([FG])(\d{7})$/.exec(stem);
  if (!m) throw new Error(`fin(): need F/G + 7 digits, got ${stem}`);
  return `${stem}${finCheckLetter(m[1] as "F" | "G", m[2] ?? "")}`;
}

export function finIsValid(s: string): boolean {
  const m = /^([FG])(\d{7})([A-Z])$/.exec(s);
  return m !== null && finCheckLetter(m[1] as "F" | "G", m[2] ?? "") === m[3];
}
