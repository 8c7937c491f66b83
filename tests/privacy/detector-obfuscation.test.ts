import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it, expect } from "vitest";
import { normalise, scanText } from "../../src/privacy/detector/index.ts";
import { expectFindings } from "./detector-helpers.ts";

describe("normalise keeps an offset map back to the original", () => {
  it("maps every normalised character to its source range", () => {
    const original = "a&#48;\u200Bb\uFF11";
    const n = normalise(original);
    expect(n.text).toBe("a0b1");
    expect(n.starts).toEqual([0, 1, 7, 8]);
    expect(n.ends).toEqual([1, 6, 8, 9]);
  });
});

describe("obfuscated identifiers are found and reported at their original offsets", () => {
  it("full-width digits (NFKC)", () => {
    expectFindings("Call her on \uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13 tonight.", [
      ["PHONE", "\uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13"],
    ]);
  });
  it("zero-width characters and soft hyphens inside a number", () => {
    expectFindings("NHS 943\u200B476\u200D5919 and 07700\u00AD900\uFEFF123.", [
      ["ID", "943\u200B476\u200D5919"],
      ["PHONE", "07700\u00AD900\uFEFF123"],
    ]);
  });
  it("HTML numeric and named entities", () => {
    expectFindings("Her number is 943&#32;476&#x20;5919; email jo&#64;example.com; mobile 07700&nbsp;900123.", [
      ["ID", "943&#32;476&#x20;5919"],
      ["EMAIL", "jo&#64;example.com"],
      ["PHONE", "07700&nbsp;900123"],
    ]);
  });
  it("digits spaced, dotted or dashed one by one", () => {
    expectFindings("NHS 9 4 3 4 7 6 5 9 1 9, mobile 0.7.7.0.0.9.0.0.1.2.3, CNIC-free 4-0-1-0-2-3-2-1-3-7.", [
      ["ID", "9 4 3 4 7 6 5 9 1 9"],
      ["PHONE", "0.7.7.0.0.9.0.0.1.2.3"],
      ["ID", "4-0-1-0-2-3-2-1-3-7"],
    ]);
  });
  it("letters O, l and I standing in for digits inside a digit run", () => {
    expectFindings("Ring O77OO 9OO123, or NHS 943 47б 5919 is garbled, but 94З 476 59l9 is not.", [
      ["PHONE", "O77OO 9OO123"],
      ["ID", "94З 476 59l9"],
    ]);
  });
  it("Cyrillic and Greek look-alike letters in an email", () => {
    // "jо" uses Cyrillic о; "еxample" uses Cyrillic е
    expectFindings("Contact j\u043E@\u0435xample.com for photos.", [["EMAIL", "j\u043E@\u0435xample.com"]]);
  });
  it("does not turn O or l in ordinary words into digits", () => {
    expect(scanText("O2 sats 94% on 2 L; SpO2 low; lOl; HbA1c 48; CO2 retainer.")).toEqual([]);
  });
  it("Markdown emphasis markers inside a number (v2)", () => {
    expectFindings("Ring 077*00 *900000 after six.", [["PHONE", "077*00 *900000"]]);
  });
  it("text.slice(start, end) always equals the finding's text", () => {
    const text = "x\u200B&#x39;4 3 4 7 6 5 9 1 9 y \uFF20 jo@\u0435x.com";
    for (const f of scanText(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("text spelt out one character at a time (found by the gate property test)", () => {
  it("joins a spaced two-letter title next to a spaced name", () => {
    expect(normalise("I rang M r   T h i s t l e t h w a i t e after.").text).toBe("I rang Mr Thistlethwaite after.");
    expectFindings("I rang M r   T h i s t l e t h w a i t e after.", [["NAME", "M r   T h i s t l e t h w a i t e"]]);
  });
  it("keeps the word break where a small letter meets a capital in one run", () => {
    expect(normalise("I rang M r s O k o n k w o after.").text).toBe("I rang Mrs Okonkwo after.");
  });
  it("joins runs of four or more small letters, and spaced-out phrases of letters and digits", () => {
    expect(normalise("a d m i t t e d   3   N o v e m b e r   2 0 1 9").text).toBe("admitted 3 November 2019");
    expect(normalise("lives at L S 6   3 Q T").text).toBe("lives at LS6 3QT");
    expect(normalise("M R N   4 0 7 1 8 2 9 3").text).toBe("MRN 40718293");
  });
  it("joins an email address spelt out character by character", () => {
    expectFindings("Her daughter is a m a r a @ g m a i l . c o m if you need her.", [["EMAIL", "a m a r a @ g m a i l . c o m"]]);
    // At the end of a sentence the full stop is not part of it (found in the browser: the span stopped at "c o").
    expectFindings("Her daughter asked me to email her at a m a r a @ g m a i l . c o m.", [["EMAIL", "a m a r a @ g m a i l . c o m"]]);
  });
  it("leaves ordinary single letters, option lists and GCS shorthand alone", () => {
    for (const text of ["I  a   b", "Answer A B C or D", "GCS E 4 V 5 M 6", "options a, b, c", "x y z"]) expect(normalise(text).text).toBe(text);
  });
});

describe("the scanned text is Latin-1 whatever the writing (normalise step 4b)", () => {
  const CORPUS = readFileSync(new URL("./corpus/corpus.jsonl", import.meta.url), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => (JSON.parse(line) as { text: string }).text);

  it("folds any text, of any script, to code units below U+0100, with an offset map that stays in order and in range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (original) => {
        const n = normalise(original);
        for (let k = 0; k < n.text.length; k++) expect(n.text.charCodeAt(k)).toBeLessThan(0x100);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.starts[k]).toBeGreaterThanOrEqual(k === 0 ? 0 : n.starts[k - 1]!);
          expect(n.ends[k]).toBeGreaterThan(n.starts[k]!);
          expect(n.ends[k]).toBeLessThanOrEqual(original.length);
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it("finds exactly the same things in the corpus written with curly quotes as with straight ones", () => {
    const curly = (text: string): string => text.replace(/'/g, "\u2019").replace(/"([^"\n]*)"/g, "\u201C$1\u201D");
    const shape = (text: string) => scanText(text).map((f) => [f.type, f.start, f.end]);
    const differ = CORPUS.filter((text) => JSON.stringify(shape(text)) !== JSON.stringify(shape(curly(text))));
    expect(CORPUS.filter((text) => text !== curly(text)).length).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });

  it("reads digits of other scripts as digits (Urdu, Arabic-Indic, Devanagari)", () => {
    expectFindings("Her son gave his number, \u06F0\u06F7\u06F7\u06F0\u06F0 \u06F9\u06F0\u06F0\u06F4\u06F6\u06F1, for updates.", [
      ["PHONE", "\u06F0\u06F7\u06F7\u06F0\u06F0 \u06F9\u06F0\u06F0\u06F4\u06F6\u06F1"],
    ]);
    expectFindings("NHS number \u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669 was on the label.", [
      ["ID", "\u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669"],
    ]);
    expectFindings("Call her daughter on \u0966\u096D\u096D\u0966\u0966 \u096F\u0966\u0966\u0967\u0968\u0969 tonight.", [
      ["PHONE", "\u0966\u096D\u096D\u0966\u0966 \u096F\u0966\u0966\u0967\u0968\u0969"],
    ]);
  });

  it("keeps a combining accent with its letter, and finds a name with diacritics of any kind", () => {
    const [finding] = expectFindings("I sat with Mrs Ade\u0301yemi while we waited for the scan.", [["NAME", "Mrs Ade\u0301yemi"]]);
    expect(finding!.end).toBe("I sat with Mrs Ade\u0301yemi".length);
    expectFindings("I sat with Mrs \u1ECCl\u00E1d\u00E8l\u00E9 while we waited for the scan.", [["NAME", "Mrs \u1ECCl\u00E1d\u00E8l\u00E9"]]);
  });

  it("drops bidi controls that would hide or reorder a number on screen", () => {
    expectFindings("Her mobile is 07700\u2066 900\u2069461 if the ward needs it.", [["PHONE", "07700\u2066 900\u2069461"]]);
    expectFindings("Her mobile is 07700\u202E900461\u202C if the ward needs it.", [["PHONE", "07700\u202E900461"]]);
  });
});
