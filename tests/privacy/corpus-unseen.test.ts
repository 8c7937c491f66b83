import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { cnicIsPlausible, luhnIsValid, nhsNumberIsValid, ssnIsValid, verhoeffIsValid } from "../../src/privacy/detector/checksums.ts";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans } from "./corpus/checks.ts";
import { medicareIsValid } from "./corpus/gen.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { cpfIsValid, nhiIsValid, nricIsValid } from "./corpus-fresh/gen.ts";
import { UNSEEN_CORPUS_PATH, UNSEEN_REGIONS, buildUnseenCorpus } from "./corpus-unseen/build.ts";
import { cnsIsValid, finIsValid, ppsnIsValid, sinIsValid } from "./corpus-unseen/gen.ts";

const RAW = readFileSync(UNSEEN_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

const bad = (spans: typeof IDS, ok: (s: (typeof IDS)[number]) => boolean): string[] =>
  spans.filter((s) => !ok(s)).map((s) => `${s.item.id}: ${s.text}`);

describe("unseen held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 120);

  it("has items with and without identifiers from every one of its 21 regions", () => {
    for (const region of Object.values(UNSEEN_REGIONS)) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it("has NHS/CHI numbers (3-3-4 or 6-4) that pass the mod-11 check", () => {
    const nhs = IDS.filter((s) => /^(?:\d{3} \d{3} \d{4}|\d{6} \d{4})$/.test(s.text));
    expect(nhs.length).toBeGreaterThanOrEqual(2);
    expect(bad(nhs, (s) => nhsNumberIsValid(s.digits))).toEqual([]);
  });

  it("has Aadhaar, SSN and CNIC numbers that pass their checks", () => {
    const aadhaar = IDS.filter((s) => /^\d{4} \d{4} \d{4}$/.test(s.text));
    const ssn = IDS.filter((s) => /^\d{3}-\d{2}-\d{4}$/.test(s.text));
    const cnic = IDS.filter((s) => /^\d{5}-\d{7}-\d$/.test(s.text));
    for (const group of [aadhaar, ssn, cnic]) expect(group.length).toBeGreaterThanOrEqual(1);
    expect(bad(aadhaar, (s) => verhoeffIsValid(s.digits))).toEqual([]);
    expect(bad(ssn, (s) => ssnIsValid(s.digits))).toEqual([]);
    expect(bad(cnic, (s) => cnicIsPlausible(s.digits))).toEqual([]);
  });

  it("has Medicare, OHIP, SIN and South African ID numbers with valid check digits", () => {
    const medicare = IDS.filter((s) => /^\d{4} \d{5} \d$/.test(s.text));
    const ohip = IDS.filter((s) => /^\d{4}-\d{3}-\d{3}$/.test(s.text));
    const sin = IDS.filter((s) => /^\d{3} \d{3} \d{3}$/.test(s.text) && s.before.includes("SIN"));
    const saId = IDS.filter((s) => s.item.region === "ZA" && /^\d{13}$/.test(s.text));
    for (const group of [medicare, ohip, sin, saId]) expect(group.length).toBeGreaterThanOrEqual(1);
    expect(bad(medicare, (s) => medicareIsValid(s.digits))).toEqual([]);
    expect(bad(ohip, (s) => luhnIsValid(s.digits))).toEqual([]);
    expect(bad(sin, (s) => sinIsValid(s.text))).toEqual([]);
    expect(bad(saId, (s) => luhnIsValid(s.digits))).toEqual([]);
  });

  it("has NRIC/FIN, Emirates ID, CPF, CNS, PPSN and NHI numbers with valid check characters", () => {
    const nric = IDS.filter((s) => /^[ST]\d{7}[A-Z]$/.test(s.text));
    const fin = IDS.filter((s) => /^[FG]\d{7}[A-Z]$/.test(s.text));
    const emirates = IDS.filter((s) => /^784-\d{4}-\d{7}-\d$/.test(s.text));
    const cpf = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const cns = IDS.filter((s) => /^\d{3} \d{4} \d{4} \d{4}$/.test(s.text));
    const ppsn = IDS.filter((s) => /^\d{7}[A-W][A-IW]?$/.test(s.text));
    const nhi = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    for (const group of [nric, fin, emirates, cpf, cns, ppsn, nhi]) expect(group.length).toBeGreaterThanOrEqual(1);
    expect(bad(nric, (s) => nricIsValid(s.text))).toEqual([]);
    expect(bad(fin, (s) => finIsValid(s.text))).toEqual([]);
    expect(bad(emirates, (s) => luhnIsValid(s.digits))).toEqual([]);
    expect(bad(cpf, (s) => cpfIsValid(s.text))).toEqual([]);
    expect(bad(cns, (s) => cnsIsValid(s.text))).toEqual([]);
    expect(bad(ppsn, (s) => ppsnIsValid(s.text))).toEqual([]);
    expect(bad(nhi, (s) => nhiIsValid(s.text))).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseenCorpus()));
  });
});
