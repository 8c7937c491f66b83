/**
 * Check digits for the dev31 corpus's fictional identifiers that ../corpus/gen.ts has no maker for.
 * The Brazilian CPF rule is the public one: two mod-11 check digits, weights 10..2 then 11..2, a remainder under 2
 * giving 0.
 */

function cpfDigit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** Brazilian CPF from its first nine digits ("318.407.256" → "318.407.256-xx"). */
export function cpf(stem: string): string {
  const d = stem.replace(/\D/g, "");
  if (d.length !== 9 || /^(\d)\1{8}$/.test(d)) throw new Error(`cpf(): need 9 digits, not all equal, got ${stem}`);
  const c1 = cpfDigit(d, 10);
  const c2 = cpfDigit(`${d}${c1}`, 11);
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}-${c1}${c2}`;
}

/** A CPF written xxx.xxx.xxx-xx whose two check digits are right. */
export function cpfCheck(text: string): boolean {
  const d = text.replace(/\D/g, "");
  if (!/^\d{11}$/.test(d)) return false;
  const c1 = cpfDigit(d.slice(0, 9), 10);
  const c2 = cpfDigit(d.slice(0, 10), 11);
  return Number(d[9]) === c1 && Number(d[10]) === c2;
}
