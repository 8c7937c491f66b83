/** Small helpers shared by the pattern modules. All bounded, all linear. */

/** Iterate a global regex over `text` from the start (resets lastIndex; guards zero-length matches). */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** Up to `span` characters immediately before `index`. */
export function before(text: string, index: number, span: number): string {
  return text.slice(Math.max(0, index - span), index);
}

/** Up to `span` characters immediately after `index`. */
export function after(text: string, index: number, span: number): string {
  return text.slice(index, index + span);
}

const SENTENCE_END = /[.!?;](?=\s)|\n/g;

/**
 * The sentence-ish window around [start, end): at most `reach` characters each side,
 * cut at a full stop/!/?/; followed by whitespace, or at a newline.
 */
export function sentenceAround(text: string, start: number, end: number, reach = 100): string {
  const lo = Math.max(0, start - reach);
  const hi = Math.min(text.length, end + reach);
  const left = text.slice(lo, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(left)) !== null) cut = m.index + m[0].length;
  const right = text.slice(end, hi);
  SENTENCE_END.lastIndex = 0;
  const r = SENTENCE_END.exec(right);
  const rightCut = r ? r.index : right.length;
  return left.slice(cut) + text.slice(start, end) + right.slice(0, rightCut);
}

/** The digits of a string, separators dropped. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, "");
}
