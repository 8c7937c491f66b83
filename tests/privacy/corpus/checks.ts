/**
 * Structural checks shared by the annotated corpora's tests (used by corpus-fresh.test.ts; the same rules
 * as corpus.test.ts, whose own inline checks are unchanged). Pure functions returning lists of problems.
 */
import { wordCount } from "./build.ts";
import type { CorpusItem } from "./types.ts";

/** Items outside the word limits: posts 80–400, comments 40–150. */
export function wordCountProblems(items: readonly CorpusItem[]): string[] {
  return items
    .filter((i) => {
      const w = wordCount(i.text);
      return i.kind === "post" ? w < 80 || w > 400 : w < 40 || w > 150;
    })
    .map((i) => `${i.id} (${i.kind}, ${wordCount(i.text)} words)`);
}

/** Spans that are out of range, unsorted, overlapping, empty or not trimmed. */
export function spanProblems(items: readonly CorpusItem[]): string[] {
  const bad: string[] = [];
  for (const i of items) {
    let prevEnd = 0;
    for (const s of i.spans) {
      const t = i.text.slice(s.start, s.end);
      const ok =
        Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= prevEnd && s.end > s.start && s.end <= i.text.length && t.length > 0 && t.trim() === t;
      if (!ok) bad.push(`${i.id} ${s.start}-${s.end} ${JSON.stringify(t)}`);
      prevEnd = s.end;
    }
  }
  return bad;
}

export interface IdSpan {
  item: CorpusItem;
  text: string;
  digits: string;
  before: string;
}

/** Every ID span with its text, its digits and the 30 characters before it. */
export function idSpans(items: readonly CorpusItem[]): IdSpan[] {
  return items.flatMap((item) =>
    item.spans
      .filter((s) => s.type === "ID")
      .map((s) => {
        const text = item.text.slice(s.start, s.end);
        return { item, text, digits: text.replace(/\D/g, ""), before: item.text.slice(Math.max(0, s.start - 30), s.start) };
      }),
  );
}
