import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV43_CORPUS_PATH, DEV43_REGIONS, buildDev43Corpus } from "./corpus-dev43/build.ts";
import { bsnIsValid, kvnrIsValid, rrnIsValid, saudiIdIsValid, tcKimlikIsValid } from "./corpus-dev43/gen.ts";
import { DEV43_SOURCES } from "./corpus-dev43/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV43_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The shared checksummed kinds this corpus uses on purpose. */
const USED: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "PPSN"];

describe("dev43 development privacy corpus (paediatrics, neonatology, adolescent health)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV43_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV43_SOURCES, buildDev43Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers of every kind it uses, each passing its check", () => {
    const { counts, invalid } = checkIds(IDS, USED);
    expect(invalid).toEqual([]);
    for (const name of USED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has no ID span that looks like any other checksummed kind and fails its check", () => {
    const all = Object.keys(checksummedIdKinds) as IdKindName[];
    expect(checkIds(IDS, all).invalid).toEqual([]);
  });

  it("has a valid BSN, T.C. Kimlik, Saudi ID, KVNR and Korean RRN wherever one is marked", () => {
    const local: [string, (s: string) => boolean, (s: { item: { region: string }; text: string }) => boolean][] = [
      ["BSN", bsnIsValid, (s) => s.item.region === "NL" && /^\d{9}$/.test(s.text)],
      ["TC Kimlik", tcKimlikIsValid, (s) => s.item.region === "TR" && /^\d{11}$/.test(s.text)],
      ["Saudi ID", saudiIdIsValid, (s) => s.item.region === "SA" && /^\d{10}$/.test(s.text)],
      ["KVNR", kvnrIsValid, (s) => /^[A-Z]\d{9}$/.test(s.text)],
      ["RRN", rrnIsValid, (s) => /^\d{6}-\d{7}$/.test(s.text)],
    ];
    for (const [name, valid, matches] of local) {
      const spans = IDS.filter(matches);
      expect(spans.length, name).toBeGreaterThanOrEqual(1);
      expect(spans.filter((s) => !valid(s.text)).map((s) => s.text), name).toEqual([]);
    }
  });
});
