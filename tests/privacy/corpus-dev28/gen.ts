/**
 * Check digits for the dev28 corpus's fictional identifiers that ../corpus/gen.ts and ../corpus-dev11/gen.ts have no
 * maker for. Both rules are the public ones.
 *
 * - Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2; a remainder under 2 gives 0).
 * - Turkish T.C. Kimlik No: 11 digits, first not 0; d10 = (7 × (d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10,
 *   d11 = (d1 + … + d10) mod 10.
 */

function cpfDigit(digits: string): number {
  let sum = 0;
  const start = digits.length + 1;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (start - i);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** CPF from its first nine digits, written "ddd.ddd.ddd-dd" ("529982247" → "529.982.247-25"). */
export function cpf(stem: string): string {
  if (!/^\d{9}$/.test(stem)) throw new Error(`cpf(): need 9 digits, got ${stem}`);
  const d1 = cpfDigit(stem);
  const d2 = cpfDigit(`${stem}${d1}`);
  return `${stem.slice(0, 3)}.${stem.slice(3, 6)}.${stem.slice(6, 9)}-${d1}${d2}`;
}

/** A CPF written "ddd.ddd.ddd-dd" whose two check digits are right. */
export function cpfOk(text: string): boolean {
  const d = text.replace(/\D/g, "");
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text) || /^(\d)\1{10}$/.test(d)) return false;
  return cpf(d.slice(0, 9)) === text;
}

/** T.C. Kimlik No from its first nine digits ("104578236" → "10457823640"). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits, first not 0, got ${stem}`);
  const d = [...stem].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${stem}${d10}${d11}`;
}

/** An 11-digit T.C. Kimlik No whose two check digits are right. */
export function tcKimlikOk(text: string): boolean {
  return /^[1-9]\d{10}$/.test(text) && tcKimlik(text.slice(0, 9)) === text;
}
