import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV17_CORPUS_PATH, DEV17_REGIONS, buildDev17Corpus } from "./corpus-dev17/build.ts";
import { personnummerIsValid, ppsnIsValidHere } from "./corpus-dev17/gen.ts";
import { DEV17_SOURCES } from "./corpus-dev17/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV17_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev17 blind development privacy corpus (long-term and relational care)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV17_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV17_SOURCES, buildDev17Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  const KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "PPSN", "NHI"] as const;

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare, Luhn, PPSN, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, [...KINDS]);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid Swedish personnummer wherever one is marked, and its PPSN passes this folder's own check too", () => {
    const pnr = IDS.filter((s) => s.item.region === "SE" && /^\d{6}[-+]\d{4}$/.test(s.text));
    expect(pnr.length).toBeGreaterThanOrEqual(1);
    expect(pnr.filter((s) => !personnummerIsValid(s.text)).map((s) => s.text)).toEqual([]);
    const ppsns = IDS.filter((s) => s.item.region === "IE" && /^\d{7}[A-W][A-IW]?$/.test(s.text));
    expect(ppsns.length).toBeGreaterThanOrEqual(1);
    expect(ppsns.filter((s) => !ppsnIsValidHere(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("names no hospital, hospice, prison or care home in an item without identifiers", () => {
    // Organisations named alone (associations of hospices) are not places of care.
    const organisations = /Hospices? (?:and )?Palliative Care Association/g;
    const named = /\b(?:Hospital|Hospice|HMP|Correctional Centre|Detention Center|Aged Care|Jail [A-Z]|Korle Bu|Mulago)\b/;
    expect(ITEMS.filter((i) => !i.phi && named.test(i.text.replace(organisations, ""))).map((i) => i.id)).toEqual([]);
  });
});
