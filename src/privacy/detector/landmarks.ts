import type { Candidate, FindingType } from "./types.ts";
import { PLACES, keyOf } from "./lexicon/names.ts";
import { eachMatch, eachMatchNear, nearMatcher, ownWorkSentence, wordsBefore } from "./context.ts";

/**
 * v8: a home described by landmarks is one LOCATION, however it is written. Where there is no
 * street address, people say where someone lives by what is near it: "Kamuthi village, two ridges
 * past the Githunguri tea buying centre", "the line rooms of Glenlyon Estate, Lower Division, above
 * the Bogawantalawa road", "Extension 9 of Ivory Park, the shacks near the Kaalfontein taxi rank".
 * The pattern modules find at most the named piece; a neighbour would recognise the whole.
 *
 * Two steps, structural only (no place lists beyond "a known city or country alone is not a home"):
 *  - a place finding (LOCATION or ADDRESS) followed, in the same clause, by a landmark preposition
 *    (near, behind, past, above, beyond, next to, off, opposite, under, outside, at the end of…)
 *    runs on to the end of that clause, and back over "the <noun> of " before it ("the hamlet of …");
 *  - a clause after "lives in/at", "at home in", "came … from", "brought … from" that names something
 *    (a capitalised word) and pins it by a landmark preposition is a LOCATION from its first word to the
 *    end of the clause, even when no piece of it was found.
 * The clause ends at . ; : ! ? a newline or bracket, at ", and/but/who/which/where/with…", at " and ",
 * and at "by" + a lower-case word ("by okada", "by car"): the way they came is not where they live.
 * Other identifiers inside the clause (a phone, a date, a number) cut it short; names, places and rooms
 * inside it become part of the one place. Each step slices a bounded window: linear in the text.
 */

const PLACE_GROW = new Set<FindingType>(["LOCATION", "ADDRESS"]);
const ABSORB = new Set<FindingType>(["LOCATION", "ADDRESS", "FACILITY_ROOM", "NAME"]);
const MAX_CLAUSE = 150;

const PREP =
  "(?:near|behind|beside|past|above|below|beyond|next\\s+to|opposite|under|outside|off|by|across\\s+from|up\\s+from|down\\s+from|at\\s+the\\s+(?:end|top|bottom|foot|back|edge)\\s+of|in\\s+the\\s+(?:far\\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west)\\s+of)";
// What a landmark preposition must be followed by: an article or a capitalised name.
const PREP_RE = new RegExp(`(?:^|[\\s,])${PREP}\\s(?:the\\s|a\\s|an\\s|[\\p{Lu}\\d])`, "u");
// v19: a dwelling told in apposition ("Aishalton, the last house before the savannah airstrip", "Lufilufi, the fale
// closest to the church", "Naggar, the house after the temple", "Seulo, the one with the goat pen").
const HOME_NOUN =
  "(?:house|home|hut|fale|compound|farm|farmhouse|one|village|hamlet|place|shack|shanty|cottage|cabin|tent|room|shop|stall|homestead|kraal|manyatta|croft|bungalow|flat|trailer|caravan|plot|quarter|lane|yard|hollow)";
const HOME_APPOSITIVE_RE = new RegExp(`,\\s(?:the|a|an)\\s(?:[\\p{Ll}'’-]+\\s){0,3}?${HOME_NOUN}\\s(?:${PREP}|after|before|closest\\s+to|nearest(?:\\s+to)?)\\s`, "u");
const DEFINITE_HOME_PINNED_RE = new RegExp(`^the\\s(?:[\\p{Ll}'’-]+\\s){0,2}?(?!one\\b|place\\b)${HOME_NOUN}\\s(?:behind|beside|next\\s+to|opposite|across\\s+from|at\\s+the\\s+(?:end|top|bottom|foot|back|edge)\\s+of)\\sthe\\s\\S`, "u");
// A tail that starts the landmark description: ", two ridges past the …", " behind the …", ", ward 6, near the …".
// v13: or an appositive that places it "after" a landmark ("Ungwan Rimi, the houses after the old cattle market in …").
const TAIL_START_RE = new RegExp(`^(?:(?:,\\s(?:[\\p{L}\\d'’-]+,?\\s){0,4}?|\\s)${PREP}|,\\s(?:the|a|an)\\s(?:[\\p{Ll}'’-]+\\s){1,3}?(?:after|before|closest\\s+to|nearest(?:\\s+to)?))\\s(?:the\\s|a\\s|an\\s|[\\p{Lu}\\d])|^,\\s(?:the|a|an)\\s(?:[\\p{Ll}'’-]+\\s){0,3}?${HOME_NOUN}\\s(?:${PREP}|after|before|closest\\s+to|nearest(?:\\s+to)?|with|where|on|in|at)\\s`, "u");
// (v33: and the writer coming back in: "At the clinic in Chinle I saw …", "In Jiwaka province, I saw …")
const CLAUSE_END_RE =
  /[.;:!?\n()"“”[\]]|\sI\s|,\s(?:we|he|she|they)\s|,\s(?:and|but|so|who|which|where|when|while|with|because|then|although|though|after|before|until|as|was|is|were|had|has|came|went|presented|died|said|told)\b|\s(?:and|but|who|which|where|when|while|because|with|for|since|until|every|each|so)\s|\s(?:after|before)\s(?!the\s)|\sby\s(?!the\s|a\s|an\s|[\p{Lu}\d])/u;
const ANCHOR_RE =
  /\b(?:(?:lives?|living|lived|stays?|staying|stayed|resides?|residing|resided|settled|(?:at\s)?home)\s(?:(?:alone|now|still|just|with\s[\p{Ll}]+(?:\s[\p{Ll}]+)?)\s)?(?:in|at|on)\s|(?:came|come|comes|coming|brought|carried|walked|travelled|traveled|arrived|driven|drove|flown|flew|rode|cycled|referred)\b[^.!?\n]{0,50}?\bfrom\s|(?:moved|moving|relocated|shifted|gone|went)\s(?:back\s|out\s)?to\s|(?:sleeps?|sleeping|slept|kipping|kips|dossing|camped|camping|squatting|squats|sheltering|landed|(?:put|set)\s(?:us|him|her|them|it)\sdown)\s(?:(?:rough|out|now|still|usually|always)\s)?(?:(?:in|at|on|inside)\s|(?=(?:under|behind|beside|near)\sthe\s))|(?:[Ff]ound|met|visited|visit|reached)\s(?:(?:him|her|them|(?:[\p{Lu}][\p{L}'’-]+\s){1,3}?)\s?(?:[\p{Ll}]+\s){0,3}?(?:(?:in|at|on|inside)\s|(?=(?:under|behind|beside|near)\sthe\s))|(?=the\s))|(?<plain>\b[Ii]n\s))/gu;
// v32 (ANCHOR_RE): where someone sleeps rough or is found, visited or landed beside ("he's been kipping behind the
// Crucible stage door", "we visited the leprosy colony behind the Anna Nagar water tank", "found him in the long grass
// behind the Mindil Beach car park").
// v13 (ANCHOR_RE): a home someone moved to ("she had moved to the informal settlement behind the Shoprite in …"), and a
// sentence that opens with "In" ("In Kothur village, ward 6, behind the … temple I met …").
const BACK_OF_RE = /(?:^|\s)(the\s(?:[\p{Ll}'’-]+\s){1,2}of\s)$/u;
// v10: or "a"/"an" before a dwelling word ("walked from a manyatta near the … water pan", "from a farm behind …").
const PHRASE_START_RE = /^(?:the\s|(?:under|behind|beside|near)\sthe\s|[\p{Lu}\d]|an?\s(?:[\p{Ll}-]+\s)?(?:kebele|woreda|tola|goth|dhani|barangay|kampung|aldea|paraje|vereda|village|hamlet|compound|settlement|camp|shacks?|huts?|farm|homestead|kraal|manyatta|boma|shamba|ranch|trailer|caravan|cabin|croft|outstation|house|cottage)\b)/u;
// v10: a named small feature of the land with a landmark clause after it ("Kanyamedha beach, the fish landing near
// Usenge", "Trace Fork, the hollow past the … church"), and a home told by distance from a named landmark ("a mile
// past the … schoolhouse outside Kalona"). Both need a capitalised name and a landmark preposition in the clause.
const FEATURE_RE =
  /(?<![\p{L}'’-])((?:[\p{Lu}][\p{L}'’-]+\s){1,3})(?:beach|landing|junction|crossing|corner|creek|fork|hollow|holler|bend|ridge|gully|stage|borehole|water\s+pan|dam|well)\b/gu;
// v10: a name after from/in/at/to with an appositive that pins it by a landmark ("from Kotawehera, the tank village
// below the Nilgala forest", "from Content Gap, the district up past the Mavis Bank coffee factory").
// v36: or by a landmark alone, or a home with no article ("from Kurmin Mashi, near the old railway quarters", "from
// Bhimpur, house beside the ration shop").
const APPOSED_RE = new RegExp(
  String.raw`\b(?:from|in|at|to|on)\s([\p{Lu}][\p{L}'’-]*(?:\s(?:(?:de|da|do|del|di|la|el|al)\s)?(?:[\p{Lu}][\p{L}'’-]*|\d{1,4})){0,2}(?:\s[\p{Ll}]+)?),\s(?:(?:the|a|an)\s|(?=${HOME_NOUN}\s|${PREP}\s(?:the|a|an)\s))`,
  "gu",
);
// v36: an appositive that is one home pinned by a landmark needs no name in it to say which home it is ("Tongo Field, the
// house behind the diamond-washing pit", "Hidden Valley, the house with the green water tank").
const PINNED_HOME_APPOSITIVE_RE = new RegExp(
  String.raw`^,\s(?:(?:the|a|an)\s)?(?:[\p{Ll}'’-]+\s){0,3}?${HOME_NOUN}\s(?:behind|beside|next\s+to|opposite|across\s+from|with|closest\s+to|nearest\s+to|past|after|before|above|below|at\s+the\s+(?:end|top|bottom|foot|back|edge)\s+of)\s(?:the|a|an)\s\S`,
  "u",
);
// v36: a name set beside what kind of small place it is ("Kuroshima-kami, an island of about 180 people", "Pos Tenau, an
// Orang Asli settlement upriver from Gua Musang", "Valea Lupului de Sus, a small village where …"): the place and what is
// said of it to the end of the clause.
const SETTLEMENT_APPOSITIVE_RE =
  /^,\s(?:a|an)\s(?:[\p{L}'’-]+\s){0,3}?(?:island|islet|atoll|village|settlement|hamlet|community|township|kampung|barangay|hill\s+station|fishing\s+(?:village|camp)|outstation|homeland|reserve|pueblo|aldea|vereda|caserío|ejido|douar|kebele|tola|dhani|goth|chak|basti|mohalla)\b/u;
// v36: and a landmark right after the comma says where in an unknown place ("Kurmin Mashi, near the old railway quarters").
const LANDMARK_APPOSITIVE_RE = new RegExp(String.raw`^,\s${PREP}\s(?:the|a|an)\s\S`, "u");
const DISTANCE_RE =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a|\d{1,3})\s(?:mile|miles|km|kms|kilometres?|kilometers?)\s(?:past|beyond|behind|outside|up|down|north|south|east|west)\s(?:of\s)?/gi;
// Speed: FEATURE_RE tried only over the three words before "<space><feature word>" (see nearMatcher): its match is one to
// three words, each after one \s, ending in that space. Its start is an upper-case letter (ASCII) or a non-ASCII unit.
const FEATURE_NEAR = nearMatcher(
  FEATURE_RE,
  /\s(?:beach|landing|junction|crossing|corner|creek|fork|hollow|holler|bend|ridge|gully|stage|borehole|water\s+pan|dam|well)\b/gu,
  (text, p) => wordsBefore(text, p + 1, 3),
  (text, s) => {
    const c = text.charCodeAt(s);
    return (c >= 65 && c <= 90) || c >= 0x80;
  },
);
const NOT_START_RE = /^(?:the\s(?:hospital|ward|clinic|unit|department|ICU|ED|theatre|city|capital|country|town\s+centre|same|next|other)\b|(?:Hospital|Ward|Clinic|Unit|Theatre|ICU|HDU|ED|A&E|Resus|Casualty|He|She|They|We|I|His|Her|Their|Our|My|This|That)\b)/u;

const DWELLING_RE =
  /\b(?:village|hamlet|compound|estate|settlement|township|camp|lines|line\s+rooms|shacks?|huts?|farm|station|outstation|house|home|cottage|quarters|lane|ward|plot|kraal|homestead|barrio|colonia|kampung|mohalla|panchayat|shanty|informal\s+settlement|block|flats?)\b/;
const R_LANDMARK = "A home described by the landmarks around it lets neighbours and local staff find the patient.";
const S_LANDMARK = "Write 'a village in the district' or 'a rural area' instead of the landmarks.";

function clauseEnd(text: string, from: number): number {
  const window = text.slice(from, from + MAX_CLAUSE);
  const m = CLAUSE_END_RE.exec(window);
  let end = from + (m ? m.index : window.length);
  // Without a clause end inside the window, stop at the last whole word.
  if (!m && window.length === MAX_CLAUSE) end = from + Math.max(0, window.lastIndexOf(" "));
  while (end > from && /[\s,]/.test(text[end - 1] ?? "")) end--;
  return end;
}

// The last landmark piece of a clause: its preposition, what stands before it, and the rest.
const HOME_APPOSED_END_RE = new RegExp(String.raw`,\s(?:(?:the|a|an)\s)?(?:[\p{Ll}'’-]+\s){0,3}?${HOME_NOUN}$`, "u");
const LAST_PREP_RE = new RegExp(`(,\\s[\\p{Ll}\\d][\\p{L}\\d'’-]*\\s(?:[\\p{L}\\d'’-]+\\s)*|,\\s|\\s)${PREP}\\s(?![\\s\\S]*[\\s,]${PREP}\\s)`, "u");

/**
 * A landmark with no name in it ("near the canal", ", near the lake") says little; it stays outside the
 * place unless it is in apposition with a description ("…, the camp behind the old mission store").
 * Trims such pieces from the end of a clause; returns the new end.
 */
function trimUnnamedTail(text: string, start: number, end: number): number {
  let e = end;
  for (let k = 0; k < 4; k++) {
    const phrase = text.slice(start, e);
    const m = LAST_PREP_RE.exec(phrase);
    if (!m) break;
    const rest = phrase.slice(m.index + (m[1] ?? "").length);
    const named = /[\s'’-][\p{Lu}\d]/u.test(rest.replace(/^\S+/, ""));
    // v19: any landmark set off by a comma is kept (", past the maple sugar shack", ", just past the rice scheme"): the
    // writer adds it to say where the home is.
    const appositive = (m[1] ?? "").length > 2 && (m[1] ?? "").startsWith(",");
    // v36: and one that pins a home told in apposition ("…, the house behind the diamond-washing pit").
    const pinsHome = m[1] === " " && HOME_APPOSED_END_RE.test(phrase.slice(Math.max(0, m.index - 40), m.index));
    if (named || appositive || pinsHome) break;
    e = start + m.index;
  }
  return e;
}

/**
 * v17: an indefinite place by a known town ("a village near Ilorin", "a farm outside Dubbo") is any of many, and finds
 * no one: every capitalised word in it is a known place.
 */
export function vagueNearKnownTown(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const indefinite = /^an?\s/.test(phrase) || /(?:^|[^\p{L}])an?\s$/u.test(text.slice(Math.max(0, start - 3), start));
  return indefinite && (phrase.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).every((w) => PLACES.has(keyOf(w)));
}

/**
 * v36: where a place found late (a camp's block joined by v13, a tagger's guess) ends once it has run on over a landmark
 * clause after it, as extendLandmarks grows the places the pattern modules find ("Asiakwa" + ", the compound behind the
 * Presbyterian school"); its own end when no clause follows.
 */
export function landmarkTailEnd(text: string, start: number, end: number): number {
  if (!TAIL_START_RE.test(text.slice(end, end + 60))) return end;
  const e = trimUnnamedTail(text, start, clauseEnd(text, end));
  return e > end && !vagueNearKnownTown(text, start, e) ? e : end;
}

/** Grows place findings over a landmark clause and adds landmark-described homes; returns the new candidate list. */
export function extendLandmarks(text: string, candidates: Candidate[]): Candidate[] {
  const grown: Candidate[] = [];
  for (const c of candidates) {
    if (!PLACE_GROW.has(c.type)) continue;
    const tail = text.slice(c.end, c.end + 60);
    if (!TAIL_START_RE.test(tail)) continue;
    const end = trimUnnamedTail(text, c.start, clauseEnd(text, c.end));
    if (end <= c.end) continue;
    let start = c.start;
    const back = BACK_OF_RE.exec(text.slice(Math.max(0, start - 40), start));
    if (back) start -= (back[1] ?? "").length;
    grown.push({ ...c, start, end, priority: Math.max(c.priority, 50) });
  }
  const soft = (start: number, end: number): boolean => ownWorkSentence(text, start, end);
  eachMatchNear(FEATURE_NEAR, text, (m) => {
    const at = m.index + m[0].length;
    if (!TAIL_START_RE.test(text.slice(at, at + 60))) return;
    const end = trimUnnamedTail(text, m.index, clauseEnd(text, at));
    if (end <= at || vagueNearKnownTown(text, m.index, end)) return;
    grown.push({ start: m.index, end, type: "LOCATION", reason: R_LANDMARK, suggestion: S_LANDMARK, priority: 50, soft: soft(m.index, end) });
  });
  eachMatch(APPOSED_RE, text, (m) => {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name);
    const at = m.index + m[0].length;
    if (NOT_START_RE.test(name)) return;
    const clause = clauseEnd(text, at);
    const knownPlace = name.split(/\s+/).every((w) => PLACES.has(keyOf(w)));
    const whole = text.slice(start + name.length, clause);
    const pinned = PINNED_HOME_APPOSITIVE_RE.test(whole) || (!knownPlace && (LANDMARK_APPOSITIVE_RE.test(whole) || SETTLEMENT_APPOSITIVE_RE.test(whole)));
    const end = pinned ? clause : trimUnnamedTail(text, start, clause);
    if (end <= at) return;
    const appositive = text.slice(start + name.length, end);
    const named = PREP_RE.test(appositive) && /\s[\p{Lu}\d]/u.test(appositive.replace(/^,\s\S+/, ""));
    if (!named && !pinned) return;
    if (knownPlace && !DWELLING_RE.test(appositive)) return;
    grown.push({ start, end, type: "LOCATION", reason: R_LANDMARK, suggestion: S_LANDMARK, priority: 50, soft: soft(start, end) });
  });
  eachMatch(DISTANCE_RE, text, (m) => {
    const end = trimUnnamedTail(text, m.index, clauseEnd(text, m.index + m[0].length));
    if (!/\s[\p{Lu}]/u.test(text.slice(m.index + m[0].length - 1, end))) return;
    grown.push({ start: m.index, end, type: "LOCATION", reason: R_LANDMARK, suggestion: S_LANDMARK, priority: 50, soft: soft(m.index, end) });
  });
  eachMatch(ANCHOR_RE, text, (m) => {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 40);
    if (!PHRASE_START_RE.test(rest) || NOT_START_RE.test(rest)) return;
    const plain = m.groups?.["plain"] !== undefined;
    // Speed: a plain "in" before a lower-case word is dropped below whatever the clause is; skip finding its end.
    if (plain && !/^[\p{Lu}]/u.test(rest)) return;
    const clause = clauseEnd(text, start);
    // v20: or no name at all, when it is one home pinned by one landmark ("lives at the homestead behind the big baobab",
    // "lives in the room behind the mosque"): a neighbour knows which, so its landmark is kept.
    const pinnedHome = !plain && DEFINITE_HOME_PINNED_RE.test(text.slice(start, clause));
    const end = pinnedHome ? clause : trimUnnamedTail(text, start, clause);
    const phrase = text.slice(start, end);
    // After a plain "in", only a clause that names a dwelling or settlement: "in Char Kukri-Mukri, the ward beside …".
    if (plain && (!/^[\p{Lu}]/u.test(rest) || !DWELLING_RE.test(phrase))) return;
    if ((!PREP_RE.test(phrase) && !HOME_APPOSITIVE_RE.test(phrase)) || (!pinnedHome && !/\s[\p{Lu}]/u.test(` ${phrase.replace(/^the\s/, "")}`))) return;
    // A known city or country with a landmark is not a home ("from Lagos, near the lagoon"), unless the clause
    // names a dwelling or settlement ("Adukrom, the farming village behind …").
    const run = /^(?:the\s)?((?:[\p{Lu}][\p{L}'’-]*\s?)+)/u.exec(phrase)?.[1]?.trim() ?? "";
    if (run !== "" && run.split(/\s+/).every((w) => PLACES.has(keyOf(w))) && !DWELLING_RE.test(phrase)) return;
    if (vagueNearKnownTown(text, start, end)) return;
    grown.push({ start, end, type: "LOCATION", reason: R_LANDMARK, suggestion: S_LANDMARK, priority: 50, soft: soft(start, end) });
  });
  if (grown.length === 0) return candidates;
  // Other identifiers cut a grown place short; places, rooms and names inside it are absorbed.
  // Speed: blockers sorted by start, so each grown place finds the first one inside it by a binary search; what the kept
  // places contain is found from their ends' running maximum (both were a scan per grown place: quadratic when a text
  // holds thousands of places, as 200,000 characters of "near Aaaa 512345 " do).
  const blockers = candidates.filter((c) => !ABSORB.has(c.type)).sort((a, b) => a.start - b.start);
  const firstFrom = <T extends { start: number }>(list: readonly T[], at: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as T).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const kept: Candidate[] = [];
  for (const g of grown) {
    const b = blockers[firstFrom(blockers, g.start)];
    if (b !== undefined && b.start < g.end) {
      g.end = b.start;
      // v19: and loses the word that led into it ("… before the forest check-post on" + "Dhanteras night").
      const lead = /\s(?:on|in|at|of|by|for|from|to|the|a|an|and|with|during|since|until)\s*$/.exec(text.slice(Math.max(g.start, g.end - 12), g.end));
      if (lead) g.end -= lead[0].length;
    }
    while (g.end > g.start && /[\s,]/.test(text[g.end - 1] ?? "")) g.end--;
    if (g.end > g.start) kept.push(g);
  }
  kept.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const g of kept) maxEnd.push(Math.max(g.end, maxEnd[maxEnd.length - 1] ?? -1));
  // Some kept place starts at or before c and ends at or after it: the latest end among those starting at or before c.
  const inKept = (c: Candidate): boolean => {
    const k = firstFrom(kept, c.start + 1) - 1;
    return k >= 0 && (maxEnd[k] as number) >= c.end;
  };
  const out = candidates.filter((c) => !(ABSORB.has(c.type) && inKept(c)));
  // Merge grown spans that overlap one another (a found place and an anchored clause over the same words).
  const merged: Candidate[] = [];
  for (const g of kept) {
    const last = merged[merged.length - 1];
    if (last && g.start < last.end) {
      last.end = Math.max(last.end, g.end);
      if (g.type === "ADDRESS") last.type = "ADDRESS";
    } else merged.push({ ...g });
  }
  return [...out, ...merged];
}
