import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { cnicIsPlausible, luhnIsValid, nhsNumberIsValid, ssnIsValid, verhoeffIsValid } from "../../src/privacy/detector/checksums.ts";
import { CORPUS_PATH, buildCorpus, serialiseCorpus } from "./corpus/build.ts";
import { medicareIsValid } from "./corpus/gen.ts";
import { corpusStructureTests } from "./corpus/checks.ts";
import type { CorpusItem } from "./corpus/types.ts";

const RAW = readFileSync(CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);

function idSpans(): { item: CorpusItem; text: string; digits: string; before: string }[] {
  return ITEMS.flatMap((item) =>
    item.spans
      .filter((s) => s.type === "ID")
      .map((s) => {
        const text = item.text.slice(s.start, s.end);
        return { item, text, digits: text.replace(/\D/g, ""), before: item.text.slice(Math.max(0, s.start - 30), s.start) };
      }),
  );
}

describe("annotated privacy corpus", () => {
  corpusStructureTests(ITEMS, 200);

  it("has NHS numbers (10 digits, 3-3-4) that pass the mod-11 check", () => {
    const nhs = idSpans().filter((s) => s.digits.length === 10 && /^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(s.text));
    expect(nhs.length).toBeGreaterThanOrEqual(2);
    expect(nhs.filter((s) => !nhsNumberIsValid(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has 12-digit Aadhaar numbers that pass the Verhoeff check", () => {
    const aadhaar = idSpans().filter((s) => s.digits.length === 12 && /^\d{4} ?\d{4} ?\d{4}$/.test(s.text));
    expect(aadhaar.length).toBeGreaterThanOrEqual(2);
    expect(aadhaar.filter((s) => !verhoeffIsValid(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has SSNs that pass the structural check", () => {
    const ssn = idSpans().filter((s) => /^\d{3}-\d{2}-\d{4}$/.test(s.text));
    expect(ssn.length).toBeGreaterThanOrEqual(2);
    expect(ssn.filter((s) => !ssnIsValid(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has CNICs that pass the plausibility check", () => {
    const cnic = idSpans().filter((s) => /^\d{5}-\d{7}-\d$/.test(s.text));
    expect(cnic.length).toBeGreaterThanOrEqual(2);
    expect(cnic.filter((s) => !cnicIsPlausible(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has Medicare, Ontario health card and South African ID numbers with valid check digits", () => {
    const medicare = idSpans().filter((s) => /^\d{4} \d{5} \d$/.test(s.text));
    const ohip = idSpans().filter((s) => /^\d{4}-\d{3}-\d{3}$/.test(s.text));
    const saId = idSpans().filter((s) => s.item.region === "ZA" && s.digits.length === 13);
    expect(medicare.length + ohip.length + saId.length).toBeGreaterThanOrEqual(3);
    for (const s of medicare) expect(medicareIsValid(s.digits), s.text).toBe(true);
    for (const s of [...ohip, ...saId]) expect(luhnIsValid(s.digits), s.text).toBe(true);
  });

  it("matches what the build script produces from the sources (never edit corpus.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildCorpus()));
  });
});
