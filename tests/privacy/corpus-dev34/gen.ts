/**
 * Check digits for the dev34 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Both rules are
 * public: the Turkish T.C. Kimlik No (11 digits, first non-zero; the 10th digit is ((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8))
 * mod 10 and the 11th is the sum of the first ten mod 10) and the Chilean RUT (body digits from the right times 2,3,4,5,6,7
 * repeating; check = 11 − sum mod 11, with 11 → 0 and 10 → K). Checked against the published examples 10000000146 and
 * 11.111.111-1.
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** The two check digits of a T.C. Kimlik No from its first nine digits. */
export function tcKimlikCheck(first9: string): string {
  const d = [...first9].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${d10}${d11}`;
}

/** T.C. Kimlik No from its first nine digits ("100000001" → "10000000146"). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits, first non-zero, got ${stem}`);
  return `${stem}${tcKimlikCheck(stem)}`;
}

/** An 11-digit T.C. Kimlik No whose two check digits are right. */
export function tcKimlikIsValid(s: string): boolean {
  return /^[1-9]\d{10}$/.test(s) && tcKimlikCheck(s.slice(0, 9)) === s.slice(9);
}

/** The check character of a Chilean RUT body. */
export function rutCheck(body: string): string {
  const d = digitsOf(body);
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[d.length - 1 - i]) * (2 + (i % 6));
  const c = 11 - (sum % 11);
  return c === 11 ? "0" : c === 10 ? "K" : String(c);
}

/** Chilean RUT as written with dots, from its body ("11.111.111" → "11.111.111-1"). */
export function rut(body: string): string {
  if (!/^\d{1,2}\.\d{3}\.\d{3}$/.test(body)) throw new Error(`rut(): need a dotted body, got ${body}`);
  return `${body}-${rutCheck(body)}`;
}

/** A dotted RUT whose check character is right. */
export function rutIsValid(s: string): boolean {
  const m = /^(\d{1,2}\.\d{3}\.\d{3})-([\dK])$/.exec(s);
  return m !== null && rutCheck(m[1] ?? "") === m[2];
}
