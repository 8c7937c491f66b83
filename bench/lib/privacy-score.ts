/**
 * Scoring of detector findings against the annotated corpus. Pure functions, no I/O.
 */
import type { Finding, FindingType } from "../../src/privacy/detector/types.ts";
import { SPAN_TYPES } from "../../tests/privacy/corpus/types.ts";

/** The 13 identifier types, in the order the report lists them (the corpus's own list). */
export const TYPES: readonly FindingType[] = SPAN_TYPES;

export interface GoldSpan {
  start: number;
  end: number;
  type: FindingType;
}

export interface GoldItem {
  id: string;
  kind: "post" | "comment";
  region: string;
  text: string;
  spans: GoldSpan[];
  phi: boolean;
}

/** Parse and validate corpus.jsonl. Throws with a line number on anything malformed. */
export function parseCorpus(raw: string): GoldItem[] {
  const lines = raw.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) throw new Error("corpus is empty");
  const ids = new Set<string>();
  return lines.map((line, n) => {
    const where = `corpus line ${n + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new Error(`${where}: not JSON (${(e as Error).message})`, { cause: e });
    }
    const o = v as Partial<GoldItem>;
    if (typeof o !== "object" || o === null) throw new Error(`${where}: not an object`);
    if (typeof o.id !== "string" || ids.has(o.id)) throw new Error(`${where}: missing or duplicate id`);
    ids.add(o.id);
    if (o.kind !== "post" && o.kind !== "comment") throw new Error(`${where}: bad kind`);
    if (typeof o.region !== "string" || typeof o.text !== "string" || typeof o.phi !== "boolean" || !Array.isArray(o.spans)) {
      throw new Error(`${where}: missing region, text, phi or spans`);
    }
    let prev = 0;
    for (const s of o.spans as unknown[]) {
      const sp = s as Partial<GoldSpan>;
      if (
        typeof sp !== "object" || sp === null || !Number.isInteger(sp.start) || !Number.isInteger(sp.end) ||
        (sp.start as number) < prev || (sp.end as number) <= (sp.start as number) || (sp.end as number) > o.text.length ||
        !TYPES.includes(sp.type as FindingType)
      ) {
        throw new Error(`${where}: bad span ${JSON.stringify(s)}`);
      }
      prev = sp.end as number;
    }
    if (o.phi !== o.spans.length > 0) throw new Error(`${where}: phi disagrees with spans`);
    return o as GoldItem;
  });
}

export interface TypeScore {
  gold: number;
  found: number;
  foundTypeExact: number;
  findings: number;
  findingChars: number;
  findingCharsInGold: number;
}

export interface Miss {
  id: string;
  type: FindingType;
  text: string;
  context: string;
  foundAs: string;
}

export interface FalseBlock {
  id: string;
  type: FindingType;
  text: string;
  /** Soft: shown only because another finding holds the text (known when the detector reports softness). */
  soft: boolean;
  context: string;
  reason: string;
}

export interface Score {
  items: number;
  phiItems: number;
  nonPhiItems: number;
  perType: Record<FindingType, TypeScore>;
  overall: TypeScore;
  blockedPhi: number;
  blockedNonPhi: number;
  misses: Miss[];
  falseBlocks: FalseBlock[];
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** ~`width` characters either side, on one line, with the span in ⟦ ⟧. */
export function context(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string): string => s.replace(/\s+/g, " ");
  return `${start > width ? "…" : ""}${flat(text.slice(Math.max(0, start - width), start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, end + width))}${end + width < text.length ? "…" : ""}`;
}

function emptyScore(): TypeScore {
  return { gold: 0, found: 0, foundTypeExact: 0, findings: 0, findingChars: 0, findingCharsInGold: 0 };
}

export function score(items: readonly GoldItem[], scan: (text: string) => Finding[]): Score {
  const perType = Object.fromEntries(TYPES.map((t) => [t, emptyScore()])) as Record<FindingType, TypeScore>;
  const overall = emptyScore();
  const misses: Miss[] = [];
  const falseBlocks: FalseBlock[] = [];
  let blockedPhi = 0;
  let blockedNonPhi = 0;
  for (const item of items) {
    const { text } = item;
    const findings = scan(text);
    const covered = new Uint8Array(text.length);
    const byType = new Map<FindingType, Uint8Array>();
    for (const f of findings) {
      covered.fill(1, f.start, f.end);
      let m = byType.get(f.type);
      if (!m) byType.set(f.type, (m = new Uint8Array(text.length)));
      m.fill(1, f.start, f.end);
    }
    const gold = new Uint8Array(text.length);
    for (const s of item.spans) gold.fill(1, s.start, s.end);

    for (const s of item.spans) {
      const exact = byType.get(s.type);
      let all = true;
      let typed = true;
      for (let i = s.start; i < s.end; i++) {
        if (isSpace(text[i])) continue;
        if (covered[i] !== 1) all = false;
        if (exact?.[i] !== 1) typed = false;
      }
      for (const t of [perType[s.type], overall]) {
        t.gold++;
        if (all) t.found++;
        if (typed) t.foundTypeExact++;
      }
      if (!all) {
        const overlapping = findings.filter((f) => f.start < s.end && f.end > s.start).map((f) => `${f.type}:${JSON.stringify(f.text)}`);
        misses.push({ id: item.id, type: s.type, text: text.slice(s.start, s.end), context: context(text, s.start, s.end), foundAs: overlapping.join(", ") || "nothing" });
      }
    }
    for (const f of findings) {
      let inGold = 0;
      for (let i = f.start; i < f.end; i++) if (gold[i] === 1) inGold++;
      for (const t of [perType[f.type], overall]) {
        t.findings++;
        t.findingChars += f.end - f.start;
        t.findingCharsInGold += inGold;
      }
    }
    if (findings.length > 0) {
      if (item.phi) blockedPhi++;
      else {
        blockedNonPhi++;
        for (const f of findings) falseBlocks.push({ id: item.id, type: f.type, text: f.text, context: context(text, f.start, f.end), reason: f.reason, soft: f.soft === true });
      }
    }
  }
  const phiItems = items.filter((i) => i.phi).length;
  return { items: items.length, phiItems, nonPhiItems: items.length - phiItems, perType, overall, blockedPhi, blockedNonPhi, misses, falseBlocks };
}

export type Split = "dev" | "held-out" | "all";

/** FNV-1a 32-bit hash of a string (deterministic, no dependencies). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Deterministic split by item id: about one third "held-out" (hash mod 3 = 0), the rest "dev". */
export function splitOf(id: string): "dev" | "held-out" {
  return fnv1a(id) % 3 === 0 ? "held-out" : "dev";
}

export function inSplit(items: readonly GoldItem[], split: Split): GoldItem[] {
  return split === "all" ? [...items] : items.filter((i) => splitOf(i.id) === split);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** Words in a text, as the speed post counts them. */
export function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The speed post every detector benchmark times: a corpus's texts joined in order until 1,500 words, cut to exactly
 * 1,500 words (bench/privacy.ts, bench/detector-stages.ts).
 */
export function speedPost(texts: readonly string[]): string {
  let post = "";
  for (const t of texts) {
    if (wordsOf(post) >= 1500) break;
    post += (post ? "\n\n" : "") + t;
  }
  return post.split(/(\s+)/).slice(0, 2 * 1500 - 1).join("");
}

/** The development corpora, relative to bench/ (the held-out ones are listed only in bench/privacy.ts). */
export const DEV_CORPUS_FILES = {
  main: "../tests/privacy/corpus/corpus.jsonl",
  fresh: "../tests/privacy/corpus-fresh/corpus-fresh.jsonl",
  dev2: "../tests/privacy/corpus-dev2/corpus-dev2.jsonl",
  dev3: "../tests/privacy/corpus-dev3/corpus-dev3.jsonl",
  dev4: "../tests/privacy/corpus-dev4/corpus-dev4.jsonl",
  dev5: "../tests/privacy/corpus-dev5/corpus-dev5.jsonl",
  dev6: "../tests/privacy/corpus-dev6/corpus-dev6.jsonl",
  dev7: "../tests/privacy/corpus-dev7/corpus-dev7.jsonl",
  unseen: "../tests/privacy/corpus-unseen/corpus-unseen.jsonl",
  dev8: "../tests/privacy/corpus-dev8/corpus-dev8.jsonl",
  dev9: "../tests/privacy/corpus-dev9/corpus-dev9.jsonl",
  dev10: "../tests/privacy/corpus-dev10/corpus-dev10.jsonl",
  dev11: "../tests/privacy/corpus-dev11/corpus-dev11.jsonl",
  dev12: "../tests/privacy/corpus-dev12/corpus-dev12.jsonl",
  dev13: "../tests/privacy/corpus-dev13/corpus-dev13.jsonl",
  dev14: "../tests/privacy/corpus-dev14/corpus-dev14.jsonl",
  dev15: "../tests/privacy/corpus-dev15/corpus-dev15.jsonl",
  dev16: "../tests/privacy/corpus-dev16/corpus-dev16.jsonl",
  dev17: "../tests/privacy/corpus-dev17/corpus-dev17.jsonl",
  dev18: "../tests/privacy/corpus-dev18/corpus-dev18.jsonl",
  dev19: "../tests/privacy/corpus-dev19/corpus-dev19.jsonl",
  dev20: "../tests/privacy/corpus-dev20/corpus-dev20.jsonl",
  dev21: "../tests/privacy/corpus-dev21/corpus-dev21.jsonl",
  dev22: "../tests/privacy/corpus-dev22/corpus-dev22.jsonl",
  dev23: "../tests/privacy/corpus-dev23/corpus-dev23.jsonl",
  dev24: "../tests/privacy/corpus-dev24/corpus-dev24.jsonl",
  dev25: "../tests/privacy/corpus-dev25/corpus-dev25.jsonl",
  dev26: "../tests/privacy/corpus-dev26/corpus-dev26.jsonl",
  dev27: "../tests/privacy/corpus-dev27/corpus-dev27.jsonl",
  dev28: "../tests/privacy/corpus-dev28/corpus-dev28.jsonl",
  dev29: "../tests/privacy/corpus-dev29/corpus-dev29.jsonl",
  dev30: "../tests/privacy/corpus-dev30/corpus-dev30.jsonl",
  dev31: "../tests/privacy/corpus-dev31/corpus-dev31.jsonl",
  dev32: "../tests/privacy/corpus-dev32/corpus-dev32.jsonl",
  dev33: "../tests/privacy/corpus-dev33/corpus-dev33.jsonl",
  dev34: "../tests/privacy/corpus-dev34/corpus-dev34.jsonl",
  dev35: "../tests/privacy/corpus-dev35/corpus-dev35.jsonl",
  dev36: "../tests/privacy/corpus-dev36/corpus-dev36.jsonl",
  dev37: "../tests/privacy/corpus-dev37/corpus-dev37.jsonl",
  dev38: "../tests/privacy/corpus-dev38/corpus-dev38.jsonl",
  dev39: "../tests/privacy/corpus-dev39/corpus-dev39.jsonl",
  dev40: "../tests/privacy/corpus-dev40/corpus-dev40.jsonl",
  dev41: "../tests/privacy/corpus-dev41/corpus-dev41.jsonl",
  dev42: "../tests/privacy/corpus-dev42/corpus-dev42.jsonl",
  dev43: "../tests/privacy/corpus-dev43/corpus-dev43.jsonl",
  dev44: "../tests/privacy/corpus-dev44/corpus-dev44.jsonl",
  dev45: "../tests/privacy/corpus-dev45/corpus-dev45.jsonl",
} as const;
