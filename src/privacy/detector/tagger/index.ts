/**
 * v15: a learned tagger's guesses finish what the rules started. The rules (patterns/*.ts) are written by people for
 * forms they foresaw; writing nobody foresaw slips past them in part ("Mr Emlyn" found, "Pugh" not) or whole. A small
 * averaged-perceptron tagger (model.ts), trained on the development corpora (bench/tagger/train.ts), reads the tokens
 * near the rules' findings with their neighbours and labels each O or an identifier type.
 *
 * Its guesses are soft, and added only to a text the rules already hold: they never hold a post by themselves, so they
 * cannot add a false block; they widen what a held post shows its author, so the author fixes the whole identifier, not
 * half of it. Measured before it shipped by leaving each development corpus out of training in turn
 * (bench/tagger/README.md).
 */
import { readFileSync } from "node:fs";
import type { Candidate, FindingType } from "../types.ts";
import { PLACES_ALONE, keyOf } from "../lexicon/names.ts";
import { CALENDAR, ORGANISATIONS } from "../lexicon/terms.ts";
import { BITS, staticFeatures, type WordInfo } from "./features.ts";
import { CLASSES, activeTokens, decode, spansOf, type TaggedSpan } from "./model.ts";
import { tokenise, type Tokens } from "./tokens.ts";
import { decodeWeights, toSparse, type SparseWeights } from "./weights-file.ts";

/** How much more an identifier label must lose by before the tagger says O, in perceptron units (bench/tagger/README.md). */
export const O_PENALTY = 5;

let enabled = true;
/**
 * Off only for measuring the rules without the tagger (bench/tagger/train.ts --loco, where the shipped weights, trained
 * on every development corpus, would see the corpus being scored).
 */
export function setTaggerEnabled(on: boolean): void {
  enabled = on;
}

let loaded: { table: SparseWeights; penalty: number } | undefined;
/** Read on first use (a few milliseconds), so tools that never scan a held text never pay for it. */
// A missing or corrupt file throws here, inside scanText, which then holds the whole text as a detector fault: never a
// silent scan without the tagger.
function weights(): { table: SparseWeights; penalty: number } {
  return loaded ?? useTaggerWeights(toSparse(decodeWeights(readFileSync(new URL("./weights.bin", import.meta.url)))));
}

/**
 * Scan with these weights instead of the shipped ones: bench/tagger/train.ts --loco measures each fold's weights through
 * the very path a scan takes.
 */
export function useTaggerWeights(w: SparseWeights, oPenalty = O_PENALTY): { table: SparseWeights; penalty: number } {
  if (w.bits !== BITS || w.classes !== CLASSES) {
    throw new Error(`tagger weights were trained for ${w.bits} bits and ${w.classes} labels; this code has ${BITS} and ${CLASSES}: retrain (node bench/tagger/train.ts --write)`);
  }
  loaded = { table: w, penalty: oPenalty / w.scale };
  return loaded;
}

/** The tagger's spans in a normalised text. */
export function taggedSpans(text: string, near?: readonly Candidate[]): TaggedSpan[] {
  const tokens = tokenise(text);
  if (tokens.count === 0) return [];
  const { table, penalty } = weights();
  const active = activeTokens(tokens);
  if (near !== undefined) keepNear(tokens, active, near, activeTokens(tokens, 0, 0));
  const infos: WordInfo[] = [];
  const stat = staticFeatures(text, tokens, active, infos);
  return spansOf(tokens, decode(table, stat, tokens.count, penalty, active, infos));
}

/**
 * Tokens within this many of a finding are read with their cue windows (model.ts activeTokens); further away, only the
 * cue tokens themselves (a capitalised word inside a sentence, a number), where a free guess (FREE_SHAPES) may start.
 */
const NEAR_TOKENS = 8;

/**
 * Keep `active` within NEAR_TOKENS tokens of the findings (sorted or not), and only `far` (the bare cues) outside them.
 * Linear: one mark pass and one sweep.
 */
function keepNear(tokens: Tokens, active: Uint8Array, findings: readonly Candidate[], far: Uint8Array): void {
  const n = tokens.count;
  // +1 at the first token a finding reaches back to, -1 after the last it reaches forward to
  const edges = new Int32Array(n + 1);
  const firstEnding = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens.ends[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const f of findings) {
    const first = firstEnding(f.start);
    const last = Math.max(first, firstEnding(f.end - 1));
    edges[Math.max(0, first - NEAR_TOKENS)] = (edges[Math.max(0, first - NEAR_TOKENS)] as number) + 1;
    edges[Math.min(n, last + NEAR_TOKENS + 1)] = (edges[Math.min(n, last + NEAR_TOKENS + 1)] as number) - 1;
  }
  let open = 0;
  for (let i = 0; i < n; i++) {
    open += edges[i] as number;
    if (open === 0 && far[i] === 0) active[i] = 0;
  }
}

const REASONS: Record<FindingType, [reason: string, suggestion: string]> = {
  NAME: ["Read as part of a person's name, in a text that already points to a patient.", "Use a role instead of the name: 'the patient', 'her son', 'Mr A'."],
  DATE: ["Read as part of a date, in a text that already points to a patient.", "Say when loosely: 'recently', 'last month', 'in the spring'."],
  AGE: ["Read as part of an exact age, in a text that already points to a patient.", "Give a life stage: 'in her nineties', 'an older man'."],
  ID: ["Read as part of an identifying number, in a text that already points to a patient.", "Leave the number out."],
  PHONE: ["Read as part of a phone number, in a text that already points to a patient.", "Leave the number out."],
  EMAIL: ["Read as part of an email address, in a text that already points to a patient.", "Leave the address out."],
  ADDRESS: ["Read as part of an address, in a text that already points to a patient.", "Say 'at home' or 'in the town' instead of the address."],
  LOCATION: ["Read as part of a place the patient can be traced to, in a text that already points to them.", "Say the kind of place: 'a village in the district', 'a small town'."],
  FACILITY_ROOM: ["Read as part of a hospital, ward, bay, bed or room, in a text that already points to a patient.", "Say 'the ward', 'a side room', 'a district hospital'."],
  URL: ["Read as part of a link, in a text that already points to a patient.", "Leave the link out."],
  IP: ["Read as part of a network address, in a text that already points to a patient.", "Leave the address out."],
  DEVICE: ["Read as part of a device's serial number, in a text that already points to a patient.", "Leave the serial number out."],
  OTHER: ["Read as part of a detail that could single the patient out, in a text that already points to them.", "Describe it more generally."],
};

/**
 * v17: types whose guesses count on their own, anywhere in a held text, when they have the shape of one: a small place
 * no rule starts on ("line 4 of the … tea estate": a capitalised word that is not a city, a country, an organisation or a
 * day), and a serial after the word "device" (letters and at least three digits). Chosen by leaving each development
 * corpus out (bench/tagger/README.md). Names guessed alone cost five times the precision for a seventh of the recall,
 * and numbers, dates and one-of-a-kind details guessed alone added next to nothing there while flagging what the rules
 * deliberately let be (nine bare digits, a plain day), so those must still finish a rule's finding. All guesses stay
 * soft: they never hold a text.
 */
const FREE_SHAPES: Partial<Record<FindingType, (piece: string) => boolean>> = {
  LOCATION: (piece) =>
    (piece.match(/\p{Lu}[\p{Ll}'’-]{2,}/gu) ?? []).some((w) => !PLACES_ALONE.has(keyOf(w)) && !ORGANISATIONS.has(keyOf(w)) && !CALENDAR.has(keyOf(w))),
  DEVICE: (piece) => /[A-Za-z]/.test(piece) && (piece.match(/\d/g) ?? []).length >= 3 && piece.replace(/\s/g, "").length >= 6,
};

function freeGuess(text: string, g: TaggedSpan): boolean {
  const shape = FREE_SHAPES[g.type];
  return shape !== undefined && shape(text.slice(g.start, g.end));
}

/** Characters that may separate a guess from the finding it finishes ("Co. Mayo", "bed 14, Apollo Hospitals"). */
const JOINER_RE = /[\s,.;:()'-]/;

/**
 * A guess counts only where it overlaps a finding of the rules or touches one of its type across at most two joining
 * characters:
 * the tagger finishes what the rules started, and never flags on its own what the rules deliberately let be (a city
 * alone, an eponym, a clinician after a title).
 */
function touchesRuleFinding(text: string, owner: Int32Array, kept: readonly Candidate[], g: TaggedSpan, rules: number): boolean {
  for (let i = g.start; i < g.end; i++) if ((owner[i] as number) >= 0 && (owner[i] as number) < rules) return true;
  // next to a finding (not inside one), only a finding of the guess's own type counts: "Hilux, ⟦ND 445-221⟧" is a car
  // beside a plate, not a name
  return joinsOwnType(text, owner, kept, rules, g.start - 1, -1, 3, g.type) || joinsOwnType(text, owner, kept, rules, g.end, 1, 3, g.type);
}

// ANNOTATION.md's boundaries, which the rules keep and the tagger learned only roughly: a name, date, age or number
// starts at the name or number (not "the 3rd of June", "her Mrs Khan"), a name ends before a possessive ("Mrs Khan's"),
// a place or a one-of-a-kind phrase may start with "the" but not with a bare linking preposition, no span ends on a
// function word, and a place does not run on into a known city after a comma ("Sector G-9/4, Islamabad").
const LEAD_WORDS = new Set("the a an of on in at from to near by and with for his her their our my your its".split(" "));
const PHRASE_LEAD_WORDS = new Set("of on in at from to near by and with for".split(" "));
const PHRASE_TYPES = new Set<FindingType>(["LOCATION", "OTHER", "FACILITY_ROOM", "ADDRESS"]);
const TAIL_WORDS = new Set(
  ("last next this yesterday today tonight up down out over off back the a an of on in at from to near by and or but with for his her their our my your its after before when where while since until during " +
    "who whom which that as than was were is are be been had has have did do does he she they we i it him them us me so then because if " +
    // v18: a number's label ends no guess ("…, Mackay QLD 4740, Medicare" before the Medicare number)
    "medicare medicaid nhs mrn uhid nin nic cnic aadhaar ssn dob tel phone mobile email").split(" "),
);
// Times of day before a date are not the date ("the night of 14th April").
const DATE_LEAD_WORDS = new Set([...LEAD_WORDS, "night", "morning", "evening", "afternoon", "early", "late", "hours"]);
const FIRST_WORD_RE = /^[\s.,;:()'"-]*([A-Za-z\u00C0-\u00FF]+)/;
const LAST_WORD_RE = /([A-Za-z\u00C0-\u00FF]+)[\s.,;:()'"-]*$/;
const POSSESSIVE_END_RE = /'s?$/;
const CITY_AFTER_COMMA_RE = /,\s*([A-Za-z\u00C0-\u00FF]+(?:\s[A-Za-z\u00C0-\u00FF]+)?)\.?$/;
const HAS_CAPITAL_OR_DIGIT_RE = /[A-Z\d\u00C0-\u00DE]/;
const AGE_90_PLUS_RE = /\b(?:9\d|1[01]\d)\b|ninet|hundred/i;
const EDGE_JUNK_RE = /[\s.,;:()'"-]/;

const DIGIT_TYPES = new Set<FindingType>(["ID", "PHONE", "DEVICE", "IP"]);
const LONE_POSSESSIVE_RE = /^[\p{L}-]+['’]s?$/u;

const ADDRESS_LABEL_ALONE_RE = /^(?:No|Nos|Number|Num|House|Flat|Plot|Lot|Unit|Block|Apt|Room|Door)\.?$/i;

const GENERIC_UNIT_WORD_RE = /^(?:Surgical|Medical|Paediatric|Pediatric|Maternity|Female|Male|Orthopaedic|Orthopedic|Psychiatric|Geriatric|Neonatal|Obstetric|Gynae|Renal|Cardiac|Respiratory|Acute|General)$/;
const FUNCTION_WORD_ALONE_RE = /^(?:the|a|an|of|in|on|at|to|for|from|and|or|by|with|this|that|these|those|his|her|their|our|my)$/i;
function pieceHasItsShape(type: FindingType, piece: string, joinsOwn: boolean): boolean {
  if (DIGIT_TYPES.has(type)) return /\d/.test(piece);
  if (!PHRASE_TYPES.has(type) || LONE_POSSESSIVE_RE.test(piece)) return !PHRASE_TYPES.has(type);
  // (v20: a number's label alone is no address: "IPD No. 45127")
  if (type === "ADDRESS" && ADDRESS_LABEL_ALONE_RE.test(piece)) return false;
  // (v35: nor is a kind of ward alone a room: "Surgical ward, Tuesday")
  if (type === "FACILITY_ROOM" && GENERIC_UNIT_WORD_RE.test(piece)) return false;
  // (v36: nor is an article or a word of grammar alone any place: "The" before "Hospital Elder Life Program")
  if (FUNCTION_WORD_ALONE_RE.test(piece)) return false;
  // a known city or country alone is no small place ("Sector G-9/4, Islamabad"), though it ends an address it joins
  // ("12 Allen Avenue, Ikeja")
  return (type === "ADDRESS" && joinsOwn) || !(piece.match(/[\p{L}'’-]+/gu) ?? []).every((w) => PLACES_ALONE.has(keyOf(w)));
}

function trimGuess(text: string, g: TaggedSpan): TaggedSpan | null {
  return trimEnds(text, g, true, true);
}

/** trimGuess at the chosen ends only: a piece keeps the end that joins a finding of its own type ("…airstrip at ⟦Umbakumba⟧"). */
function trimEnds(text: string, g: TaggedSpan, left: boolean, right: boolean): TaggedSpan | null {
  let { start, end } = g;
  const leads = PHRASE_TYPES.has(g.type) ? PHRASE_LEAD_WORDS : g.type === "DATE" ? DATE_LEAD_WORDS : LEAD_WORDS;
  for (let changed = true; changed && end > start; ) {
    changed = false;
    while (left && start < end && EDGE_JUNK_RE.test(text[start] as string)) start++;
    while (right && end > start && EDGE_JUNK_RE.test(text[end - 1] as string) && !(g.type !== "NAME" && text[end - 1] === ".")) end--;
    const piece = text.slice(start, end);
    const first = left ? FIRST_WORD_RE.exec(piece) : null;
    if (first !== null && leads.has((first[1] as string).toLowerCase()) && first[0].length < piece.length) {
      start += first[0].length;
      changed = true;
      continue;
    }
    if (!right) continue;
    const last = LAST_WORD_RE.exec(piece);
    if (last !== null && TAIL_WORDS.has((last[1] as string).toLowerCase()) && last[0].length < piece.length) {
      end -= last[0].length;
      changed = true;
      continue;
    }
    if (g.type === "NAME" && POSSESSIVE_END_RE.test(piece) && piece.length > 2) {
      end -= piece.endsWith("'") ? 1 : 2;
      changed = true;
      continue;
    }
    const city = g.type === "LOCATION" ? CITY_AFTER_COMMA_RE.exec(piece) : null;
    if (city !== null && PLACES_ALONE.has(keyOf(city[1] as string)) && city[0].length < piece.length) {
      end -= city[0].length;
      changed = true;
    }
  }
  if (end <= start) return null;
  // an age is an identifier only from 90 (the rules' AGE patterns): "22 years old" is not one
  if (g.type === "AGE" && !AGE_90_PLUS_RE.test(text.slice(start, end))) return null;
  return { start, end, type: g.type };
}

/**
 * Whether, from `at` stepping by `step` over at most `reach` characters, a rule finding (index below `rules`) of `type` is
 * met before any character that is not a joining one.
 */
function joinsOwnType(text: string, owner: Int32Array, kept: readonly Candidate[], rules: number, at: number, step: number, reach: number, type: FindingType): boolean {
  for (let i = at, k = 0; i >= 0 && i < owner.length && k < reach; i += step, k++) {
    const o = owner[i] as number;
    if (o >= 0 && o < rules && (kept[o] as Candidate).type === type) return true;
    if (!JOINER_RE.test(text[i] as string)) return false;
  }
  return false;
}

/**
 * Add the tagger's guesses to the findings kept (normalised offsets, sorted by start, not overlapping). A guess that
 * does not overlap or touch a finding is dropped (touchesRuleFinding); one that overlaps one finding of its own type grows
 * that finding ("Mr Emlyn" → "Mr Emlyn Pugh"); otherwise its parts that no finding covers are added as soft findings. Linear: one coverage array and one pass over each list.
 */
const SENTENCE_END_RE = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt|No|Co|Rd|Ave|Prof|Sr|Jr|[A-Z]))[.!?]\s+\p{Lu}|\n/u;

const NAME_STOP_RE = /^['’]s\b|["“”]/;

export function addTaggerGuesses(text: string, kept: Candidate[]): void {
  if (enabled && kept.length > 0) mergeGuesses(text, kept, taggedSpans(text, kept));
}

/** addTaggerGuesses with the guesses given (exported for its tests). */
export function mergeGuesses(text: string, kept: Candidate[], guesses: readonly TaggedSpan[]): void {
  if (guesses.length === 0) return;
  const owner = new Int32Array(text.length).fill(-1);
  kept.forEach((c, k) => owner.fill(k, c.start, c.end));
  const added: Candidate[] = [];
  const rules = kept.length;
  for (const guess of guesses) {
    const g = trimGuess(text, guess);
    if (g === null || (!touchesRuleFinding(text, owner, kept, g, rules) && !freeGuess(text, g))) continue;
    let only = -2; // -2: no finding met yet; -1: more than one, or a gap inside
    let uncovered = false;
    for (let i = g.start; i < g.end; i++) {
      const o = owner[i] as number;
      if (o === -1) {
        if (!/\s/.test(text[i] as string)) uncovered = true;
        continue;
      }
      only = only === -2 || only === o ? o : -1;
    }
    if (!uncovered) continue;
    const k = only >= 0 ? (kept[only] as Candidate) : undefined;
    if (k !== undefined && k.type === g.type) {
      // grown only over words that look like part of a name, a place or a number ("Pugh", "Co. Mayo"), never over
      // plain prose ("the village of", "last")
      // (v19: and never over a sentence's end: "bed 4. Surgical ward, Tuesday" is two sentences)
      const start = g.start < k.start && HAS_CAPITAL_OR_DIGIT_RE.test(text.slice(g.start, k.start)) && !SENTENCE_END_RE.test(text.slice(g.start, k.start)) ? g.start : k.start;
      // (v20: and a name never past its possessive or into a quotation: "Mr Kalanithi's "When Breath Becomes Air"")
      const end =
        g.end > k.end && HAS_CAPITAL_OR_DIGIT_RE.test(text.slice(k.end, g.end)) && !SENTENCE_END_RE.test(text.slice(k.end, g.end)) && !(k.type === "NAME" && NAME_STOP_RE.test(text.slice(k.end, g.end)))
          ? g.end
          : k.end;
      if (start === k.start && end === k.end) continue;
      owner.fill(only, start, end);
      k.start = start;
      k.end = end;
      continue;
    }
    const [reason, suggestion] = REASONS[g.type];
    let i = g.start;
    while (i < g.end) {
      while (i < g.end && owner[i] !== -1) i++;
      let j = i;
      while (j < g.end && owner[j] === -1) j++;
      let a = i;
      let b = j;
      while (a < b && /[\s.,;:()]/.test(text[a] as string)) a++;
      while (b > a && /[\s.,;:()]/.test(text[b - 1] as string)) b--;
      // a piece is trimmed like a guess at each end, except an end that joins a finding of its own type: "Cwm Cynfal on"
      // before "ward 7" (another type) loses its "on"
      const joinsLeft = joinsOwnType(text, owner, kept, rules, a - 1, -1, 4, g.type);
      const joinsRight = joinsOwnType(text, owner, kept, rules, b, 1, 4, g.type);
      const piece = b > a ? trimEnds(text, { start: a, end: b, type: g.type }, !joinsLeft, !joinsRight) : null;
      if (piece !== null) {
        a = piece.start;
        b = piece.end;
      }
      // a piece with no capital and no digit ("the hostel", "near the") is the tagger running on into prose; a number's
      // piece with no digit is its label ("PIN", "MRN"), and a place's piece that is one possessive word is a person's
      // ("At LUTH, Mama's son …")
      if (piece !== null && HAS_CAPITAL_OR_DIGIT_RE.test(text.slice(a, b)) && pieceHasItsShape(g.type, text.slice(a, b), joinsLeft || joinsRight)) {
        added.push({ start: a, end: b, type: g.type, reason, suggestion, priority: 0, soft: true });
        owner.fill(kept.length + added.length - 1, a, b);
      }
      i = j;
    }
  }
  kept.push(...added);
}
