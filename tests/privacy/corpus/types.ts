import type { FindingType } from "../../../src/privacy/detector/types.ts";

export type SpanType = FindingType;

export const SPAN_TYPES: readonly SpanType[] = [
  "NAME",
  "DATE",
  "AGE",
  "ID",
  "PHONE",
  "EMAIL",
  "ADDRESS",
  "LOCATION",
  "FACILITY_ROOM",
  "URL",
  "IP",
  "DEVICE",
  "OTHER",
];

export type Kind = "post" | "comment";

/** One item as written in a source file: text with inline ⟦TYPE|…⟧ markers. */
export interface SourceItem {
  /** "<region>-<structure>-<nnn>", structure one of gibbs, what, free, comment. */
  id: string;
  /** Clinical setting, for coverage counts (free text, lower case). */
  setting: string;
  /** The author's role, for coverage counts. */
  role: string;
  text: string;
}

export interface Span {
  start: number;
  end: number;
  type: SpanType;
}

/** One line of corpus.jsonl. */
export interface CorpusItem {
  id: string;
  kind: Kind;
  region: string;
  text: string;
  spans: Span[];
  phi: boolean;
}
