import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { setKeyedMatching } from "../../src/privacy/detector/context.ts";
import { scanText } from "../../src/privacy/detector/index.ts";

/**
 * The word-start search (word-starts.ts) is a speed-up that must change nothing: on every development corpus, the
 * findings with it are the findings of running every regex over the whole text. A new or changed pattern the analysis
 * misreads fails here, in CI, rather than silently losing matches. (The held-out corpora are not read.)
 */
const here = fileURLToPath(new URL(".", import.meta.url));
const corpora = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith("corpus") && !d.name.startsWith("corpus-unseen"))
  .map((d) => d.name);

function textsOf(dir: string): string[] {
  const file = readdirSync(`${here}${dir}`).find((f) => f.endsWith(".jsonl"));
  if (file === undefined) return [];
  return readFileSync(`${here}${dir}/${file}`, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text: string }).text);
}

afterEach(() => setKeyedMatching(true));

describe("word-start search gives the findings of a plain scan", () => {
  it("reads several development corpora", () => {
    expect(corpora.length).toBeGreaterThanOrEqual(6);
  });
  for (const dir of corpora) {
    it(`on ${dir}`, () => {
      const texts = textsOf(dir);
      expect(texts.length).toBeGreaterThan(20);
      const describeAll = () => texts.map((t) => scanText(t).map((f) => `${f.start}:${f.end}:${f.type}:${f.reason}`).join("|"));
      setKeyedMatching(false);
      const plain = describeAll();
      setKeyedMatching(true);
      const keyed = describeAll();
      expect(keyed).toEqual(plain);
      expect(plain.some((f) => f !== "")).toBe(true);
    });
  }
});
