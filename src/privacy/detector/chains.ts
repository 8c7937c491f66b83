import type { Candidate, FindingType } from "./types.ts";
import { afterNonAlnum, eachMatch, eachMatchNear, isSpaceLike, nearMatcher, wordsBefore } from "./context.ts";
import { FIRST_NAMES, PLACES, keyOf } from "./lexicon/names.ts";
import { isEnglishWord } from "./lexicon/english.ts";
import { REASON_ADDRESS as R_ADDRESS, SUGGESTION_ADDRESS as S_ADDRESS } from "./patterns/addresses.ts";
import { R_PLACE, R_ROOM, S_PLACE, S_ROOM } from "./patterns/facilities.ts";
import { CALENDAR, KINSHIP_TITLES, ORGANISATIONS, PATIENT_HONORIFICS, STAFF_TITLES, WEAK_HONORIFICS } from "./lexicon/terms.ts";

/**
 * v7: a pass over all candidates, after the pattern modules and before overlaps are resolved,
 * that grows findings to the whole identifier they are part of. Pattern modules see one piece
 * at a time ("Ward 7", "bed 3", "Ysbyty Gwynedd"; "1402 County Road", "MS 38963"); a reader
 * sees one place. Structural only, no word lists of places:
 *
 *  - a place (ADDRESS, LOCATION, FACILITY_ROOM) runs on over further pieces of the same place
 *    joined by ", ", " at ", " of ", " on ", " off ", " – " or a bracket: numbered units in many
 *    languages ("hut 3", "leito 7", "quarto 12", "Barrack 4", "Lot 27", "House 4417", "#08-337"),
 *    capitalised names that end their clause ("Seke, Chitungwiza."), state codes and postcodes,
 *    and another place finding; and backwards over a numbered unit or a lower-case ward before it
 *    ("the male medical ward at …") and over "the";
 *  - an age of 90 or more written right after a patient's name ("Mr Alistair Drummond, 91 last
 *    birthday") is an AGE (younger exact ages are not identifiers here, as in HIPAA Safe Harbor).
 * Spans follow tests/privacy/corpus/ANNOTATION.md: labels stay outside numbers, a generic unit before
 * a named hospital stays outside it, "the" is inside a LOCATION phrase but not a hospital's name.
 * Every step is a sticky regex or a bounded look-behind window: linear in the text.
 */

const PLACE_TYPES = new Set<FindingType>(["ADDRESS", "LOCATION", "FACILITY_ROOM"]);
const TYPE_RANK: Record<string, number> = { ADDRESS: 3, FACILITY_ROOM: 2, LOCATION: 1 };

// v10: "Co. Leitrim" (an Irish county) as one capitalised piece, like "St. Helens".
const CAPW = "(?:(?:St|Co)\\.\\s)?[\\p{Lu}][\\p{L}\\p{M}'’-]{0,40}(?![\\p{N}])";
const PARTICLE = "(?:de|da|do|das|dos|del|della|di|du|la|le|al|el|of|on|upon|y|yr|na|nan|bin|binti|van|von|der)";
// A numbered unit inside a building, site or street, in several languages; up to three words before it
// ("majors cubicle 11", "healthcare centre room 2", "AMU bay C", "sala de hemodinâmica 2").
const UNIT_HEAD =
  "(?:[Hh]ouse|[Ll]ot|[Pp]lot|[Ss]tand|[Ee]rf|[Vv]illa|[Ff]lat|[Aa]pt\\.?|[Aa]partment|[Uu]nit|[Bb]lock|[Bb]lk\\.?|[Ss]uite|[Dd]oor|[Rr]oom|[Bb]eds?|[Bb]ay|[Cc]ubicle|[Hh]ut|[Bb]arrack|[Cc]ell|[Tt]ent|[Ll]ane|[Ll]ine|[Ss]treet|[Rr]oad|[Gg]ate|[Ss]ector|[Pp]hase|[Ff]loor|[Ww]ard|[Cc]ot|[Ii]ncubator|[Bb]ox|[Pp]od|[Ss]ide\\s+room|[Ll]eito|[Qq]uarto|[Ss]ala(?:\\s+de\\s+[\\p{L}]+)?|[Cc]ama|[Bb]loco|[Ll]ote|[Cc]asa|[Aa]pto|[Pp]iso|[Hh]abitaci[oó]n|[Cc]uarto|[Cc]hambre|[Ll]it|[Zz]immer|[Bb]ett|[Tt]heatre|OT|RR|R\\.R\\.|RD|[Ss]ite|[Cc]oncession)";
const UNIT_CODE = "(?:no\\.?\\s?|#\\s?)?(?:\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?|[A-Z](?:-?\\d{1,4})?)(?:\\s(?:and|&)\\s\\d{1,4})?";
const LEAD_WORD = "(?!(?:and|the|was|is|were|with|in|on|at|to|of|his|her|their|a|an|for|from|by|then|he|she|they|we|i)\\s)[\\p{L}&]+";
const UNIT = `(?:${LEAD_WORD}\\s){0,3}?${UNIT_HEAD}\\s${UNIT_CODE}(?![\\p{L}\\d])`;
// "#08-337", "B-204", "12B" alone as a piece.
const CODE = "(?:#\\d{1,3}-\\d{1,5}|[A-Z]-\\d{1,5}[A-Z]?|\\d{1,5}[A-Za-z]?)(?![\\p{L}\\d-])";
// State code and postcode, or a postcode alone ("MS 38963", "PE, 51230-000", "IV54 8YX", "1062", "51230-000").
const POST = "(?:[A-Z]{2,3}(?:,?\\s(?:\\d{5}(?:-\\d{3,4})?|\\d{4,6}))?|\\d{5}-\\d{3,4}|\\d{4,6})(?![\\p{L}\\d-])";
const NAMEP = `(?:\\d{1,3}(?:st|nd|rd|th)\\s)?${CAPW}(?:\\s(?:${PARTICLE}\\s)?(?:${CAPW}|\\d{1,4}[a-z]?(?![\\p{L}\\d]))){0,5}`;
// v10: a Canadian postcode after the town and province ("Bragg Creek AB T0L 0K0"), an Irish Eircode after the county.
const NAME_POST = `${NAMEP}(?:\\s(?:[A-Z]{2,3}\\s)?\\d{4,6}|\\s[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}|\\s(?:[A-Z]{2}\\s)?[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|,?\\s[AC-FHKNPRTV-Y]\\d[\\dW]\\s?[0-9AC-FHKNPRTV-Y]{4})?`;
const PAREN = "\\([\\p{L}][\\p{L}\\s&-]{1,40}\\)";

// v10: an abbreviation's full stop may come before the comma ("12 Ahmed Orabi St., Mohandessin").
const JOIN = "(?:\\.?,\\s{1,2}|\\s(?:at|of|on|off|within|in)\\s(?:the\\s)?|\\s[–—-]\\s|\\s)";
// v10: lower-case parts of a Brazilian or Spanish address with no number ("fundos", "frente", "s/n").
const LC_PART = "(?:fundos|frente|s\\/n|sem\\s+n[úu]mero|casa\\s\\d{1,4}[A-Za-z]?|apto?\\.?\\s?\\d{1,4}[A-Za-z]?|bloco\\s[A-Z\\d]{1,3}|piso\\s\\d{1,3}|depto\\.?\\s?\\d{1,4})(?![\\p{L}\\d])";
const STEP_RE = new RegExp(`(${JOIN})(?:(${UNIT})|(${PAREN})|(${POST})|(${CODE})|(${NAME_POST})|(${LC_PART}))`, "uy");
// What may follow a capitalised piece for it to be read as part of the place: the end of the clause,
// another piece, or a function word that starts something else.
const NAME_FOLLOW = /^(?:$|[,.;:)!?\n]|\s[–—(-]|\s(?:where|for|and|after|before|when|which|that|because|since|until|but|so|in|on|at|to|from|near|off|while|under|as|by)\b)/;
const NOT_PLACE_START =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse|He|She|They|It|I|We|You|His|Her|Their|Its|Our|My|This|That|These|Those|There|Then|When|While|After|Before|A|An|So|But|And|The|If|As|NHS|MRN|DOB|CHI|NHI|ID|GCS|BP|HR|RR|SpO2|Sats|ECG|CT|MRI|FAST|BMI|CPF|CPR|HIV|TB)$/;

const BACK_UNIT_RE = new RegExp(`(?:^|[\\s(])((?:${UNIT_HEAD})\\s${UNIT_CODE}|[A-Z]-\\d{1,5}[A-Z]?|#\\d{1,3}-\\d{1,5})(,\\s|\\s)$`, "u");
const BACK_NAME_RE = new RegExp(`(?:^|[^\\p{L}\\p{M}'’-])(${NAMEP})(,\\s)$`, "u");
const BACK_LC_WARD_RE =
  /(?:^|\s)((?:the\s)?(?:[a-z-]+\s){0,3}(?:ward|unit|wing|department|clinic|hospital|home|centre|center|hostel|hotel|flats|camp|estate|school|prison|jail|barracks?))(\s(?:at|of|in|on)\s(?:the\s)?|,\s)$/;
// v20: and before a named prison, camp or hospital, the unit of it the story is in: "the healthcare centre at HMP Ashdown,
// room 2", "the fistula centre in Babbar Ruga, Ward 2", "the dispensary of District Jail Sahiwal"
const BACK_LC_FACILITY_RE =
  /(?:^|\s)((?:the\s)?(?:(?!(?:in|on|at|to|into|onto|from|our|my|his|her|their|the|a|an|and|or|with|of|for|by|was|is|were|went|came|moved|sent|taken|transferred|admitted)\s)[a-z-]+\s){0,2}(?:ward|unit|wing|department|clinic|centre|center|dispensary|infirmary|sick\s+bay|health\s+post|annexe|annex|barrack|barracks|block|landing))(\s(?:at|of|in)\s(?:the\s)?)$/;
// v23: or a named prison, custodial centre or hospital, whose wing or unit the story is in ("the female wing of Kuje
// Custodial Centre", "the X-ray unit of Teaching Hospital Peradeniya")
const CUSTODY_OR_HOSPITAL_NAME = /\b(?:Jail|Gaol|Prison|HMP|Custodial|Correctional|Detention|Penitentiary|Hospital|Infirmary)\b/;
const BEFORE_NAME_OK = /(?:\b(?:at|of|in|on|to|from|near|off|is|lives|live|living|address)\s(?:the\s)?|,\s|\(|\n|^)$/;

function placeWordsOk(piece: string): boolean {
  const words = piece.split(/\s+/);
  const first = words[0] ?? "";
  if (NOT_PLACE_START.test(first)) return false;
  const k = keyOf(first.replace(/\.$/, ""));
  if (PATIENT_HONORIFICS.has(k) || STAFF_TITLES.has(k) || KINSHIP_TITLES.has(k) || WEAK_HONORIFICS.has(k) || /^(?:sr|sra|srta|dona|don|dom|seu)$/.test(k)) return false;
  return !words.some((w) => CALENDAR.has(keyOf(w)) || CALENDAR.has(keyOf(w).replace(/s$/, "")) || ORGANISATIONS.has(keyOf(w)));
}

const PLACE_KIND_WORD =
  /^(?:Residency|Residences?|Apartments?|Towers?|Enclave|Complex|Society|Mansions?|House|Villas?|Lodge|Plaza|Flats|Nivas|Niwas|Bhavan|Bhawan|Sadan|Kunj|Vihar|Puram|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Park|Estate|Village|Town|City|Hill|Hills|Gardens|Court|Place|Crescent|Terrace|Square|Green|Row|Walk|View|Heights|Vale|Valley|Bay|Beach|Point|Creek|River|Farm|Station|Junction|Market|Colony|Nagar)$/;
function personAfterComma(piece: string): boolean {
  const words = piece.split(/\s+/);
  if (words.length !== 2) return false;
  const [given, last] = words as [string, string];
  return (
    FIRST_NAMES.has(keyOf(given)) && !PLACES.has(keyOf(given)) && !PLACES.has(keyOf(last)) && !PLACE_KIND_WORD.test(last) && !isEnglishWord(keyOf(last)) &&
    !KINSHIP_TITLES.has(keyOf(last)) && !KINSHIP_TITLES.has(keyOf(given))
  );
}

function allPlaces(piece: string): boolean {
  return piece
    .replace(/\s\d+$/, "")
    .split(/\s+/)
    .every((w) => PLACES.has(keyOf(w)));
}

function growPlace(text: string, c: Candidate, starts: Map<number, number>): { start: number; end: number; grew: boolean } {
  let start = c.start;
  let end = c.end;
  let grew = false;
  let steps = 0;
  // Forwards.
  while (steps < 8) {
    // Another place finding right after a join: jump to its end.
    const gap = /^(?:,\s{1,2}|\s(?:at|of|on|off|within)\s(?:the\s)?|\s[–—-]\s|\s\(|\s)/.exec(text.slice(end, end + 14));
    if (gap) {
      const nextStart = end + gap[0].length;
      const next = starts.get(nextStart);
      // Two named hospitals or places in a list are two places; a room, unit or number joins them.
      const roomy = /\d|\b(?:[Bb]ed|[Bb]ay|[Rr]oom|[Ww]ard|[Cc]ubicle|[Uu]nit|[Bb]lock|[Hh]ut|[Cc]ot)\b/;
      if (next !== undefined && next > nextStart && (roomy.test(text.slice(Math.max(0, start - 12), end)) || roomy.test(text.slice(nextStart, next)) || c.type === "LOCATION")) {
        end = next;
        grew = true;
        steps++;
        continue;
      }
    }
    STEP_RE.lastIndex = end;
    const m = STEP_RE.exec(text);
    if (!m) break;
    const join = m[1] ?? "";
    const stepEnd = m.index + m[0].length;
    if (m[2] !== undefined) {
      // A unit: always part of the place when joined by a comma or "at/of"; after a bare space only a unit head.
      if (join === " " && /\s/.test(m[2].replace(/\s\S+$/, "").trim())) break;
    } else if (m[3] !== undefined) {
      if (join !== " " || !/^\(/.test(m[3])) break;
    } else if (m[4] !== undefined) {
      const p = m[4];
      // A bare number after a space only after a street word ("County Road 519"); "MS 38963" after a comma or space.
      if (/^\d+$/.test(p) && p.length < 4) break;
      if (/^[A-Z]{2,3}$/.test(p) && !/^(?:,\s|\s[–—-]\s)$/.test(join)) break;
      if (/^[A-Z]{2,3}$/.test(p) && !/^(?:$|[,.;:)\n])/.test(text.slice(stepEnd, stepEnd + 1))) break;
    } else if (m[5] !== undefined) {
      const code = m[5];
      if (/^\d/.test(code)) {
        if (join === " " ? !/\b(?:Road|Rd|Street|St|Highway|Hwy|Route|Avenue|Ave|Lane|Line|Block|Sector|Phase)$/.test(text.slice(Math.max(0, end - 12), end)) : join !== ", ") break;
      } else if (join !== ", ") break;
      if (!/^(?:$|[,.;:)\n]|\s[A-Z(])/.test(text.slice(stepEnd, stepEnd + 2))) break;
    } else if (m[6] !== undefined) {
      const piece = m[6];
      if (join === " " || !placeWordsOk(piece)) break;
      // After a hospital alone (no room or unit), facilities.ts already takes its town; never the next hospital in a list.
      if (c.type === "FACILITY_ROOM" && !/\d|\b(?:[Bb]ed|[Bb]ay|[Rr]oom|[Cc]ubicle|[Hh]ut|[Cc]ot)\b/.test(text.slice(start, end))) break;
      // "…, in Denver", "… in Porto": the town a building is in is where, not which place; nor is a known
      // city after a neighbourhood ("Ponsonby, Auckland").
      if (/^\sin\s/.test(join) || (c.type === "LOCATION" && allPlaces(piece))) break;
      // v10: a piece that ends in its postcode is complete whatever follows ("… AB T0L 0K0 with his dog").
      if (!NAME_FOLLOW.test(text.slice(stepEnd, stepEnd + 10)) && !/\d$/.test(piece)) break;
      if (/['’]s$/.test(piece)) break;
      // A single given name after a comma is more likely the person than a place ("bed 3, Kofi and his mum").
      if (!/\s/.test(piece) && FIRST_NAMES.has(keyOf(piece)) && !PLACES.has(keyOf(piece))) break;
      // v27: nor a given name and a surname ("Kingaroy State High School, Jayden Whitfield, came …")
      if (personAfterComma(piece)) break;
    } else if (m[7] !== undefined) {
      if (c.type !== "ADDRESS" || !/^\.?,\s/.test(join)) break;
    }
    // v33: never a holiday after the place ("Ward 9 on Emancipation Day", "Bay 5 on Boxing Day"), which is a date
    if (/^\s(?:on|at)\s/.test(join) && /[\p{Lu}][\p{L}'’-]*\s(?:Day|Eve|Night)$/u.test(text.slice(end, stepEnd))) break;
    end = stepEnd;
    grew = true;
    steps++;
  }
  // Backwards: the building word before a house number ("Blk 214 Jurong East Street 21"), the town before a postcode
  // ("Strathcarron IV54 8YX"), a numbered unit, a capitalised piece after a preposition, a lower-case ward or building.
  if (c.type === "ADDRESS") {
    const head = /^\d/.test(text.slice(start, start + 1)) ? /(?:^|[^\p{L}])((?:Blk|Block|Bldg|Building|Flat|House|No|Plot|Lot|Unit|Apt|Villa|Door)\.?\s)$/u.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (head?.[1] !== undefined) {
      start -= head[1].length;
      grew = true;
    } else if (/^(?:[A-Z]{1,2}\d|\d{4,6}\b)/.test(text.slice(start, start + 6))) {
      // v10: a province or state code may stand between the town and the postcode ("Bragg Creek AB T0L 0K0").
      // (v23: an Irish county with its "Co.": "Derrylea, Co. Galway H91 X2Y4")
      const town = /(?:^|[^\p{L}\p{M}'’-])((?:Co\.\s)?[\p{Lu}][\p{Ll}\p{M}'’-]+(?:\s[\p{Lu}][\p{Ll}\p{M}'’-]+)?\s(?:[A-Z]{2}\s)?)$/u.exec(text.slice(Math.max(0, start - 40), start));
      if (town?.[1] !== undefined && placeWordsOk(town[1].trim()) && /,\s$/.test(text.slice(Math.max(0, start - town[1].length - 2), start - town[1].length))) {
        start -= town[1].length;
        grew = true;
      }
    }
  }
  for (let k = 0; k < 4; k++) {
    const win = text.slice(Math.max(0, start - 70), start);
    // Speed: the three look-backs below all end in whitespace ("\\s)$"); without it, none matches.
    if (win.length === 0 || !isSpaceLike(win.charCodeAt(win.length - 1))) break;
    const u = BACK_UNIT_RE.exec(win);
    if (u && u[1] !== undefined) {
      start -= (u[1] ?? "").length + (u[2] ?? "").length;
      grew = true;
      continue;
    }
    const lc = c.type === "LOCATION" ? BACK_LC_WARD_RE.exec(win) : c.type === "FACILITY_ROOM" && k === 0 && (/\d/.test(text.slice(start, end)) || CUSTODY_OR_HOSPITAL_NAME.test(text.slice(start, end))) ? BACK_LC_FACILITY_RE.exec(win) : null;
    if (lc && lc[1] !== undefined) {
      start -= lc[1].length + (lc[2] ?? "").length;
      grew = true;
      continue;
    }
    const nm = win.charCodeAt(win.length - 2) === 44 ? BACK_NAME_RE.exec(win) : null; // ends in ",\\s"
    if (nm && nm[1] !== undefined && placeWordsOk(nm[1]) && !allPlaces(nm[1]) && (c.type === "ADDRESS" || grew)) {
      const s = start - nm[1].length - 2;
      if (BEFORE_NAME_OK.test(text.slice(Math.max(0, s - 20), s))) {
        start = s;
        grew = true;
        continue;
      }
    }
    break;
  }
  if (c.type === "LOCATION" && grew && /(?:^|[^\p{L}])the\s$/u.test(text.slice(Math.max(0, start - 5), start))) {
    start -= 4;
    grew = true;
  }
  return { start, end, grew };
}

const NAME_AGE_RE = /^,\s(\d{1,3})(?=\s(?:in|last|this|next|come)\s|,\s(?![\d])|\s?\)|\s—|\s–)/;
const R_AGE = "An exact age, with the name or story, narrows the patient down.";
const S_AGE = "Use a range: 'in her nineties', 'a man in his 60s'.";

// Rooms and beds named in other languages, or in huts and barracks, as pieces of their own:
// "cama 5", "leito 12", "quarto 3", "sala de pediatría 2", "chambre 14", "Zimmer 7", "hut 3", "Barrack 4".
const FOREIGN_ROOM_RE =
  /(?<![\p{L}\d])(?:[Ll]eito|[Qq]uarto|[Ss]ala(?:\sde\s[\p{L}]+)?|[Cc]ama|[Hh]abitaci[oó]n|[Cc]uarto|[Cc]hambre|[Zz]immer|[Bb]ett|[Hh]ut|[Bb]arrack|[Bb]arracks)\s(?:n[oº°]\.?\s?)?\d{1,4}[A-Za-z]?(?![\p{L}\d])/gu;
// Speed: tried only where one of its room words starts (see nearMatcher). The anchor finds exactly the starts of
// /[Ll]eito|[Qq]uarto|[Ss]ala|[Cc]ama|[Hh]abitaci[oó]n|[Cc]uarto|[Cc]hambre|[Zz]immer|[Bb]ett|[Hh]ut|[Bb]arrack/, written as
// one capital-or-small letter and a look-ahead for the rest, which V8 scans about four times faster.
const FOREIGN_ROOM_NEAR = nearMatcher(FOREIGN_ROOM_RE, /[Ll](?=eito)|[Qq](?=uarto)|[Ss](?=ala)|[Cc](?=ama|uarto|hambre)|[Hh](?=abitaci[oó]n|ut)|[Zz](?=immer)|[Bb](?=ett|arrack)/g, 0);
// A dwelling with a number and more address after it: "Villa 12, Street 23b, …", "B-204, Ganga Apartments, …", "House 4417, Unit L, …".
const DWELLING_RE = /(?<![\p{L}\d-])(?:(?:House|Villa|Flat|Lot|Plot|Stand|Erf|Blk|Apt|Apartment|Door|Compound)\.?\s(?:No\.?\s)?[A-Z0-9][A-Za-z0-9]{0,4}(?:[-/][A-Za-z0-9]{1,4})?|[A-Z]-\d{2,4})(?=,\s[\p{Lu}\d])/gu;
// A named building or home with a lower-case head on a named street: "Bevan Healthcare's refugee clinic on Vicar Lane",
// "the asylum hotel on Manningham Lane", "a pharmacy off Juhu Tara Road"; and "in Rockfort, off Windward Road".
const STREET_TYPE = "(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Way|Close|Crescent|Terrace|Parade|Row|Boulevard|Blvd|Highway|Hwy|Market)";
const ON_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d'’-])(?:(?:the|a|an)\\s)?((?:[\\p{Lu}][\\p{L}'’-]+\\s){0,3}(?:[\\p{Lu}][\\p{L}-]+['’]s\\s)?)((?:[\\p{Ll}-]+\\s){0,2}(?:clinic|hospital|hotel|hostel|shelter|surgery|pharmacy|chemist|practice|centre|center|home|flats|camp|mosque|church|temple|school|shop|bar|pub|garage|yard|market))\\s(?:on|off)\\s(?:[\\p{Lu}][\\p{L}'’-]+\\s){1,3}${STREET_TYPE}\\b|\\b(?:in|at|from)\\s([\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?),\\s(?:off|near|behind)\\s(?:[\\p{Lu}][\\p{L}'’-]+\\s){1,3}${STREET_TYPE}\\b`,
  "gu",
);
// Speed: every match holds "on/off/near/behind <Name> <street type>" (the anchor, keyed: word-starts.ts) with at most
// eight words before it (an article, three names, a possessive, two small words and the head: "the Bevan Healthcare's
// refugee clinic"; "in Port Antonio,"), each after one space, and starts at a letter or hyphen not after an ASCII letter
// or digit: it is tried only there (see nearMatcher), not over the whole post.
const ON_STREET_NEAR = nearMatcher(
  ON_STREET_RE,
  new RegExp(`\\s(?:on|off|near|behind)\\s(?:[\\p{Lu}][\\p{L}'’-]+\\s){1,3}${STREET_TYPE}\\b`, "gu"),
  (text, p) => wordsBefore(text, p + 1, 8),
  (text, s) => {
    const c = text.charCodeAt(s);
    return (c >= 128 || c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && afterNonAlnum(text, s);
  },
);

export function extendChains(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(DWELLING_RE, text, (m) => {
    const seed: Candidate = { start: m.index, end: m.index + m[0].length, type: "ADDRESS", reason: R_ADDRESS, suggestion: S_ADDRESS, priority: 50 };
    const g = growPlace(text, seed, new Map());
    // Only with at least two more pieces after it: "House 14, Ward 3" alone could be anything.
    if ((text.slice(seed.end, g.end).match(/,\s/g) ?? []).length >= 2) candidates.push({ ...seed, end: g.end, priority: 63 });
  });
  // v8: every match ends in "on/off/near/behind <Name> <street type>": the costly pattern (look-behind, optional leading
  // words) is tried only just before that tail (ON_STREET_NEAR).
  eachMatchNear(ON_STREET_NEAR, text, (m) => {
    let start = m.index;
    if (/^(?:a|an|in|at|from)\s/i.test(m[0])) start += m[0].indexOf(" ") + 1; // "a pharmacy on …", "in Rockfort, off …": not the article or preposition
    const names = (m[1] ?? "").trim();
    if (names && !placeWordsOk(names.replace(/['’]s$/, ""))) return;
    candidates.push({ start, end: m.index + m[0].length, type: "LOCATION", reason: R_PLACE, suggestion: S_PLACE, priority: 47 });
  });
  eachMatchNear(FOREIGN_ROOM_NEAR, text, (m) => {
    candidates.push({ start: m.index, end: m.index + m[0].length, type: "FACILITY_ROOM", reason: R_ROOM, suggestion: S_ROOM, priority: 48 });
  });
  const placeStarts = new Map<number, number>();
  for (const c of candidates) {
    if (PLACE_TYPES.has(c.type)) placeStarts.set(c.start, Math.max(placeStarts.get(c.start) ?? 0, c.end));
  }
  // The place candidates by start, so that what a grown place swallowed is found by a binary search and a short walk
  // (a scan of every candidate for each grown place was quadratic: 200,000 characters of "Aa Bb village " took seconds).
  const places = candidates.filter((d) => PLACE_TYPES.has(d.type)).sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    if (PLACE_TYPES.has(c.type)) {
      const g = growPlace(text, c, placeStarts);
      if (g.grew) {
        // The grown place keeps the strongest type among what it covered.
        // It outranks the pieces it swallowed (so they do not split it), nothing else.
        let type = c.type;
        let priority = c.priority;
        let swallowed = false;
        let lo = 0;
        let hi = places.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((places[mid] as Candidate).start < g.start) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < places.length && (places[k] as Candidate).start < g.end; k++) {
          const d = places[k] as Candidate;
          if (d === c || d.end > g.end) continue;
          if ((TYPE_RANK[d.type] ?? 0) > (TYPE_RANK[type] ?? 0)) type = d.type;
          priority = Math.max(priority, d.priority);
          swallowed = true;
        }
        out.push({ ...c, type, start: g.start, end: g.end, priority: swallowed ? priority + 1 : priority });
        continue;
      }
    } else if (c.type === "NAME") {
      const a = NAME_AGE_RE.exec(text.slice(c.end, c.end + 24));
      if (a?.[1] !== undefined && Number(a[1]) >= 90 && Number(a[1]) <= 120) {
        const s = c.end + 2;
        let e = s + a[1].length;
        const tail = /^\s(?:in\s(?:January|February|March|April|May|June|July|August|September|October|November|December)|last\s+birthday|this\s+year|next\s+month|come\s+\w+)/.exec(text.slice(e, e + 24));
        if (tail) e += tail[0].length;
        out.push({ start: s, end: e, type: "AGE", reason: R_AGE, suggestion: S_AGE, priority: 55 });
      }
    }
    out.push(c);
  }
  return out;
}
