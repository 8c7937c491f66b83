import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV6_CORPUS_PATH, DEV6_REGIONS, buildDev6Corpus } from "./corpus-dev6/build.ts";
import { DEV6_SOURCES } from "./corpus-dev6/sources/index.ts";

const RAW = readFileSync(DEV6_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);
const MAIN = ["UK", "US", "PK", "IN", "NG", "AU"];

describe("dev6 privacy corpus (development set, written blind)", () => {
  corpusStructureTests(ITEMS, 70);

  it("has items with and without identifiers from the six main regions, and both kinds from every other region", () => {
    for (const region of MAIN) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(3);
    }
    const others = Object.values(DEV6_REGIONS).filter((r) => !MAIN.includes(r));
    expect(others.length).toBe(13);
    for (const region of others) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.some((i) => i.phi), region).toBe(true);
      expect(mine.some((i) => !i.phi), region).toBe(true);
    }
  });

  it("has 10–14 comments of 40–80 words, most of them fediverse replies opening with @user@server", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(10);
    expect(comments.length).toBeLessThanOrEqual(14);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
    expect(comments.filter((i) => /^@\w+@[\w.-]+\s/.test(i.text)).length).toBeGreaterThanOrEqual(8);
  });

  it("never marks a fediverse mention as an identifier", () => {
    const marked = ITEMS.flatMap((i) => i.spans.map((s) => i.text.slice(s.start, s.end)));
    expect(marked.filter((t) => /^@\w+@[\w.-]+$/.test(t))).toEqual([]);
  });

  it("is rich in the hard types: small places, addresses, ages 90+, IDs, one-of-a-kind details and dates", () => {
    const count = (t: string): number => ITEMS.reduce((n, i) => n + i.spans.filter((s) => s.type === t).length, 0);
    expect(count("LOCATION")).toBeGreaterThanOrEqual(18);
    expect(count("ADDRESS")).toBeGreaterThanOrEqual(6);
    expect(count("AGE")).toBeGreaterThanOrEqual(18);
    expect(count("ID")).toBeGreaterThanOrEqual(20);
    expect(count("OTHER")).toBeGreaterThanOrEqual(10);
    expect(count("DATE")).toBeGreaterThanOrEqual(10);
    expect(count("NAME")).toBeGreaterThanOrEqual(50);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV6_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers passing their checks (NHS/CHI, Aadhaar, CNIC, Medicare, SA ID, CPF, PPSN, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "CNIC", "Medicare", "South African ID", "CPF", "PPSN", "NHI"]);
    expect(invalid).toEqual([]);
    for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThanOrEqual(1);
  });

  it("uses only fictional-range phones and documentation-range IPs, and invented email domains", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
    for (const i of ITEMS) {
      for (const s of i.spans.filter((sp) => sp.type === "EMAIL")) expect(i.text.slice(s.start, s.end), i.id).toMatch(/@examplemail\.(?:com|co\.uk)$/);
    }
  });

  it("matches what the build script produces from the sources (never edit corpus-dev6.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev6Corpus()));
  });
});
