import { describe, expect, it } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";
import { scanPost } from "../../src/privacy/scan-post.ts";

/**
 * Every identifier kind, under every obfuscation the issue names, in every field the world sees: all of them, not a
 * sample (tests/gate-property.test.ts samples the same space through the whole app). 14 × 8 × 9 = 1,008 scans.
 */
const identifiers: readonly (readonly [string, string])[] = [
  ["NHS number", "943 476 5919"], ["phone", "07700 900123"], ["email", "amara@gmail.com"], ["email", "k.okafor@outlook.com"],
  ["name", "Mrs Okonkwo"], ["name", "Mr Thistlethwaite"], ["name", "Ms Wickramasinghe"], ["age", "aged 94"], ["age", "aged 101"],
  ["birth date", "born 14 March 1931"], ["admission date", "admitted 3 November 2019"], ["postcode", "LS6 3QT"], ["postcode", "CF24 7HX"],
  ["hospital number", "MRN 40718293"],
];
const LOOK_ALIKES: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", A: "А", B: "В", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", I: "Ι", N: "Ν" };
const obfuscations: Record<string, (s: string) => string> = {
  plain: (s) => s,
  zeroWidth: (s) => [...s].join("\u200b"),
  softHyphen: (s) => [...s].join("\u00ad"),
  fullWidth: (s) => s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  entity: (s) => `&#${s.charCodeAt(0)};${s.slice(1)}`,
  spacedOut: (s) => (/^[0-9 ]+$/.test(s) ? s.replace(/ /g, "").split("").join(" ") : s.split(" ").map((w) => w.split("").join(" ")).join("   ")),
  emphasis: (s) => (s.length > 6 ? `${s.slice(0, 3)}*${s.slice(3, 6)}*${s.slice(6)}` : s),
  lookAlike: (s) => s.replace(/[aeopcxyABEHKMOPTXIN]/g, (ch) => LOOK_ALIKES[ch] ?? ch),
};
const base = { title: "A night on the acute take", summary: "", body: "I learned a lot about sepsis.", tags: ["reflection"], language: "en", reflectionModel: "free" };
const fields: Record<string, (s: string) => number> = {
  title: (s) => scanPost({ ...base, title: `Follow-up for ${s}` }).length,
  summary: (s) => scanPost({ ...base, summary: `About ${s}` }).length,
  body: (s) => scanPost({ ...base, body: `I rang ${s} after the ward round.` }).length,
  heading: (s) => scanPost({ ...base, body: `## Description ${s}\n\nText.` }).length,
  "link text": (s) => scanPost({ ...base, body: `See [${s}](https://www.nice.org.uk/guidance/ng51).` }).length,
  "link URL": (s) => scanPost({ ...base, body: `See [my notes](https://www.nice.org.uk/search?q=${encodeURIComponent(s)}).` }).length,
  "image alt text": (s) => scanPost({ ...base, body: `![A photo of ${s}](https://www.nice.org.uk/ward.png)` }).length,
  tag: (s) => scanPost({ ...base, tags: ["reflection", s.replace(/\s/g, "")] }).length,
  comment: (s) => scanText(`Thank you for sharing. I think I met ${s} on my placement too.`, "comment").length,
};

describe("every identifier, every obfuscation, every field", () => {
  it("the clean frame has no findings, so a finding below comes from the identifier", () => {
    for (const [field, scan] of Object.entries(fields)) expect(scan("the team"), field).toBe(0);
  });
  it("finds each of the 1,008 combinations", () => {
    const missed: string[] = [];
    for (const [kind, text] of identifiers) {
      for (const [how, obfuscate] of Object.entries(obfuscations)) {
        for (const [field, scan] of Object.entries(fields)) {
          const shown = obfuscate(text);
          if (scan(shown) === 0) missed.push(`${kind} ${how} in ${field}: ${JSON.stringify(shown)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
