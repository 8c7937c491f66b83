/**
 * Tokens for the learned tagger: words (letters with inner apostrophes and hyphens), runs of digits (with inner . : / -),
 * and single punctuation characters. Runs over the normalised, Latin-1 text (normalise.ts).
 *
 * A hand-written scanner over character codes, into typed arrays, with no substring made: it reads exactly what
 *   /[A-Za-z\u00C0-\u00FF]+(?:['-][A-Za-z\u00C0-\u00FF]+)*|\d+(?:[.:/-]\d+)*|[^\sA-Za-z\d\u00C0-\u00FF]/g
 * reads (tests/privacy/tagger.test.ts compares the two), at about a third of its cost.
 */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** The text the offsets point into (a token's text is `text.slice(starts[i], ends[i])`). */
  readonly text: string;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SPACE_RE = /\s/;
function isSpace(text: string, i: number, c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return true;
  return c > 0xff && SPACE_RE.test(text[i] as string);
}

export function tokenise(text: string): Tokens {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const kinds = new Uint8Array(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        const joiner = text.charCodeAt(j);
        if ((joiner === 39 || joiner === 45) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      starts[count] = i;
      ends[count] = j;
      kinds[count++] = WORD;
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        const joiner = text.charCodeAt(j);
        if ((joiner === 46 || joiner === 58 || joiner === 47 || joiner === 45) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      starts[count] = i;
      ends[count] = j;
      kinds[count++] = NUMBER;
      i = j;
    } else if (isSpace(text, i, c)) {
      i++;
    } else {
      starts[count] = i;
      ends[count] = i + 1;
      kinds[count++] = PUNCT;
      i++;
    }
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), kinds: kinds.subarray(0, count), text };
}

/** The text of token i. */
export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i], tokens.ends[i]);
}
