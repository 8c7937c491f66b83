/**
 * Check digits for the dev11 corpus's fictional identifiers that ../corpus/gen.ts and ../corpus-unseen5/gen.ts
 * have no maker for. The PESEL rule is the public one (weights 1,3,7,9,1,3,7,9,1,3 over the first ten digits;
 * the check digit makes the weighted sum a multiple of 10).
 */

/** Polish PESEL from its first ten digits ("4402140589" → "44021405891"). */
export function pesel(stem: string): string {
  if (!/^\d{10}$/.test(stem)) throw new Error(`pesel(): need 10 digits, got ${stem}`);
  return `${stem}${peselCheckDigit(stem)}`;
}

export function peselCheckDigit(first10: string): number {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * (w[i] ?? 0);
  return (10 - (sum % 10)) % 10;
}

/** An 11-digit PESEL whose last digit is right. */
export function peselIsValid(digits: string): boolean {
  return /^\d{11}$/.test(digits) && peselCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

const CF_ODD: Readonly<Record<string, number>> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Value of a codice fiscale character in an even (2nd, 4th, …) position: digits 0–9, letters A=0 … Z=25. */
function cfEven(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
}

/** The check letter of an Italian codice fiscale's first fifteen characters (the public odd/even table rule). */
export function codiceFiscaleCheck(first15: string): string {
  if (!/^[A-Z0-9]{15}$/.test(first15)) throw new Error(`codiceFiscale(): need 15 characters, got ${first15}`);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i] ?? "";
    sum += i % 2 === 0 ? (CF_ODD[c] ?? 0) : cfEven(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Italian codice fiscale from its first fifteen characters ("PRSNTN22E14I706" → "PRSNTN22E14I706x"). */
export function codiceFiscale(stem: string): string {
  return `${stem}${codiceFiscaleCheck(stem)}`;
}

/** A 16-character codice fiscale whose check letter is right. */
export function codiceFiscaleIsValid(cf: string): boolean {
  return /^[A-Z0-9]{15}[A-Z]$/.test(cf) && codiceFiscaleCheck(cf.slice(0, 15)) === cf[15];
}
