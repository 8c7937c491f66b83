import { expect } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";
import type { Finding, FindingType } from "../../src/privacy/detector/index.ts";

/**
 * Assert that scanning `text` gives exactly these findings, in order. Each expected
 * finding is [type, exact text]; its offsets are located by searching `text` from the end
 * of the previous expected finding, and must match the finding's start/end exactly.
 */
export function expectFindings(text: string, expected: readonly (readonly [FindingType, string])[], field = "text"): Finding[] {
  const findings = scanText(text, field);
  let from = 0;
  const want = expected.map(([type, sub]) => {
    const start = text.indexOf(sub, from);
    if (start < 0) throw new Error(`test bug: ${JSON.stringify(sub)} not in text after ${from}`);
    from = start + sub.length;
    return { type, text: sub, start, end: start + sub.length };
  });
  expect(findings.map((f) => ({ type: f.type, text: f.text, start: f.start, end: f.end }))).toEqual(want);
  for (const f of findings) {
    expect(f.field).toBe(field);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.reason.length).toBeGreaterThan(10);
    expect(f.suggestion.length).toBeGreaterThan(5);
  }
  return findings;
}

export function expectNoFindings(text: string): void {
  expect(scanText(text).map((f) => `${f.type}:${f.text}`)).toEqual([]);
}
