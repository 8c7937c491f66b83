/**
 * Check characters for the dev36 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * Both rules are the public ones: the Brazilian CPF's two mod-11 check digits (weights 10..2, then 11..2), and the
 * Irish PPSN's mod-23 check letter (weights 8..2 over the seven digits, plus 9 × the value of an optional second
 * letter; remainder 0 is W, 1–22 are A–V).
 */

/** Brazilian CPF from its first nine digits ("123.456.789" → "123.456.789-09"). */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const dv = (digits: string): number => {
    let sum = 0;
    const top = digits.length + 1;
    for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (top - i);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(d);
  const d2 = dv(`${d}${d1}`);
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d1}${d2}`;
}

/** A CPF in 000.000.000-00 form whose two check digits are right. */
export function cpfCheckIsRight(text: string): boolean {
  const d = text.replace(/\D/g, "");
  return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text) && cpf(d.slice(0, 9)) === text;
}

const PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

/** Irish PPSN from its seven digits and an optional second letter ("1234567", "A" → "1234567?A"). */
export function ppsn(digits: string, second = ""): string {
  if (!/^\d{7}$/.test(digits) || !/^[A-IW]?$/.test(second)) throw new Error(`ppsn(): bad stem ${digits}${second}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== "") sum += 9 * PPSN_LETTERS.indexOf(second);
  return `${digits}${PPSN_LETTERS[sum % 23]}${second}`;
}

/** A PPSN whose check letter is right. */
export function ppsnCheckIsRight(text: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(text);
  return m !== null && ppsn(m[1] ?? "", m[3] ?? "") === text;
}
