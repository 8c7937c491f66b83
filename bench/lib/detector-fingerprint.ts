/**
 * Detector fingerprint: one SHA-256 over every finding `scanText` (and `scanPost`) makes on a fixed set of texts, so a
 * change meant to be behaviour-neutral (a speed-up, a refactor) can be checked to change no finding at all.
 *
 *   node bench/lib/detector-fingerprint.ts            print per-set hashes and the total
 *   node bench/lib/detector-fingerprint.ts --dump F   also write every finding, one JSON line each, to F (for diffing)
 *   node bench/lib/detector-fingerprint.ts --plain    with the word-start search off (context.ts setKeyedMatching): every
 *                                                     regex scans the whole text; the TOTAL must be the same as without
 *
 * The texts: every item of the main, fresh, dev2, dev3, dev4 and dev5 corpora (never the held-out unseen corpora), then a few
 * thousand generated texts made deterministically from corpus sentences (mixed, shuffled, obfuscated with zero-width
 * characters, spaced letters, look-alike letters, HTML entities, Markdown emphasis, long runs of digits, capitals and
 * punctuation), some scanned with `nonPatientNames`, and a few synthetic posts through `scanPost`.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scanText } from "../../src/privacy/detector/index.ts";
import { setKeyedMatching } from "../../src/privacy/detector/context.ts";
import { scanPost } from "../../src/privacy/scan-post.ts";
import type { Finding } from "../../src/privacy/detector/index.ts";

const CORPORA: readonly [string, string][] = [
  ["main", "../../tests/privacy/corpus/corpus.jsonl"],
  ["fresh", "../../tests/privacy/corpus-fresh/corpus-fresh.jsonl"],
  ["dev2", "../../tests/privacy/corpus-dev2/corpus-dev2.jsonl"],
  ["dev3", "../../tests/privacy/corpus-dev3/corpus-dev3.jsonl"],
  ["dev4", "../../tests/privacy/corpus-dev4/corpus-dev4.jsonl"],
  ["dev5", "../../tests/privacy/corpus-dev5/corpus-dev5.jsonl"],
];

function textsOf(rel: string): string[] {
  const raw = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");
  return raw
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOOKALIKE: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", A: "А", E: "Е", O: "О", B: "В", H: "Н", M: "М", T: "Т", i: "і", "0": "O", "1": "l" };
const ENTITIES: Record<string, string> = { " ": "&nbsp;", "&": "&amp;", "@": "&#64;", ".": "&#46;", "-": "&#x2d;", "/": "&#47;", "0": "&#48;", a: "&#97;" };

function obfuscate(s: string, rnd: () => number): string {
  const kind = Math.floor(rnd() * 12);
  const words = s.split(/(\s+)/);
  const pickWord = (): number => Math.floor(rnd() * words.length);
  switch (kind) {
    case 0: // zero-width characters inside words
      return [...s].map((ch) => (rnd() < 0.08 ? ch + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"][Math.floor(rnd() * 6)] : ch)).join("");
    case 1: {
      // spaced letters in a few words
      for (let k = 0; k < 3; k++) {
        const i = pickWord();
        const w = words[i] ?? "";
        if (/\S/.test(w)) words[i] = [...w].join(rnd() < 0.5 ? " " : ".");
      }
      return words.join("");
    }
    case 2: // look-alike letters
      return [...s].map((ch) => (rnd() < 0.15 && LOOKALIKE[ch] !== undefined ? LOOKALIKE[ch] : ch)).join("");
    case 3: // HTML entities
      return [...s].map((ch) => (rnd() < 0.2 && ENTITIES[ch] !== undefined ? ENTITIES[ch] : ch)).join("");
    case 4: {
      // Markdown emphasis around and inside words
      for (let k = 0; k < 4; k++) {
        const i = pickWord();
        const w = words[i] ?? "";
        if (!/\S/.test(w)) continue;
        const m = ["*", "**", "_", "__", "`", "~~"][Math.floor(rnd() * 6)] as string;
        const cut = Math.floor(rnd() * w.length);
        words[i] = rnd() < 0.5 ? m + w + m : w.slice(0, cut) + m + w.slice(cut) + m;
      }
      return words.join("");
    }
    case 5: {
      // long runs of digits
      const i = pickWord();
      words[i] = (words[i] ?? "") + " " + Array.from({ length: 20 + Math.floor(rnd() * 400) }, () => String(Math.floor(rnd() * 10))).join(rnd() < 0.3 ? " " : "");
      return words.join("");
    }
    case 6: {
      // long runs of capitals
      const i = pickWord();
      words[i] = (words[i] ?? "") + " " + Array.from({ length: 20 + Math.floor(rnd() * 300) }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join(rnd() < 0.3 ? " " : "");
      return words.join("");
    }
    case 7: {
      // long runs of punctuation
      const i = pickWord();
      const p = ".,;:-/()[]'\"!?#@&*_";
      words[i] = (words[i] ?? "") + Array.from({ length: 20 + Math.floor(rnd() * 300) }, () => p[Math.floor(rnd() * p.length)]).join("");
      return words.join("");
    }
    case 8: // upper-case everything
      return s.toUpperCase();
    case 9: // lower-case everything
      return s.toLowerCase();
    case 10: // newlines and odd spaces
      return s.replace(/ /g, () => [" ", " ", "\n", "\u00a0", "\t", "  "][Math.floor(rnd() * 6)] as string);
    default:
      return s;
  }
}

function sentencesOf(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) for (const s of t.split(/(?<=[.!?])\s+|\n+/)) if (s.trim() !== "") out.push(s);
  return out;
}

function generated(all: readonly string[], n: number, seed: number): string[] {
  const rnd = prng(seed);
  const sentences = sentencesOf(all);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const count = 1 + Math.floor(rnd() * 6);
    const parts: string[] = [];
    for (let j = 0; j < count; j++) {
      let s = sentences[Math.floor(rnd() * sentences.length)] as string;
      if (rnd() < 0.15) {
        // shuffle the words of the sentence
        const w = s.split(/\s+/);
        for (let i = w.length - 1; i > 0; i--) {
          const r = Math.floor(rnd() * (i + 1));
          [w[i], w[r]] = [w[r] as string, w[i] as string];
        }
        s = w.join(" ");
      }
      if (rnd() < 0.6) s = obfuscate(s, rnd);
      parts.push(s);
    }
    out.push(parts.join(rnd() < 0.7 ? " " : "\n\n"));
  }
  return out;
}

const NON_PATIENT_NAMES: readonly (readonly string[])[] = [
  ["Sarah Jones", "@sjones"],
  ["Priya", "Okafor", "@drwho"],
  ["Ahmed Khan"],
  ["Maria", "@maria_r", "Rossi"],
];

function line(f: Finding): string {
  return JSON.stringify([f.field, f.start, f.end, f.type, f.text, f.reason, f.suggestion]);
}

if (process.argv.includes("--plain")) {
  setKeyedMatching(false);
  console.log("(word-start search off: every regex scans the whole text)");
}
const dumpAt = process.argv.indexOf("--dump");
const dumpFile = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;
const dump: string[] = [];
const total = createHash("sha256");
const report: [string, number, number, string][] = [];

function set(name: string, run: (emit: (tag: string, fs: readonly Finding[]) => void) => void): void {
  const h = createHash("sha256");
  let items = 0;
  let findings = 0;
  run((tag, fs) => {
    items++;
    findings += fs.length;
    const block = `${name}\u0001${tag}\u0001${fs.map(line).join("\u0002")}\n`;
    h.update(block);
    total.update(block);
    if (dumpFile !== undefined) for (const f of fs) dump.push(`${name} ${tag} ${line(f)}`);
    if (dumpFile !== undefined && fs.length === 0) dump.push(`${name} ${tag} -`);
  });
  report.push([name, items, findings, h.digest("hex")]);
}

const all: string[] = [];
for (const [name, rel] of CORPORA) {
  const texts = textsOf(rel);
  all.push(...texts);
  set(name, (emit) => texts.forEach((t, i) => emit(String(i), scanText(t, "body"))));
}
const gen = generated(all, 3000, 20261125);
set("generated", (emit) => gen.forEach((t, i) => emit(String(i), scanText(t, "body"))));
set("nonPatientNames", (emit) =>
  gen.slice(0, 600).forEach((t, i) => emit(String(i), scanText(t, "text", { nonPatientNames: NON_PATIENT_NAMES[i % NON_PATIENT_NAMES.length] as readonly string[] }))),
);
// Long texts: concatenations of corpus items (the shape of the bench's speed post).
const longs: string[] = [];
for (let k = 0; k < 20; k++) longs.push(all.slice(k * 40, k * 40 + 40).join("\n\n"));
set("long", (emit) => longs.forEach((t, i) => emit(String(i), scanText(t, "body"))));
set("scanPost", (emit) => {
  const rnd = prng(7);
  for (let k = 0; k < 60; k++) {
    const pick = (): string => gen[Math.floor(rnd() * gen.length)] as string;
    const body = `${pick()}\n\n**${pick().slice(0, 80)}** and [a link](https://example.org/${k}) &amp; _${pick().slice(0, 60)}_\n\n${pick()}`;
    const content = { title: pick().slice(0, 90), summary: pick().slice(0, 200), body, tags: [pick().slice(0, 20), "cardiology"], language: "en", reflectionModel: "gibbs" };
    emit(String(k), scanPost(content, NON_PATIENT_NAMES[k % NON_PATIENT_NAMES.length]));
  }
});

for (const [name, items, findings, hex] of report) console.log(`${name.padEnd(16)} ${String(items).padStart(5)} texts ${String(findings).padStart(6)} findings  ${hex}`);
console.log(`${"TOTAL".padEnd(16)} ${total.digest("hex")}`);
if (dumpFile !== undefined) writeFileSync(dumpFile, dump.join("\n") + "\n");
