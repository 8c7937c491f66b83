import { describe, expect, it } from "vitest";
import { scanText, spreadTag } from "../../src/privacy/detector/index.ts";
import { scanPost, wordsOfLink } from "../../src/privacy/scan-post.ts";

const post = (tags: string[], body = "I learned a lot about sepsis.") => ({ title: "A night on the acute take", summary: "", body, tags, language: "en", reflectionModel: "free" });

describe("a hashtag's run-together words are scanned (found by the gate property test)", () => {
  it("spreads a tag at its hidden word breaks, with a map back", () => {
    const { text, from } = spreadTag("MrsOkonkwo94");
    expect(text).toBe("Mrs Okonkwo 94");
    expect(from).toEqual([0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11]);
  });
  it("finds a patient's name, birth date and age in a tag, at offsets into the tag as written", () => {
    for (const [tag, type, text] of [["MrsOkonkwo", "NAME", "MrsOkonkwo"], ["born14March1931", "DATE", "14March1931"], ["Mrs\u200BOkonkwo", "NAME", "Mrs\u200BOkonkwo"]] as const) {
      const findings = scanPost(post(["reflection", tag])).filter((f) => f.field === "tags[1]");
      expect(findings.map((f) => [f.type, f.text]), tag).toContainEqual([type, text]);
      for (const f of findings) expect(tag.slice(f.start, f.end)).toBe(f.text);
    }
  });
  it("leaves ordinary tags alone", () => {
    for (const tag of ["ParkinsonsDisease", "OSCE2025", "NightShift", "COVID19", "BreakingBadNews", "GibbsCycle"]) {
      expect(scanPost(post(["reflection", tag])), tag).toEqual([]);
    }
  });
});

describe("a link's path and query are read as words (found by the obfuscation matrix)", () => {
  it("decodes each part, keeps '+' as a space and the escaped text as written", () => {
    expect(wordsOfLink("https://www.nice.org.uk/search?q=Mrs+Okonkwo%20aged%2094&x=%2523")).toBe("search, q, Mrs Okonkwo aged 94, x, %23");
    expect(wordsOfLink("https://example.org/a%ZZb")).toBe("a%ZZb");
    expect(wordsOfLink("https://www.nice.org.uk")).toBe("");
  });
  it("finds a patient's name and number in a link to a trusted site", () => {
    const findings = scanPost(post(["reflection"], "See [the search](https://www.nice.org.uk/search?q=Mrs+Okonkwo+NHS+943+476+5919)."));
    expect(findings.map((f) => [f.field, f.type, f.text])).toEqual([
      ["links[0] (in words)", "NAME", "Mrs Okonkwo"],
      ["links[0] (in words)", "ID", "943 476 5919"],
    ]);
  });
  it("reports the link's copy too when the same name stands in the text (found in the browser: fixing the text left the link)", () => {
    const findings = scanPost(post(["reflection"], "Mrs Okonkwo was calm. See [the search](https://www.nice.org.uk/search?q=Mrs+Okonkwo)."));
    expect(findings.map((f) => [f.field, f.type, f.text])).toEqual(expect.arrayContaining([
      ["body", "NAME", "Mrs Okonkwo"],
      ["links[0] (in words)", "NAME", "Mrs Okonkwo"],
    ]));
  });
  it("leaves ordinary guideline, journal and encyclopaedia links alone", () => {
    for (const href of [
      "https://www.nice.org.uk/guidance/ng51/chapter/Recommendations#sepsis-risk",
      "https://en.wikipedia.org/wiki/Parkinson%27s_disease",
      "https://www.bmj.com/content/372/bmj.n71",
      "https://www.gmc-uk.org/ethical-guidance/ethical-guidance-for-doctors/confidentiality",
      "https://pubmed.ncbi.nlm.nih.gov/?term=sepsis+lactate+2021&filter=years.2019-2024",
      "https://doi.org/10.1016/S0140-6736(20)30183-5",
    ]) expect(scanPost(post(["reflection"], `Reading: [this](${href}).`)), href).toEqual([]);
  });
});

describe("hashtags inside any text are read the same way", () => {
  it("finds a patient's name in a hashtag in a comment, at its place in the comment", () => {
    const text = "Thinking of you all. #PrayForMrsOkonkwo and #born14March1931";
    const findings = scanText(text, "comment");
    expect(findings.map((f) => [f.type, f.text])[0]).toEqual(["NAME", "MrsOkonkwo"]);
    expect(findings.some((f) => f.text.includes("14March1931"))).toBe(true);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
  it("leaves ordinary hashtags, headings and entities alone", () => {
    for (const text of ["#MedEd #FOAMed #NightShift #COVID19 #OSCE2025", "## Description\n\nText.", "Apgar&#57; at one minute", "Issue #4521 in the tracker"]) {
      expect(scanText(text).map((f) => f.text), text).toEqual([]);
    }
  });
});
