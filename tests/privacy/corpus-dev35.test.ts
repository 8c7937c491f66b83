import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV35_CORPUS_PATH, DEV35_REGIONS, buildDev35Corpus } from "./corpus-dev35/build.ts";
import { cnpIsValid } from "./corpus-dev35/gen.ts";
import { DEV35_SOURCES } from "./corpus-dev35/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV35_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev35 development privacy corpus (inclusion health in cities)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV35_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV35_SOURCES, buildDev35Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, SA ID, PPSN)", () => {
    const kinds = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "South African ID", "PPSN"] as const;
    const { counts, invalid } = checkIds(IDS, kinds);
    expect(invalid).toEqual([]);
    for (const name of kinds) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid Romanian CNP wherever one is marked", () => {
    const cnps = IDS.filter((s) => s.item.region === "RO" && /^\d{13}$/.test(s.text));
    expect(cnps.length).toBeGreaterThanOrEqual(1);
    expect(cnps.filter((s) => !cnpIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
