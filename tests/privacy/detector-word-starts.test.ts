import { describe, it, expect } from "vitest";
import { eachMatch, eachMatchNear, nearMatcher } from "../../src/privacy/detector/context.ts";
import { analyse } from "../../src/privacy/detector/word-starts.ts";

// eachMatch tries a regex only at the word starts its matches can begin with (word-starts.ts): it must give exactly
// the matches of a plain global scan, whatever the regex and the text.
function plain(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(`${m.index}:${m[0]}:${m.slice(1).join("|")}`);
  }
  return out;
}

function viaEachMatch(re: RegExp, text: string): string[] {
  const out: string[] = [];
  eachMatch(re, text, (m) => out.push(`${m.index}:${m[0]}:${m.slice(1).join("|")}`));
  return out;
}

const REGEXES: RegExp[] = [
  /\b(?:admit\w*|admission|born|passed\s+away|d\.o\.b)\b/gi,
  /\b(?:Mr|Mrs|Dr)\.?\s[A-Z][a-z]+/g,
  /(?<![A-Za-z0-9])(?:bed|bay)\s?\d{1,2}[A-Z]?(?![A-Za-z0-9])/gi,
  /\b(?:sister|son)s?\b/giu,
  /\b(?:st|k)\w{0,3}/giu,
  /\b(?:(?:the|a)\s+)?(?:ward|unit)\s+(\d+)/gi,
  /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/g,
  /\b(?:x|y)?z\d/g,
  /(?:\bfoo|\bbar)[a-z]*/g,
  /\b\d{3}[ -]?\d{4}\b/g,
  /\b_?[a-z]+_\b/g,
  /\b(?:é|e)lan\b/giu,
  /(?<![A-Za-z])(?:he|she|[Gg]ran)\s+(?:was|is)\s+(\d{2,3})/g,
  /(?<![A-Za-z0-9.])\d{2,3}\s?(?:yrs?|y)\b/g,
  /(?<![\p{L}\d'’-])(?:I|[Mm]y|[Ww]e)(?![\p{L}\d'’-])/gu,
  /\s(?:village|hamlet|ward)\b/g,
  /\s(?:on|at)\s[A-Z]\w+/g,
  /(?<![A-Za-z])(?:_\w+|ſt|kid)/giu,
  /\b(?:he|she|I)\b/gi,
  /\bab?c?d/gi,
  /\b(?:a|an)\s(?:bed|bay)/g,
  /\b(?:x?z|s{2,}|m(?:r|rs)?)\.?\s?[A-Z]/g,
  /(?<=\b(?:on|at)\s+)(?:Monday|Kisumu|bed)\b|\bbay\s\d/g,
  /(?<=(?:on|he)\s)[A-Za-z]{2,}/g,
  /(?<=\bon\s)(?:Monday|Tuesday)\b/g,
];

const WORDS = ["admit", "admitted", "Admission", "born", "passed away", "d.o.b", "Mr", "Mrs.", "Dr", "Smith", "bed", "Bay",
  "12", "4B", "sister", "ſister", "SON", "Kelvin", "\u212Aid", "stay", "ward", "unit", "the", "a", "AB12 CDE", "xz9", "z1",
  "foo", "barbaz", "555-1234", "_snake_", "élan", "Elan", "on", "Monday", "x", "_", "9", "-", ".", ",", "\n", "’s", "é",
  "5he", "she was 93", "he is 101", "Gran was 90", "92yrs", "12.93 y", "my", "I", "We", "’I", "village", "hamlet", "at",
  "Hamlet", "4hamlet", "on Tuesday", "at Kisumu", "a bed", "an bay", "abd", "ad", "acd", "zz", "ss", "sss", "Mr.Smith", "mrs Tom", "m Kay", "I'd", "he'd"];

function rnd(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("eachMatch on word starts", () => {
  it("keys typical keyword regexes and refuses what it cannot prove", () => {
    expect(analyse(/\b(?:admit\w*|admission|born)\b/gi)).not.toBeNull();
    expect(analyse(/(?<![A-Za-z0-9])\d{2}\/\d{2}/g)).not.toBeNull();
    expect(analyse(/\s(?:village|hamlet)\b/g)).not.toBeNull(); // one unit before a word start
    expect(analyse(/\s(?:village)|hamlet/g)).toBeNull(); // "\s" on one branch only
    expect(analyse(/\s+village/g)).toBeNull();
    expect(analyse(/(?<![A-Za-z])(?:he|she)\s+was/g)).not.toBeNull();
    expect(analyse(/(?<![A-Za-z])\d{2}/g)).toBeNull(); // a digit may follow a digit
    expect(analyse(/(?<![a-z])(?:he|she)/g)).toBeNull(); // capitals not excluded
    expect(analyse(/(?<![\p{L}\d])(?:he|\d)/gu)).not.toBeNull();
    expect(analyse(/, (?:he|she)/g)).toBeNull();
    expect(analyse(/(?<=\b(?:in|at)\s)(?:Cell|Bed)\s\d/g)).not.toBeNull(); // after a space
    expect(analyse(/(?<=\b(?:in|at)\s?)(?:Cell|Bed)/g)).toBeNull(); // maybe not
    expect(analyse(/(?<=in\s|at)(?:Cell|Bed)/g)).toBeNull();
    expect(analyse(/(?:the\s)?\bward/g)).toBeNull(); // may start before the boundary
    expect(analyse(/(?:\b)?ward/g)).toBeNull(); // an optional boundary bounds nothing
    expect(analyse(/(?=\b)?ward/g)).toBeNull();
    expect(analyse(/\b(?:\p{Lu}\w+)/gu)).toBeNull(); // a first character outside ASCII
    expect(analyse(/\b(?:a)?/g)).toBeNull(); // can match the empty string
    expect(analyse(/\bward/)).toBeNull(); // not global
  });

  it("gives exactly the matches of a plain scan", () => {
    const r = rnd(7);
    for (let t = 0; t < 300; t++) {
      let text = "";
      while (text.length < 300 + t * 3) {
        text += WORDS[Math.floor(r() * WORDS.length)];
        text += [" ", " ", "  ", "", "\t", "-"][Math.floor(r() * 6)];
      }
      for (const re of REGEXES) expect(viaEachMatch(re, text), `${re} on ${JSON.stringify(text)}`).toEqual(plain(re, text));
    }
  });

  it("finds the same anchors for eachMatchNear (keyed anchors, digit positions)", () => {
    const near = [
      nearMatcher(/\b[A-Z][a-z]+\s(?:village|hamlet)\b/g, /\s(?:village|hamlet)\b/g, 20),
      nearMatcher(/(?<![A-Za-z0-9])(?:bed|bay)\s?\d{1,2}/gi, /\d/g, 6),
      nearMatcher(/\b(?:she|he)\s+(?:was|is)\s+\d+/g, /(?<![A-Za-z])(?:was|is)\b/g, 8),
    ];
    const r = rnd(11);
    for (let t = 0; t < 200; t++) {
      let text = "";
      while (text.length < 300 + t * 3) {
        text += WORDS[Math.floor(r() * WORDS.length)];
        text += [" ", " ", "  ", "", "\t", "-"][Math.floor(r() * 6)];
      }
      for (const nm of near) {
        const re = new RegExp(nm.sticky.source, nm.sticky.flags.replace("y", "g"));
        const got: string[] = [];
        eachMatchNear(nm, text, (m) => got.push(`${m.index}:${m[0]}`));
        expect(got).toEqual(plain(re, text).map((x) => x.slice(0, x.lastIndexOf(":"))));
      }
    }
  });

  it("resumes where the callback leaves lastIndex, as exec does", () => {
    const re = /\b(?:ab|abc)\w*/g;
    const text = "abc abcd ab ".repeat(40);
    const seen: number[] = [];
    eachMatch(re, text, (m) => {
      seen.push(m.index);
      if (seen.length === 3) re.lastIndex = 1; // back to the start
      if (seen.length === 6) re.lastIndex = text.length;
    });
    expect(seen).toEqual([0, 4, 9, 4, 9, 12]);
  });
});
