import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { luhnIsValid, nhsNumberIsValid, verhoeffIsValid } from "../../src/privacy/detector/checksums.ts";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans } from "./corpus/checks.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { FRESH_CORPUS_PATH, buildFreshCorpus } from "./corpus-fresh/build.ts";
import { cpfIsValid, nhiIsValid, nifIsValid, nricIsValid } from "./corpus-fresh/gen.ts";

const RAW = readFileSync(FRESH_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("fresh held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 100);

  it("has NHS/CHI numbers (10 digits, 3-3-4 or 6-4) that pass the mod-11 check", () => {
    const nhs = IDS.filter((s) => /^(?:\d{3}[ -]?\d{3}[ -]?\d{4}|\d{6} \d{4})$/.test(s.text));
    expect(nhs.length).toBeGreaterThanOrEqual(2);
    expect(nhs.filter((s) => !nhsNumberIsValid(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has 12-digit Aadhaar numbers that pass the Verhoeff check", () => {
    const aadhaar = IDS.filter((s) => /^\d{4} ?\d{4} ?\d{4}$/.test(s.text));
    expect(aadhaar.length).toBeGreaterThanOrEqual(1);
    expect(aadhaar.filter((s) => !verhoeffIsValid(s.digits)).map((s) => `${s.item.id}: ${s.text}`)).toEqual([]);
  });

  it("has NRIC, Emirates ID, CPF, NIF and NHI numbers with valid check characters", () => {
    const nric = IDS.filter((s) => /^[STFG]\d{7}[A-Z]$/.test(s.text));
    const emirates = IDS.filter((s) => /^784-\d{4}-\d{7}-\d$/.test(s.text));
    const cpf = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const nif = IDS.filter((s) => /^\d{9}$/.test(s.text) && s.before.includes("NIF"));
    const nhi = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    for (const group of [nric, emirates, cpf, nif, nhi]) expect(group.length).toBeGreaterThanOrEqual(1);
    for (const s of nric) expect(nricIsValid(s.text), s.text).toBe(true);
    for (const s of emirates) expect(luhnIsValid(s.digits), s.text).toBe(true);
    for (const s of cpf) expect(cpfIsValid(s.text), s.text).toBe(true);
    for (const s of nif) expect(nifIsValid(s.text), s.text).toBe(true);
    for (const s of nhi) expect(nhiIsValid(s.text), s.text).toBe(true);
  });

  it("matches what the build script produces from the sources (never edit corpus-fresh.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildFreshCorpus()));
  });
});
