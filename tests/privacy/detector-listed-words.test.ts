import { describe, expect, it } from "vitest";
import { eachListedWord } from "../../src/privacy/detector/context.ts";

// v13's propagateNames finds the names it spreads with eachListedWord instead of a regex built per text: it must give
// exactly the matches of /(?:w1|w2|…)(?![\p{L}-])/gu, the first listed word winning at a position.
function viaRegex(text: string, words: readonly string[]): string[] {
  const re = new RegExp(`(?:${words.join("|")})(?![\\p{L}-])`, "gu");
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

function viaList(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  eachListedWord(text, words, (start, word) => out.push(`${start}:${word}`));
  return out;
}

describe("eachListedWord gives the matches of the alternation regex", () => {
  it("on prefixes, possessives, hyphens, accents and letters outside the BMP", () => {
    const text = "Win Winifred Winifred-Smith Winny 𝐀Win Win𝐛 Win’s O'Neil O'Neill Ébène ÉbèneX Ann Anna Anne-Marie Ann.";
    for (const words of [
      ["Win", "Winifred"],
      ["Winifred", "Win"],
      ["Ann", "Anna", "Anne-Marie", "Ébène", "O'Neil"],
      ["Anne-Marie", "Ann"],
    ]) {
      expect(viaList(text, words)).toEqual(viaRegex(text, words));
    }
  });

  it("on random texts", () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const pieces = ["Tom", "Tomas", "Ada", "Adaeze", "O'Neil", "Ébè", "-", "'", "’", " ", ", ", "x", "Ü", "𝐀", "é", "\n"];
    for (let k = 0; k < 300; k++) {
      let text = "";
      for (let j = 0; j < 40; j++) text += pieces[rnd(pieces.length)];
      const words = ["Tom", "Tomas", "Ada", "Adaeze", "O'Neil", "Ébè"].filter(() => rnd(2) === 1);
      if (words.length === 0) continue;
      expect(viaList(text, words)).toEqual(viaRegex(text, words));
    }
  });
});
