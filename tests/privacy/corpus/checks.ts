/**
 * Structural checks shared by the annotated corpora's tests (corpus.test.ts, corpus-fresh.test.ts and corpus-unseen.test.ts):
 * functions returning lists of problems, and the named tests built on them.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { SPAN_TYPES } from "./types.ts";
import { parseMarked, serialiseCorpus, wordCount } from "./build.ts";
import type { CorpusItem } from "./types.ts";

/**
 * Where the built corpus does not say exactly what its marked sources say: an item missing, a span whose type and
 * text differ from the source's `⟦TYPE|text⟧` marker, or a text that differs from the source with its markers removed.
 */
export function sourceOffsetProblems(items: readonly CorpusItem[], sources: readonly { id: string; text: string }[]): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const problems: string[] = [];
  if (items.length !== sources.length) problems.push(`${items.length} items for ${sources.length} sources`);
  for (const src of sources) {
    const item = byId.get(src.id);
    if (item === undefined) {
      problems.push(`${src.id}: not in the corpus`);
      continue;
    }
    const marked = [...src.text.matchAll(/⟦([A-Z_]+)\|([^⟦⟧]*)⟧/g)].map((m) => `${m[1]}:${m[2]}`);
    const found = item.spans.map((s) => `${s.type}:${item.text.slice(s.start, s.end)}`);
    if (JSON.stringify(found) !== JSON.stringify(marked)) problems.push(`${src.id}: spans ${JSON.stringify(found)} but marked ${JSON.stringify(marked)}`);
    if (item.text !== parseMarked(src.text).text) problems.push(`${src.id}: text differs from its source`);
  }
  return problems;
}

/**
 * Numbers that are not from a safe fictional range: an SSN other than the SSA-voided 078-05-1120, a phone without 555
 * or an Ofcom/ACMA drama range, an IP outside the documentation ranges.
 */
export function unsafeNumberProblems(items: readonly CorpusItem[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    for (const span of item.spans) {
      const text = item.text.slice(span.start, span.end);
      if (span.type === "ID" && /^\d{3}-\d{2}-\d{4}$/.test(text) && text !== "078-05-1120") problems.push(`${item.id}: SSN ${text}`);
      if (span.type === "PHONE" && !/555|07700 900|01632 960|0491 570/.test(text)) problems.push(`${item.id}: phone ${text}`);
      if (span.type === "IP" && !/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(text)) problems.push(`${item.id}: IP ${text}`);
    }
  }
  return problems;
}

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

/**
 * The structural checks every annotated corpus must pass, as named tests: unique ids, lengths,
 * share of items with identifiers, well-formed spans, and the 13 types. Call inside a describe().
 * `phiShare` is the allowed share of items with identifiers: 45–55% by default; a corpus built to measure false
 * blocks (dev7, two thirds clean) passes its own range.
 */
export function corpusStructureTests(items: readonly CorpusItem[], minItems: number, phiShare: readonly [number, number] = [0.45, 0.55]): void {
  it(`has at least ${minItems} items with unique ids`, () => {
    expect(items.length).toBeGreaterThanOrEqual(minItems);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it("has posts of 80–400 words and comments of 40–150 words, comments at most 20%", () => {
    expect(wordCountProblems(items)).toEqual([]);
    expect(items.filter((i) => i.kind === "comment").length / items.length).toBeLessThanOrEqual(0.2);
  });

  it(`has between ${Math.round(phiShare[0] * 100)}% and ${Math.round(phiShare[1] * 100)}% of items with phi, and phi matches the spans`, () => {
    const share = items.filter((i) => i.phi).length / items.length;
    expect(share).toBeGreaterThanOrEqual(phiShare[0]);
    expect(share).toBeLessThanOrEqual(phiShare[1]);
    for (const i of items) expect(i.phi, i.id).toBe(i.spans.length > 0);
  });

  it("has spans within the text, sorted, non-overlapping, non-empty and trimmed", () => {
    expect(spanProblems(items)).toEqual([]);
  });

  it("uses only the 13 identifier types, and covers every one of them", () => {
    const used = new Set(items.flatMap((i) => i.spans.map((s) => s.type)));
    for (const t of used) expect(SPAN_TYPES).toContain(t);
    expect([...used].sort()).toEqual([...SPAN_TYPES].sort());
  });
}

/** What a regional corpus promises about where its items come from (the six main regions and the rest). */
export interface RegionalMix {
  /** The six main regions, each with at least `withAndWithout` items with identifiers and as many without. */
  readonly mainRegions: readonly string[];
  /** Every region an item may have (id prefix → region). */
  readonly regions: Readonly<Record<string, string>>;
  readonly withAndWithout: number;
  /** At least this many items from the UK, the US and India, and `perOtherMain` from Pakistan, Nigeria and Australia. */
  readonly perLargeMain: number;
  readonly perOtherMain: number;
  /** At least this many items from outside the main regions, from at least `otherCountries` countries. */
  readonly elsewhere: number;
  readonly otherCountries: number;
}

/**
 * The region mix, the comment share and the lengths the regional corpora (unseen4, unseen5, dev8, dev9) were written to:
 * the checks every such corpus test had written out again.
 */
export function regionalCorpusTests(items: readonly CorpusItem[], mix: RegionalMix): void {
  it(`has at least ${mix.withAndWithout} items with and ${mix.withAndWithout} without identifiers in each of the six main regions`, () => {
    for (const region of mix.mainRegions) {
      const mine = items.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(mix.withAndWithout);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(mix.withAndWithout);
    }
  });

  it(`has at least ${mix.perLargeMain} items each from the UK, US and India, ${mix.perOtherMain} each from Pakistan, Nigeria and Australia, and ${mix.elsewhere} from ${mix.otherCountries} other countries`, () => {
    const count = (region: string): number => items.filter((i) => i.region === region).length;
    for (const region of ["UK", "US", "IN"]) expect(count(region), region).toBeGreaterThanOrEqual(mix.perLargeMain);
    for (const region of ["PK", "NG", "AU"]) expect(count(region), region).toBeGreaterThanOrEqual(mix.perOtherMain);
    const elsewhere = items.filter((i) => !mix.mainRegions.includes(i.region));
    expect(elsewhere.length).toBeGreaterThanOrEqual(mix.elsewhere);
    expect(new Set(elsewhere.map((i) => i.region)).size).toBeGreaterThanOrEqual(mix.otherCountries);
    for (const i of items) expect(Object.values(mix.regions), i.id).toContain(i.region);
  });

  it("has 10–20% comments, each of 40–80 words, and posts of 80–400 words", () => {
    const comments = items.filter((i) => i.kind === "comment");
    expect(comments.length / items.length).toBeGreaterThanOrEqual(0.1);
    expect(comments.length / items.length).toBeLessThanOrEqual(0.2);
    expect(comments.filter((i) => wordCount(i.text) < 40 || wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
    expect(items.filter((i) => i.kind === "post" && (wordCount(i.text) < 80 || wordCount(i.text) > 400)).map((i) => i.id)).toEqual([]);
  });
}

/** A corpus file as written: its raw text (for the byte-for-byte build check) and its items, one per line. */
export function readCorpus(path: string): { raw: string; items: CorpusItem[] } {
  const raw = readFileSync(path, "utf8");
  return { raw, items: raw.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem) };
}

/** The six main regions every regional corpus covers. */
export const SIX_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** The region mix the development corpora dev8 to dev11 were written to (their region tables differ). */
export function devCorpusMix(regions: Readonly<Record<string, string>>): RegionalMix {
  return { mainRegions: SIX_MAIN_REGIONS, regions, withAndWithout: 2, perLargeMain: 10, perOtherMain: 8, elsewhere: 25, otherCountries: 8 };
}

/**
 * What every corpus built from marked sources promises: offsets that point at exactly the marked text, only numbers
 * from fictional ranges, and a JSONL file that is exactly what its build script makes (never edited by hand).
 */
export function builtCorpusTests(raw: string, items: readonly CorpusItem[], sources: readonly { id: string; text: string }[], build: () => CorpusItem[]): void {
  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(items, sources)).toEqual([]);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(items)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit the JSONL by hand)", () => {
    expect(raw).toBe(serialiseCorpus(build()));
  });
}
