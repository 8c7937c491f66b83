import { describe, it, expect, afterEach } from "vitest";
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { scanText } from "../../src/privacy/detector/index.ts";
import { mergeGuesses, setTaggerEnabled, taggedSpans } from "../../src/privacy/detector/tagger/index.ts";
import { activeTokens, decode } from "../../src/privacy/detector/tagger/model.ts";
import { staticFeatures, type WordInfo } from "../../src/privacy/detector/tagger/features.ts";
import { tokenText, tokenise } from "../../src/privacy/detector/tagger/tokens.ts";
import fc from "fast-check";
import { decodeWeights, encodeWeights, quantise, toSparse } from "../../src/privacy/detector/tagger/weights-file.ts";
import type { Candidate, Finding } from "../../src/privacy/detector/types.ts";
import { DEV_CORPUS_FILES, parseCorpus } from "../../bench/lib/privacy-score.ts";
import { shippedWeightsFile } from "../../bench/tagger/lib.ts";

const DEV_TEXTS = Object.values(DEV_CORPUS_FILES).flatMap((file) =>
  parseCorpus(readFileSync(new URL(`../../bench/${file}`, import.meta.url), "utf8")).map((item) => item.text),
);
/** The cases that scan every development text take ~20 s on an idle machine and far longer when it is busy. */
const EVERY_DEV_TEXT_TIMEOUT_MS = 120_000;

function candidate(start: number, end: number, type: Candidate["type"], soft = false): Candidate {
  return { start, end, type, reason: "rule", suggestion: "", priority: 50, soft };
}

function coverage(text: string, findings: readonly Finding[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const f of findings) covered.fill(1, f.start, f.end);
  return covered;
}

afterEach(() => setTaggerEnabled(true));

describe("the learned tagger's weights file", () => {
  it("round-trips a quantised table exactly, and its sparse rows hold every non-zero weight", () => {
    const bits = 4;
    const classes = 3;
    const weights = new Float32Array((1 << bits) * classes);
    for (let i = 0; i < weights.length; i += 5) weights[i] = (i % 7) - 3.5;
    const q = quantise(weights, bits, classes);
    const back = decodeWeights(encodeWeights(q));
    expect(back.bits).toBe(bits);
    expect(back.classes).toBe(classes);
    expect(Array.from(back.table)).toEqual(Array.from(q.table));
    expect(back.scale).toBeCloseTo(q.scale, 6);
    const sparse = toSparse(back);
    const rebuilt = new Int8Array(back.table.length);
    for (let b = 0; b < 1 << bits; b++) {
      for (let j = sparse.rows[b] as number; j < (sparse.rows[b + 1] as number); j++) rebuilt[b * classes + (sparse.labels[j] as number)] = sparse.values[j] as number;
    }
    expect(Array.from(rebuilt)).toEqual(Array.from(q.table));
    expect(q.table.some((v) => v !== 0)).toBe(true);
  });

  it("ships exactly what bench/tagger/train.ts makes from the development corpora (retrain after changing a corpus)", () => {
    const shipped = decodeWeights(readFileSync(new URL("../../src/privacy/detector/tagger/weights.bin", import.meta.url)));
    const rebuilt = decodeWeights(shippedWeightsFile());
    expect(rebuilt.scale).toBe(shipped.scale);
    expect(Buffer.from(rebuilt.table.buffer).equals(Buffer.from(shipped.table.buffer))).toBe(true);
  }, 60_000);

  it("refuses a file that is not one, or is cut short, with a message that says so", () => {
    const raw = gunzipSync(encodeWeights(quantise(Float32Array.from({ length: 32 }, (_, i) => i - 16), 4, 2)));
    expect(() => decodeWeights(Buffer.from("not weights"))).toThrow(/tagger weights: not a gzip file/);
    expect(() => decodeWeights(gzipSync(Buffer.concat([Buffer.from("XXXX"), raw.subarray(4)])))).toThrow(/not an RTG1 file/);
    expect(() => decodeWeights(gzipSync(raw.subarray(0, raw.length - 1)))).toThrow(/truncated or corrupt/);
    expect(decodeWeights(gzipSync(raw)).table.length).toBe(32);
  });
});

describe("the learned tagger's guesses are merged into the rules' findings", () => {
  const text = "Mr Emlyn Pugh had fallen in the yard near Cwm Penmachno.";
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234567

  it("grows a finding of the same type that a guess overlaps (\"Mr Emlyn\" → \"Mr Emlyn Pugh\")", () => {
    const kept = [candidate(0, 8, "NAME")];
    mergeGuesses(text, kept, [{ start: 3, end: 13, type: "NAME" }]);
    expect(kept).toHaveLength(1);
    expect(text.slice(kept[0]!.start, kept[0]!.end)).toBe("Mr Emlyn Pugh");
    expect(kept[0]!.soft).toBe(false);
  });

  it("adds a guess that touches a finding of its type, or a place standing alone, as a soft finding; drops prose, other types beside it, and names that touch nothing", () => {
    const farm = "He farmed at Cwm Penmachno, Conwy Valley, had a Hilux, and fell in the yard near Ty Mawr. Eleri came later.";
    const at = (w: string): { start: number; end: number } => ({ start: farm.indexOf(w), end: farm.indexOf(w) + w.length });
    const kept = [candidate(at("Cwm Penmachno").start, at("Cwm Penmachno").end, "LOCATION")];
    mergeGuesses(farm, kept, [
      { ...at("Conwy Valley"), type: "LOCATION" }, // touches "Cwm Penmachno" across ", "
      { ...at("had a"), type: "LOCATION" }, // touches "Conwy Valley" but is plain prose
      { ...at("Hilux"), type: "NAME" }, // touches nothing of its own type
      { ...at("Ty Mawr"), type: "LOCATION" }, // touches nothing the rules found, but a place may stand alone (v17)
      { ...at("Eleri"), type: "NAME" }, // a name must finish one the rules found
    ]);
    expect(kept.map((c) => farm.slice(c.start, c.end))).toEqual(["Cwm Penmachno", "Conwy Valley", "Ty Mawr"]);
    for (const k of kept.slice(1)) {
      expect(k.type).toBe("LOCATION");
      expect(k.soft).toBe(true);
      expect(k.reason).toMatch(/place/);
    }
  });

  it("trims a guess to the annotation's boundaries: no possessive 's, no leading article on a name, no age under 90", () => {
    const story = "Her Mrs Khan's son said the 22 years old was fine.";
    const kept = [candidate(4, 12, "NAME")];
    mergeGuesses(story, kept, [{ start: 0, end: 14, type: "NAME" }, { start: 28, end: 40, type: "AGE" }]);
    expect(kept.map((c) => story.slice(c.start, c.end))).toEqual(["Mrs Khan"]);
  });

  it("keeps a guess joined to a finding by a comma and a space, and the part no finding covers", () => {
    const address = "She lives at Carrowkeel, Ballycroy, Co. Mayo F28 K2V9 with her son.";
    const at = address.indexOf("F28");
    const kept = [candidate(at, at + 8, "ADDRESS")];
    mergeGuesses(address, kept, [{ start: address.indexOf("Carrowkeel"), end: at - 1, type: "ADDRESS" }]);
    expect(kept.map((c) => address.slice(c.start, c.end))).toEqual(["F28 K2V9", "Carrowkeel, Ballycroy, Co. Mayo"]);
  });

  it("trims a piece's function words at an end that meets another type, and keeps them at an end that joins its own type", () => {
    const ward = "I saw her from Cwm Cynfal on ward 7 at Ysbyty Gwynedd.";
    const at = (t: string, w: string): { start: number; end: number } => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    const kept = [candidate(at(ward, "ward 7 at Ysbyty Gwynedd").start, at(ward, "ward 7 at Ysbyty Gwynedd").end, "FACILITY_ROOM")];
    // the tagger read "Cwm Cynfal on ward 7 …" as one place: the part before the ward is "Cwm Cynfal", not "Cwm Cynfal on"
    mergeGuesses(ward, kept, [{ start: at(ward, "Cwm Cynfal").start, end: kept[0]!.end, type: "LOCATION" }]);
    expect(kept.map((c) => ward.slice(c.start, c.end))).toEqual(["ward 7 at Ysbyty Gwynedd", "Cwm Cynfal"]);

    const spar = "She lives behind the Spar in Butterworth with her son.";
    const town = [candidate(at(spar, "Butterworth").start, at(spar, "Butterworth").end, "LOCATION"), candidate(at(spar, "her son").start, at(spar, "her son").end, "NAME")];
    // over two findings, so not a growth: the piece before the town keeps "in", which joins it to the town
    mergeGuesses(spar, town, [{ start: at(spar, "the Spar").start, end: at(spar, "her son").end, type: "LOCATION" }]);
    expect(town.slice(2).map((c) => spar.slice(c.start, c.end))).toEqual(["the Spar in"]);
  });

  it("fills only the gaps when a guess of another type overlaps a finding, and never moves the finding", () => {
    const kept = [candidate(3, 8, "NAME")];
    mergeGuesses(text, kept, [{ start: 0, end: 13, type: "OTHER" }]);
    expect(text.slice(kept[0]!.start, kept[0]!.end)).toBe("Emlyn");
    expect(kept.slice(1).map((c) => text.slice(c.start, c.end))).toEqual(["Mr", "Pugh"]);
    expect(kept.slice(1).every((c) => c.soft === true && c.type === "OTHER")).toBe(true);
  });
});

describe("the learned tagger's tokens", () => {
  // The regular expression the hand-written scanner replaced, as the reference.
  const TOKEN_RE = /[A-Za-z\u00C0-\u00FF]+(?:['-][A-Za-z\u00C0-\u00FF]+)*|\d+(?:[.:/-]\d+)*|[^\sA-Za-z\d\u00C0-\u00FF]/g;
  const byRegex = (text: string): string[] => [...text.matchAll(TOKEN_RE)].map((m) => `${m.index}:${m[0]}`);
  const byScanner = (text: string): string[] => {
    const t = tokenise(text);
    return Array.from({ length: t.count }, (_, i) => `${t.starts[i]}:${tokenText(t, i)}`);
  };

  it("are exactly the regular expression's, on every development text and on random strings", () => {
    for (const text of DEV_TEXTS) expect(byScanner(text)).toEqual(byRegex(text));
    const alphabet = fc.constantFrom(..."aZé×ÿ09'-.:/ \n\t\u00a0\u2003,;’🙂ا".split(""), "🙂", "\u2028");
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
      expect(byScanner(text)).toEqual(byRegex(text));
    }), { numRuns: 3000 });
  });
});

describe("the learned tagger's decoder", () => {
  it("labels every token the same with the per-word sums as without them, on every development text", () => {
    const weights = toSparse(decodeWeights(readFileSync(new URL("../../src/privacy/detector/tagger/weights.bin", import.meta.url))));
    let labelled = 0;
    for (const text of DEV_TEXTS) {
      const tokens = tokenise(text);
      const active = activeTokens(tokens);
      const infos: WordInfo[] = [];
      const stat = staticFeatures(text, tokens, active, infos);
      const plain = decode(weights, stat, tokens.count, 40, active);
      // twice with the sums: the first fills them, the second reads them
      expect(Array.from(decode(weights, stat, tokens.count, 40, active, infos))).toEqual(Array.from(plain));
      expect(Array.from(decode(weights, stat, tokens.count, 40, active, infos))).toEqual(Array.from(plain));
      labelled += plain.filter((l) => l !== 0).length;
    }
    expect(labelled).toBeGreaterThan(1000);
  }, EVERY_DEV_TEXT_TIMEOUT_MS);
});

describe("the learned tagger inside scanText", () => {
  it("never holds a text the rules let through, on every development corpus item (its guesses are soft)", () => {
    let taggerHadGuesses = 0;
    for (const text of DEV_TEXTS) {
      setTaggerEnabled(false);
      const rules = scanText(text, "body");
      setTaggerEnabled(true);
      const both = scanText(text, "body");
      if (rules.length === 0) {
        expect(both, text.slice(0, 80)).toEqual([]);
        // the tagger did have something to say on some of these, so the check above is not vacuous
        const tokens = tokenise(text);
        if (tokens.count > 0 && activeTokens(tokens).some((a) => a === 1) && taggedSpans(text).length > 0) taggerHadGuesses++;
      }
    }
    expect(taggerHadGuesses).toBeGreaterThan(10);
  }, EVERY_DEV_TEXT_TIMEOUT_MS);

  it("covers everything the rules cover, and more on some held texts", () => {
    let widened = 0;
    for (const text of DEV_TEXTS) {
      setTaggerEnabled(false);
      const rules = coverage(text, scanText(text, "body"));
      setTaggerEnabled(true);
      const both = coverage(text, scanText(text, "body"));
      for (let i = 0; i < text.length; i++) if (rules[i] === 1) expect(both[i], `${text.slice(Math.max(0, i - 30), i + 30)}`).toBe(1);
      if (both.some((v, i) => v === 1 && rules[i] === 0)) widened++;
    }
    expect(widened).toBeGreaterThan(5);
  }, EVERY_DEV_TEXT_TIMEOUT_MS);

  it("reports its findings with offsets into the original text, a type and a teaching reason", () => {
    const text = "Mrs Adaeze Okonkwo’s granddaughter drove her from Umuahia Road junction to the clinic.";
    for (const f of scanText(text, "body")) {
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.reason.length).toBeGreaterThan(20);
      expect(f.suggestion.length).toBeGreaterThan(5);
    }
  });
});
