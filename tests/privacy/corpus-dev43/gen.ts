/**
 * Check characters for the dev43 corpus's fictional identifiers that ../corpus/gen.ts has no maker for. Every rule
 * here is the public one; each maker has a matching validity check that corpus-dev43.test.ts runs on every span.
 */

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** Dutch BSN (elfproef): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). From eight digits ("12345678" → "123456782"). */
export function bsn(stem: string): string {
  if (!/^\d{8}$/.test(stem)) throw new Error(`bsn(): need 8 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(stem[i]) * (9 - i);
  const check = sum % 11;
  if (check === 10) throw new Error(`bsn(): stem ${stem} has no check digit; pick another`);
  return `${stem}${check}`;
}

export function bsnIsValid(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  return (sum - Number(s[8])) % 11 === 0;
}

/** Turkish T.C. Kimlik No from its first nine digits (tenth and eleventh are check digits). */
export function tcKimlik(stem: string): string {
  if (!/^[1-9]\d{8}$/.test(stem)) throw new Error(`tcKimlik(): need 9 digits not starting 0, got ${stem}`);
  const d = [...stem].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${stem}${d10}${d11}`;
}

export function tcKimlikIsValid(s: string): boolean {
  return /^[1-9]\d{10}$/.test(s) && tcKimlik(s.slice(0, 9)) === s;
}

/** Luhn check over a digit string. */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Saudi national ID (10 digits, starting 1 for citizens, last digit Luhn) from its first nine digits. */
export function saudiId(stem: string): string {
  if (!/^[12]\d{8}$/.test(stem)) throw new Error(`saudiId(): need 9 digits starting 1 or 2, got ${stem}`);
  for (let c = 0; c <= 9; c++) if (luhnOk(`${stem}${c}`)) return `${stem}${c}`;
  throw new Error("unreachable");
}

export function saudiIdIsValid(s: string): boolean {
  return /^[12]\d{9}$/.test(s) && luhnOk(s);
}

/**
 * German Krankenversichertennummer (letter + 9 digits, last a check digit): the letter as two digits (A=01 … Z=26),
 * then the first eight digits, weighted 1,2,1,2,… with products' digits summed; the total mod 10 is the check.
 */
export function kvnrCheck(letter: string, eight: string): number {
  const n = String(letter.charCodeAt(0) - 64).padStart(2, "0");
  const all = `${n}${eight}`;
  let sum = 0;
  for (let i = 0; i < all.length; i++) {
    let p = Number(all[i]) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return sum % 10;
}

export function kvnr(stem: string): string {
  if (!/^[A-Z]\d{8}$/.test(stem)) throw new Error(`kvnr(): need a letter and 8 digits, got ${stem}`);
  return `${stem}${kvnrCheck(stem[0] ?? "A", stem.slice(1))}`;
}

export function kvnrIsValid(s: string): boolean {
  return /^[A-Z]\d{9}$/.test(s) && kvnrCheck(s[0] ?? "A", s.slice(1, 9)) === Number(s[9]);
}

/** Korean resident registration number, "YYMMDD-GNNNNN" + check (weights 2…9,2…5; (11 − sum mod 11) mod 10). */
export function rrn(stem: string): string {
  const d = digitsOf(stem);
  if (d.length !== 12) throw new Error(`rrn(): need 12 digits, got ${stem}`);
  return `${stem}${rrnCheck(d)}`;
}

function rrnCheck(first12: string): number {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (w[i] ?? 0);
  return (11 - (sum % 11)) % 10;
}

export function rrnIsValid(s: string): boolean {
  const d = digitsOf(s);
  return /^\d{6}-\d{7}$/.test(s) && rrnCheck(d.slice(0, 12)) === Number(d[12]);
}

/** Irish PPSN, seven digits + check letter: weights 8…2, sum mod 23, 0 → W, 1 → A … 22 → V. */
export function ppsn(stem: string): string {
  if (!/^\d{7}$/.test(stem)) throw new Error(`ppsn(): need 7 digits, got ${stem}`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(stem[i]) * (8 - i);
  const r = sum % 23;
  return `${stem}${r === 0 ? "W" : String.fromCharCode(64 + r)}`;
}
