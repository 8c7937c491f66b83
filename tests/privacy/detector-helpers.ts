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

// Sentence-level checks shared by the per-version detector tests (v6 onwards).

export const texts = (s: string): string[] => scanText(s).map((f) => `${f.type}:${f.text}`);

/** Some finding of `type` covers exactly `sub`. */
export function finds(s: string, type: FindingType, sub: string): void {
  expect(texts(s)).toContain(`${type}:${sub}`);
}

/** Some finding of `type` (any span) is reported. */
export function findsType(s: string, type: FindingType): void {
  expect(scanText(s).map((f) => f.type)).toContain(type);
}

/** Every non-space character of `sub` is inside some finding (of any type). */
export function covers(s: string, sub: string): void {
  const at = s.indexOf(sub);
  if (at < 0) throw new Error(`test bug: ${sub} not in text`);
  const hit = new Uint8Array(s.length);
  for (const f of scanText(s)) hit.fill(1, f.start, f.end);
  const missing = [...sub].filter((ch, i) => !/\s/.test(ch) && hit[at + i] !== 1).join("");
  expect(missing, `${sub} → ${texts(s).join(" | ")}`).toBe("");
}

/** Some finding (of any type) touches `sub`. */
export function flags(s: string, sub: string): void {
  const at = s.indexOf(sub);
  if (at < 0) throw new Error(`test bug: ${sub} not in text`);
  expect(scanText(s).some((f) => f.start < at + sub.length && f.end > at), `${sub} → ${texts(s).join(" | ")}`).toBe(true);
}

/** No finding touches `sub`. */
export function spares(s: string, sub: string): void {
  const at = s.indexOf(sub);
  if (at < 0) throw new Error(`test bug: ${sub} not in text`);
  expect(scanText(s).filter((f) => f.start < at + sub.length && f.end > at).map((f) => `${f.type}:${f.text}`)).toEqual([]);
}
