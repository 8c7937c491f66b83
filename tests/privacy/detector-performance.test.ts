import { describe, it, expect } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";

// Guards against catastrophic backtracking only; the budget is deliberately generous.
const N = 200_000;
const ADVERSARIAL: Record<string, string> = {
  "'1 ' repeated": "1 ".repeat(N / 2),
  "'a@' repeated": "a@".repeat(N / 2),
  "'Mr ' repeated": "Mr ".repeat(N / 3),
  "one long digit run": "9".repeat(N),
  "slashes": "/".repeat(N),
  "'a.' repeated": "a.".repeat(N / 2),
  "one long word": "a".repeat(N),
  "colons": ":".repeat(N),
  "'12 ' repeated": "12 ".repeat(N / 3),
  "'07700 ' repeated": "07700 ".repeat(N / 6),
  "'MRN ' repeated": "MRN ".repeat(N / 4),
  "'3 March ' repeated": "3 March ".repeat(N / 8),
  "'www.' repeated": "www.".repeat(N / 4),
  "'&#48' repeated": "&#48".repeat(N / 4),
  "'1 Aa Bb Cc ' repeated": "1 Aa Bb Cc ".repeat(N / 11),
  "mixed": "Mr 1 a@b. 12/ 3 March 0 7 7 0 0 aged 9".repeat(N / 38),
};

describe("performance", () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`scans 200,000 characters of ${name} in under 2 s`, () => {
      expect(text.length).toBeGreaterThan(190_000);
      const t0 = performance.now();
      scanText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  }
});
