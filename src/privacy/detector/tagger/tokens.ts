/**
 * Tokens for the learned tagger: words (letters with inner apostrophes and hyphens), runs of digits (with inner . : / -),
 * and single punctuation characters. Runs over the normalised, Latin-1 text (normalise.ts), so a character class of
 * explicit ranges is enough and fast.
 */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** The token's text (words as written, so capitals can be read). */
  readonly words: string[];
}

const TOKEN_RE = /[A-Za-z\u00C0-\u00FF]+(?:['-][A-Za-z\u00C0-\u00FF]+)*|\d+(?:[.:/-]\d+)*|[^\sA-Za-z\d\u00C0-\u00FF]/g;

export function tokenise(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const words: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    starts.push(m.index);
    ends.push(m.index + w.length);
    kinds.push(c >= 48 && c <= 57 ? NUMBER : w.length === 1 && !isLetter(c) ? PUNCT : WORD);
    words.push(w);
  }
  return { count: words.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends), kinds: Uint8Array.from(kinds), words };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff);
}
