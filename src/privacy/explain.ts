import type { PostContent } from "../posts/content.ts";
import type { Finding } from "./detector/index.ts";
import { scanPost, scannedFieldsOfPost } from "./scan-post.ts";

export interface Segment {
  text: string;
  finding?: { index: number; type: string; reason: string };
}

export interface FieldReport {
  field: string;
  label: string;
  segments: Segment[];
}

export interface FindingReport extends Finding {
  index: number;
  line: number;
  column: number;
}

export interface PrivacyReport {
  findings: FindingReport[];
  fields: FieldReport[];
}

const labels: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  body: "Body",
  "body (as displayed)": "Body, as readers see it",
};

function labelOf(field: string): string {
  if (labels[field]) return labels[field];
  const tag = /^tags\[(\d+)\]$/.exec(field);
  if (tag) return `Tag ${Number(tag[1]) + 1}`;
  const link = /^links\[(\d+)\]$/.exec(field);
  if (link) return `Link ${Number(link[1]) + 1} (its address)`;
  const linkWords = /^links\[(\d+)\] \(in words\)$/.exec(field);
  if (linkWords) return `Link ${Number(linkWords[1]) + 1} (its address, decoded)`;
  return field;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Splits a field's text into plain and flagged segments, for highlighting in place. */
export function segmentsOf(text: string, findings: readonly FindingReport[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), finding: { index: f.index, type: f.type, reason: f.reason } });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** What the author sees for a held version: each finding in place, with why and how to fix it. */
export function privacyReport(content: PostContent, nonPatientNames: readonly string[] = []): PrivacyReport {
  const texts = new Map(scannedFieldsOfPost(content).map((f) => [f.field, f.text]));
  const findings: FindingReport[] = scanPost(content, nonPatientNames).map((f, index) => ({
    ...f,
    index: index + 1,
    ...lineAndColumn(texts.get(f.field) ?? "", f.start),
  }));
  const fields: FieldReport[] = [];
  for (const [field, text] of texts) {
    const own = findings.filter((f) => f.field === field);
    if (own.length > 0) fields.push({ field, label: labelOf(field), segments: segmentsOf(text, own) });
  }
  return { findings: findings.map((f) => ({ ...f, field: labelOf(f.field) })), fields };
}
