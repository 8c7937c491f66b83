/**
 * Hashtags run their words together ("#MrsOkonkwo", "#born14March1931", "#PrayForMrsOkonkwo"). `spreadTag` puts a space
 * at each word break a tag hides (a small letter meeting a capital, a letter meeting a digit) and keeps a map back, so
 * the words can be scanned and what is found reported at offsets into the tag as written. Used for a post's tags
 * (scan-post.ts) and for hashtags inside any text (detect.ts).
 */
import type { Finding } from "./types.ts";

/** The tag with a space at each word boundary it hides, and for each character of the result, its index in the tag. */
export function spreadTag(tag: string): { text: string; from: number[] } {
  let text = "";
  const from: number[] = [];
  const kind = (c: string): "lower" | "upper" | "digit" | "other" =>
    /\p{Ll}/u.test(c) ? "lower" : /\p{Lu}/u.test(c) ? "upper" : /\p{Nd}/u.test(c) ? "digit" : "other";
  let previous: ReturnType<typeof kind> = "other";
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i] as string;
    // Invisible characters and Markdown emphasis do not end a word: "M\u200Brs", "Mrs*Ok*onkwo".
    if (/[\u200B-\u200D\u2060\uFEFF\u00AD*_]/.test(c)) {
      text += c;
      from.push(i);
      continue;
    }
    const k = kind(c);
    const boundary = (previous === "lower" && k === "upper") || (previous === "digit" && (k === "lower" || k === "upper")) || ((previous === "lower" || previous === "upper") && k === "digit");
    if (boundary) {
      text += " ";
      from.push(i);
    }
    text += c;
    from.push(i);
    previous = k;
  }
  return { text, from };
}

/** Hashtags in a text whose words run together: where the word after "#" starts, and the word. */
export function* runTogetherHashtags(text: string): Generator<{ at: number; word: string }> {
  if (text.indexOf("#") < 0) return;
  const re = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_\u200B-\u200D\u2060\uFEFF\u00AD]{4,80})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = m[1] as string;
    if (/\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(word)) yield { at: m.index + 1, word };
  }
}

/**
 * What a run-together word holds, scanned spread apart, as findings on the text the word stands in: `word` starts at
 * `at` in `text`; `scan` scans the spread words. Findings overlapping one in `already` are left out (that place is
 * reported once). Used for hashtags in any text (detect.ts) and for a post's tags (scan-post.ts).
 */
export function runTogetherFindings(text: string, at: number, word: string, scan: (spread: string) => Finding[], already: readonly Finding[]): Finding[] {
  const { text: spread, from } = spreadTag(word);
  if (spread.length === word.length) return [];
  const out: Finding[] = [];
  for (const f of scan(spread)) {
    const start = at + (from[f.start] as number);
    const end = at + (from[f.end - 1] as number) + 1;
    if (already.some((g) => g.start < end && start < g.end) || out.some((g) => g.start < end && start < g.end)) continue;
    out.push({ ...f, start, end, text: text.slice(start, end) });
  }
  return out;
}
