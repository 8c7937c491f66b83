import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { cnicIsPlausible, luhnIsValid, nhsNumberIsValid, ssnIsValid, verhoeffIsValid } from "../../src/privacy/detector/checksums.ts";
import { parseMarked, serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans } from "./corpus/checks.ts";
import { medicareIsValid } from "./corpus/gen.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { cpfIsValid, nhiIsValid } from "./corpus-fresh/gen.ts";
import { cnsIsValid, ppsnIsValid, sinIsValid } from "./corpus-unseen/gen.ts";
import { UNSEEN2_CORPUS_PATH, UNSEEN2_REGIONS, buildUnseen2Corpus } from "./corpus-unseen2/build.ts";
import { UNSEEN2_SOURCES } from "./corpus-unseen2/sources/index.ts";

const RAW = readFileSync(UNSEEN2_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

const bad = (spans: typeof IDS, ok: (s: (typeof IDS)[number]) => boolean): string[] =>
  spans.filter((s) => !ok(s)).map((s) => `${s.item.id}: ${s.text}`);

describe("unseen2 held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 110);

  it("has items with and without identifiers from every one of its 19 regions", () => {
    expect(Object.keys(UNSEEN2_REGIONS)).toHaveLength(19);
    for (const region of Object.values(UNSEEN2_REGIONS)) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it("has about 20 comments, each of 40–80 words", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(18);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    const byId = new Map(ITEMS.map((i) => [i.id, i]));
    for (const src of UNSEEN2_SOURCES) {
      const item = byId.get(src.id);
      expect(item, src.id).toBeDefined();
      const marked = [...src.text.matchAll(/⟦([A-Z_]+)\|([^⟦⟧]*)⟧/g)].map((m) => `${m[1]}:${m[2]}`);
      const found = (item?.spans ?? []).map((s) => `${s.type}:${item?.text.slice(s.start, s.end)}`);
      expect(found, src.id).toEqual(marked);
      expect(item?.text, src.id).toBe(parseMarked(src.text).text);
    }
  });

  it("has NHS and CHI numbers (3-3-4 or 6-4) that pass the mod-11 check", () => {
    const nhs = IDS.filter((s) => /^(?:\d{3} \d{3} \d{4}|\d{6} \d{4})$/.test(s.text));
    expect(nhs.length).toBeGreaterThanOrEqual(4);
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

  it("has CPF, CNS, PPSN and NHI numbers with valid check characters", () => {
    const cpf = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const cns = IDS.filter((s) => /^\d{3} \d{4} \d{4} \d{4}$/.test(s.text));
    const ppsn = IDS.filter((s) => /^\d{7}[A-W][A-IW]?$/.test(s.text));
    const nhi = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    for (const group of [cpf, cns]) expect(group.length).toBeGreaterThanOrEqual(1);
    for (const group of [ppsn, nhi]) expect(group.length).toBeGreaterThanOrEqual(2);
    expect(bad(cpf, (s) => cpfIsValid(s.text))).toEqual([]);
    expect(bad(cns, (s) => cnsIsValid(s.text))).toEqual([]);
    expect(bad(ppsn, (s) => ppsnIsValid(s.text))).toEqual([]);
    expect(bad(nhi, (s) => nhiIsValid(s.text))).toEqual([]);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    const spansOf = (type: string): string[] => ITEMS.flatMap((i) => i.spans.filter((s) => s.type === type).map((s) => i.text.slice(s.start, s.end)));
    for (const ssn of IDS.filter((s) => /^\d{3}-\d{2}-\d{4}$/.test(s.text))) expect(ssn.text).toBe("078-05-1120");
    for (const phone of spansOf("PHONE")) expect(phone, phone).toMatch(/555|07700 900|01632 960|0491 570/);
    for (const ip of spansOf("IP")) expect(ip, ip).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen2.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseen2Corpus()));
  });
});
