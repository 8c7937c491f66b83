/**
 * rounds-detector/13: rules added by class for writing the detector has not seen. Kept in one module (new passes, not
 * edits inside the older ones) so that it merges cleanly with work that reorganises the pattern modules.
 *
 *  - detectV13: extra AGE, ID and OTHER phrasings (a Detector, run with the others).
 *  - joinV13: after overlaps are resolved, joins the pieces of one place phrase that the pattern modules found apart
 *    ("bed 3" … "Nishtar Hospital"), and grows a place or a one-of-a-kind detail over what pins it down further.
 * Every regex is bounded (no nested unbounded repetition); every pass is one scan or one walk over the findings.
 */
import type { Candidate, FindingType } from "./types.ts";
import { before, digitLedAnchor, digitsOf, eachListedWord, eachMatch, eachMatchNear, nearMatcher, patientInSentence, writerSentence } from "./context.ts";
import { FIRST_NAMES, PLACES, keyOf } from "./lexicon/names.ts";
import { CALENDAR, KINSHIP_TITLES } from "./lexicon/terms.ts";
import { isEnglishWord } from "./lexicon/english.ts";
import { landmarkTailEnd, vagueNearKnownTown } from "./landmarks.ts";
import { R_CALLED } from "./patterns/names.ts";
import { wordAge } from "./patterns/ages.ts";

const AGE_REASON = (age: number): string =>
  `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`;
const AGE_SUGGESTION = "Write 'in her nineties' or 'a very elderly patient'.";
const ID_SUGGESTION = "Remove the number; write 'the patient' instead.";

// What may follow an age said in a sentence: the end of a clause or a joining word, never a unit ("94 kg", "95%",
// "for 92 days") — that keeps observations and durations out.
const AGE_AFTER = String.raw`(?=\s*(?:[.,;!?)\]—–]|$)|\s+-\s|\s+(?:and|but|though|although|yet|when|with|now|then|so|years?|yrs?|this|last|next|they|he|she|according|per|apparently|already|still|at\s+the\s+time)\b)`;
const N = String.raw`(\d{2,3})`;

// AGE, by class (each an age of 90+ in a phrasing the v12 list did not have):
const AGE_PATTERNS: readonly RegExp[] = [
  // Judged against the age: "so sharp for 97", "not bad for 94", "very independent for a man of 95".
  new RegExp(String.raw`(?<![A-Za-z])(?:sharp|good|well|strong|fit|spry|bright|independent|alert|lucid|active|mobile|healthy|young|sprightly|chirpy|feisty|with\s+it|remarkable|amazing|incredible|impressive|bad|tough|quick)\s+for\s+(?:(?:a\s+)?(?:man|woman|lady|gentleman|someone|anyone|person|patient)\s+(?:of\s+)?)?${N}${AGE_AFTER}`, "gi"),
  // What a card or record gives: "CNIC says 96", "his passport said 93", "the Aadhaar card shows she is 91".
  new RegExp(String.raw`(?<![A-Za-z])(?:CNIC|NIC|NIN|ID|IC|card|passport|Aadhaar|certificate|papers|documents|paperwork|registration|records|NADRA|Omang|licen[cs]e)\s+(?:says|said|shows|showed|states|stated|lists|listed|gives|gave|puts|put|has|had|reads|read)\s+(?:(?:he|she|him|her)\s+(?:is|was|at|as)\s+)?${N}${AGE_AFTER}`, "gi"),
  // A comma-set or bracketed "92 years" with its hedge: "Haji Noor Din, 92 years they say", "(93 years)".
  new RegExp(String.raw`(?=\d)(?<=,\s|\()${N}\s{1,2}(?:years?|yrs?)(?=\s*[,)]|\s+(?:they\s+say|he\s+says|she\s+says|apparently|reportedly|supposedly|per|according|by\s+(?:his|her|their)\s+(?:own\s+)?(?:account|reckoning|count)))`, "g"),
  // A pronoun, a patient word or kin, then "is/was" with an adverb: "she is now 94", "Gran was still 96 in spirit".
  new RegExp(String.raw`(?<![A-Za-z])(?:he|she|who|patient|[Gg]ran|[Gg]ranny|[Gg]randma|[Gg]randpa|[Gg]randmother|[Gg]randfather|[Nn]an|[Nn]ana|[Nn]ani|[Dd]adi|[Dd]ada|[Mm]um|[Mm]om|[Dd]ad|[Mm]other|[Ff]ather)(?:\s+(?:is|was|will\s+be)|['’](?:s|ll\s+be))\s+(?:now|still|already|actually|only|just|well\s+over|over|past|apparently|reportedly|supposedly|officially|finally|about|around|roughly|probably|at\s+least|nearly|almost)\s+${N}${AGE_AFTER}`, "gi"),
  // "in her 95th year" as the whole phrase (v12 flagged only "95th year").
  new RegExp(String.raw`(?<![A-Za-z])in\s+(?:his|her|their)\s+${N}(?:st|nd|rd|th)\s+year(?![A-Za-z])`, "gi"),
  // A birthday told by its day: "and was 94 on the 5th", "turned 91 on the 12th" (not a pulse or a score).
  new RegExp(String.raw`(?<!\b(?:HR|sats?|SpO2|BP|pulse|rate|score|glucose|sugar|level|temp|GCS|weight)\s)(?<![A-Za-z])(?:was|is|turned|turns)\s+${N}\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b`, "gi"),
  // "she'll be 92 next month".
  new RegExp(String.raw`(?<![A-Za-z])(?:he|she|they)['’]ll\s+be\s+${N}${AGE_AFTER}`, "gi"),
  // A title or honorific and a name, then the age: "Mrs Okafor is 96 and", "Haji Rasool was 91.", "Mzee Otieno turned 100".
  new RegExp(String.raw`(?=\s+(?:is|was|turned)\s)(?<=\b(?:Mr|Mrs|Ms|Miss|Mx|Mzee|Gogo|Mama|Baba|Haji|Hajia|Hajiya|Alhaji|Nana|Sr|Sra|Lola|Lolo|Aunty|Auntie|Uncle|Pa|Ma|Chief|Mallam|Malam|Shri|Smt|Bibi|Begum|Mai|Ammi|Abba)\.?\s[A-Z][\p{L}'’-]{1,30}(?:\s[A-Z][\p{L}'’-]{1,30})?)\s+(?:is|was|turned|is\s+now|was\s+then|is\s+nearly|was\s+nearly|is\s+almost)\s+${N}${AGE_AFTER}`, "gu"),
  // "the age of 94" in any frame ("died at the ripe old age of 97", "reached the age of 100").
  new RegExp(String.raw`(?<![A-Za-z])age\s+of\s+${N}(?![\d%]|[.,]\d|\s*(?:mg|kg|%|percent|minutes|days|weeks|months))`, "gi"),
  // Age and sex written together in a note: "Age/Sex: 92/M", "A/S 94F".
  new RegExp(String.raw`(?<![A-Za-z])(?:age\s*\/\s*(?:sex|gender)|A\s?\/\s?S)\s*[:=-]?\s*${N}`, "gi"),
  // A single given name or honorific and a bracketed age: "Dolly (97) told me", "Nani (94)". Not a table, page or figure.
  new RegExp(String.raw`(?=\s?\(\d)(?<=\b(?!(?:Table|Figure|Fig|Ref|Page|Room|Bed|Ward|Bay|Box|Item|Question|Step|Level|Grade|Score|Station|Chapter|Section|Appendix|Pages|Refs)\b)[A-Z][\p{Ll}'’-]{2,20})\s?\(${N}\)`, "gu"),
  // Ages in other languages' words, as people write them in English text: "92 saal ki", "93 tahun", "94 ans", "miaka 95".
  new RegExp(String.raw`(?<![A-Za-z0-9.])${N}\s{1,2}(?:saal|sal\s+(?:ki|ka|ke)|baras|varsh|tahun|ans|anni|jahre|jaar)(?![A-Za-z])`, "gi"),
  new RegExp(String.raw`(?<![A-Za-z])(?:miaka|umri|umur|edad\s+de)\s+${N}(?![\d%]|[.,]\d)`, "gi"),  // A comma-set age after any capitalised word, Irish and other accented names included: "Colm Ó Flaithearta, 91, who",
  // "Koro Hemi Tipene, 92, at the house". (v12 needed two ASCII-capitalised words.)
  new RegExp(String.raw`(?=,\s\d)(?<=[\p{Lu}][\p{L}'’.-]{0,30}),\s${N}(?=,\s+[\p{Ll}])`, "gu"),
  // A full name (no title) then the age: "Dulcie Ferguson is 101 and lives …", "Fatma Abdel-Rahim was 94 and".
  new RegExp(String.raw`(?=\s(?:is|was|turned)\s)(?<=\b[A-Z][\p{Ll}'’-]{0,30}\s[A-Z][\p{L}'’-]{0,30})\s+(?:is|was|turned|is\s+now)\s+${N}${AGE_AFTER}`, "gu"),
  // Triage shorthand before a complaint's acronym: "92F AMS", "94M SOB" (not a temperature: "temp 93F").
  new RegExp(String.raw`(?<![A-Za-z0-9.\/])(?<!\b(?:temp|temperature|fever|febrile|T|of|to|at|was|reached|spiked|hit|around|about|above|over)\s{1,2})${N}\s?[FM](?=\s+[A-Z]{2,5}(?![\p{Ll}]))`, "gu"),
  // More honorifics with the age after the name: "Hagga Fatma was 94", "Kokum Agnes is 96", "Tok Mat turned 100".
  new RegExp(String.raw`(?=\s+(?:is|was|turned)\s)(?<=\b(?:Hagga|Hajja|Hajj|Kokum|Koro|Kuia|Tok|Nenek|Mamaw|Papaw|Paw-paw|Maw-maw|Ouma|Oupa|Gogo|Mkhulu|Dona|Seu|Lola|Lolo|Amma|Ammi|Appa|Thatha|Paati|Nani|Dadi|Nana|Nanna)\s[A-Z][\p{L}'’-]{1,30}(?:\s[A-Z][\p{L}'’-]{1,30})?)\s+(?:is|was|turned|is\s+now)\s+${N}${AGE_AFTER}`, "gu"),
];
// v17: a number followed by a unit of distance, weight or count is a measure, not an age ("the nearest psychiatrist is
// ninety kilometres away", "the clinic was 95 km off", "she is 100 metres from the road").
const NOT_AGE_UNITS = "kilomet(?:re|er)s?|kms?|miles?|met(?:re|er)s?|feet|foot|ft|yards?|steps|kilos?|kilograms?|grams?|pounds|lbs?|litres?|liters?|beds|cases|calls|visits|houses|homes|families|households|babies|children|students|staff|nurses|doctors|villages|rupees|naira|shillings|dollars|euros";
// An age of 90+ in words, comma-set or after "was/is": "Savitri amma, ninety-three, was admitted", "was ninety-two and
// had come in". A number word this large after "was" is an age (a sats or a score is written in digits).
const WORD_AGE = String.raw`((?:ninety|(?:a|one)\s+hundred)(?:(?:-|\s+|\s+and\s+)(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const WORD_AGE_PATTERNS: readonly RegExp[] = [
  // v17: set off by dashes too ("He said he was — ninety-one — and his card agreed", "— a hundred and one, with a letter")
  new RegExp(String.raw`(?=[noa])(?<=(?:,|—|–|\s-)\s)${WORD_AGE}(?=\s?[,—–]|\s-\s)`, "gi"),
  new RegExp(String.raw`(?<![A-Za-z])(?:was|is|turned|turns|now)\s+${WORD_AGE}(?![A-Za-z-])(?!\s+(?:per\s*cent|percent|minutes|mins|seconds|degrees|patients|people|days|hours|times|of\s+(?:us|them|the)|${NOT_AGE_UNITS})\b)`, "gi"),
];
const AGE_NUMBER_RE = /(?<![\d.])(?:9\d|1[01]\d|12[0-5])(?!\d)/;
// Speed: every match of a digit pattern holds a number from 90 to 125 a bounded distance after the match's start, so
// each pattern is tried only in that many units before such a number (context.ts nearMatcher), not at every position.
const AGE_NUMBER_ANCHOR = digitLedAnchor(/(?<![\d.])(?:9\d|1[01]\d|12[0-5])(?!\d)/g);
// Per pattern, in the order of AGE_PATTERNS: the longest lead-in before the number (its words at their longest, with
// single spaces and a margin). A lead-in written with runs of spaces longer than the margin is not matched.
const AGE_REACH: readonly number[] = [48, 44, 2, 48, 16, 12, 12, 18, 10, 20, 4, 2, 12, 4, 12, 2, 12];
const AGE_NEAR = AGE_PATTERNS.map((re, k) => nearMatcher(re, AGE_NUMBER_ANCHOR, AGE_REACH[k] ?? 64));
// "her hundredth birthday", "his ninety-fifth birthday": an ordinal in words before "birthday".
const WORD_ORDINAL_BIRTHDAY_RE =
  /(?<![A-Za-z])(?:ninetieth|ninety[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one\s+)?hundredth|hundred\s+and\s+(?:first|second|third|fourth|fifth))\s+birthday(?![A-Za-z])/gi;

// ID, by class:
// A label, then a code that repeats a short letter prefix before its digits ("Her BHT number BHT 24/8817", "the FCN
// (household) number is FCN 173-554-09", "card number is PoR 0417-229-8831", "A-number is A-219 884 307"): the v12
// label rules stopped at the letters. The label is found by its key word; the word before it must not be a phone, a bed
// or the writer's own registration.
const PREFIXED_CODE_RE =
  /\b(?:number|no\.|num|#|ID|card|registration|reg)\s{0,2}(?:is\s+|was\s+|of\s+)?[:#=,-]?\s{0,2}([A-Z][A-Za-z]{0,5}[ -]?\d{1,6}(?:[/.-]\d{1,8}){0,4}(?:\s\d{2,6}){0,3})(?![A-Za-z0-9]|[./-]\d)/g;
const NOT_ID_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:phone|mobile|cell|telephone|tel|contact|fax|pager|bleep|page|extension|ext|room|bed|bay|ward|version|serial|lot|batch|model|table|figure|step|question|station|exam|seat|flight|bus|route|house|flat|street|plot|GMC|NMC|HCPC|AHPRA|PMDC|NMCN|MDCN|KMPDC|PIN|roll|candidate|student|staff|employee|badge|course|module|unit\s+code|ISBN|DOI|PMID)\s*(?:\([^)]{0,20}\)\s*)?$/iu;
// More labels that only ever introduce a patient's record or insurance number: Australian URN/UR, US member and
// Medicaid IDs, CSN, HRN, UMRN, NHIA, DVA, IHI, and an ID after a health word.
// Speed: found by the upper-case key first; "ID" then needs one of the health words before it.
const EXTRA_LABEL_RE =
  /\b(?:URN|UMRN|MRD|HRN|CSN|NHIA|DVA|PMJAY|ABHA|ESIC|ID)\s{0,2}(?:number|no\.?|#)?\s{0,2}(?:is\s+|was\s+)?[:#=-]?\s{0,2}([A-Z]{0,4}[ -]?\d[\d/-]{2,14}\d(?:\s\d{2,6}){0,3})(?![A-Za-z0-9]|[./-]\d)/g;
const ID_HEALTH_WORD_BEFORE = /\b(?:member|Medicaid|Medicare|insurance|insurer|subscriber|beneficiary|enrol(?:l)?ee|health|hospital|clinic|patient|NHIF|NHIS|SHA|SHIF|Sehat|Ayushman)\s+$/i;
// A health card number with its version letters (Ontario "4532 281 776 TX").
const CARD_VERSION_RE = /(?<![A-Za-z0-9])(\d{4}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Z]{2})(?![A-Za-z0-9])/g;
const CARD_LABEL_BEFORE = /\b(?:health\s*card|OHIP|HCN|health\s+number|card)\b[^.\n]{0,24}$/i;
// An unlabelled long number (seven or more digits, or grouped digits with nine or more) in a sentence about a patient:
// no clean post in the development corpora has one, while wristbands, files and cards do. A phone, an address or a
// labelled ID found elsewhere wins (lower priority); money, references and trial numbers are left out.
const LONG_NUMBER_RE = /(?=\d)(?<![\p{L}\d.,/+£$€₹#@-])(?:\d{7,14}|\d{3,5}(?:[ -]\d{3,5}){2,3})(?![\p{L}\d]|[.,/-]\d)/gu;
const NOT_LONG_NUMBER_BEFORE =
  /(?:Rs\.?|PKR|INR|KSh|Ksh|KES|NGN|USD|GBP|ZAR|R|N|₦|naira|rupees|shillings|PMID|PMCID|ISBN|ISSN|DOI|ORCID|NCT|ISRCTN|grant|ref(?:erence)?|invoice|order|tracking|ticket|GMC|NMC|AHPRA|PMDC|page|pp?\.)\s*[:#]?\s*$/i;
const LONG_NUMBER_ANCHOR_RE =
  /\b(?:his|her|their|patient['’]s|baby['’]s|mother['’]s|child['’]s|wristband|band|armband|bracelet|file|folder|card|chart|sticker|label|notes|number|no\.?|ID|read|reads|showed|shows)\b/i;
const NOT_LONG_NUMBER_AFTER = /^\s*(?:mg|mcg|µg|g|kg|mL|ml|L|units|IU|copies|cells|people|patients|persons|residents|population|steps|words|views|likes|followers|km|miles|naira|rupees|shillings|dollars|pounds)\b/i;

// OTHER, by class:
// "the last surviving crew member of the Kyeema rescue", "the sole surviving founder of …": the last of a named group.
const LAST_OF_RE =
  /\b(?:last\s+(?:surviving|living|remaining)|sole\s+surviving|only\s+surviving|last)\s+(?:[\p{Ll}'’-]+\s){0,3}?(?:member|crew\s+member|veteran|survivor|founder|player|miner|pilot|soldier|child|resident|speaker|keeper|one|man|woman|nun|monk|elder|descendant|grandchild|signatory)s?\s+(?:of|from|on)\s+(?:the\s+)?[\p{Lu}][^.;:!?\n()]{0,80}/gu;
// A past notable job, tied to a named place or body: "a retired Carnatic veena teacher who taught at the Mysore palace
// school", "the former goalkeeper who played for Gor Mahia", "who used to sing with the Soweto Gospel Choir".
const FORMER_ROLE_RE =
  /\b(?:retired|former|ex-|one-time|onetime)\s?(?:[\p{L}'’-]+\s){0,4}?(?:who|whose|that)\s[^.;:!?\n()]{0,100}?[\p{Lu}][^.;:!?\n()]{0,80}/gu;
// A public feat tied to a named group or event: "she sang backup for the Supremes on their 1966 tour", "he'd won the
// Barnsley federation open the year he turned 80", "he captained Sialkot in the 1970s".
const FEAT_RE =
  /\b(?:he|she|who)(?:['’]d|\s+had|\s+once)?\s+(?:(?:sang|danced|acted|starred|performed|toured|boxed|played)\s+(?:[\p{Ll}'’-]+\s){0,2}?(?:for|with|in|at|alongside|on)|won|captained|represented)\s+(?:the\s+)?[\p{Lu}][^.;:!?\n()]{0,80}/gu;
const USED_TO_RE =
  /\b(?:he|she|who)\s+used\s+to\s+(?:teach|play|serve|work|sing|run|lead|coach|fly|drive|captain|represent|manage|dance|preach|perform|head|command|present|read\s+the\s+news)\s+(?:at|for|in|with|on|under)\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s){0,2}?[\p{Lu}][^.;:!?\n()]{0,60}/gu;
// FACILITY_ROOM, by class: a hospice or hospital named by its saint after at/in/to ("the garden room at St Cuthbert's",
// "admitted to St Luke's"), not a saint's day, church, school or street; a Kenyan county hospital named by its level
// ("Nakuru Level 5"); and a named place then a room number ("flown out to Meno Ya Win in Sioux Lookout, room 214").
const SAINT_PLACE_RE =
  /\b(?:at|in|to|into|from)\s(?:the\s)?(St\.?\s[A-Z][\p{L}-]{2,20}['’]s?)(?![\p{L}'’]|\s+(?:Day|Eve|Church|Cathedral|Chapel|Basilica|Parish|School|College|Primary|Secondary|Academy|Road|Street|Park|Square|Green|Well|Mount|Place|Lane|Avenue|Terrace|Gardens|Fair|Feast|University))/gu;
const LEVEL_HOSPITAL_RE = /\b[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?\sLevel\s[4-6](?:\s(?:Hospital|Referral\s+Hospital|Teaching\s+and\s+Referral\s+Hospital))?\b/g;
const NAMED_THEN_ROOM_RE =
  /\b(?:to|at|in|into)\s((?:the\s)?[A-Z][\p{L}'’-]*(?:\s(?:[A-Z][\p{L}'’-]*|of|de|da|do|ya|la|in)){0,5}),\s(?:room|rm|bed|bay|cot|cubicle|side\s+room|quarto|leito|cama|couch|hut|tent)\s\d{1,4}[A-Za-z]?\b/gu;
const ROOM_AFTER_COMMA_GATE_RE = /,\s(?:room|rm|bed|bay|cot|cubicle|side\s+room|quarto|leito|cama|couch|hut|tent)\s\d/;
const R_ROOM_V13 = "A named hospital, hospice or unit with the room tells colleagues exactly which patient this was.";
const S_ROOM_V13 = "Leave out the hospital and room: 'a hospice', 'a side room'.";

const CLAUSE_STOP_RE = /,\s(?:and|but|so|who|which|where|when|while|was|is|had|has|he|she|they|I|we)\b|\s(?:and|but|because|when|while|until|where)\s|,\s(?=[a-z])|\s(?:at|in|to)\s(?:his|her|their)\s(?:flat|house|home|room|bed)\b/u;
const R_OTHER = "A one-of-a-kind detail (the last of a group, a notable former job) singles out one person to anyone from that community.";
const S_OTHER = "Describe the role in general terms ('a retired teacher'), without the group or the place.";

function clauseCut(s: string): number {
  const m = CLAUSE_STOP_RE.exec(s);
  let e = m ? m.index : s.length;
  while (e > 0 && /[\s,]/.test(s[e - 1] ?? "")) e--;
  return e;
}

export function detectV13(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Speed: every digit pattern needs a number from 90 to 125 in the text.
  for (const nm of AGE_NUMBER_RE.test(text) ? AGE_NEAR : []) {
    eachMatchNear(nm, text, (m) => {
      const g = m[1] ?? "";
      const age = Number(g);
      if (!(age >= 90 && age <= 125)) return;
      // The age phrase when it starts with the number or the age words; the number alone otherwise.
      const whole = /^(?:\d|in\s|age\b)/i.test(m[0]);
      const start = whole ? m.index : m.index + m[0].lastIndexOf(g);
      out.push({ start, end: whole ? m.index + m[0].length : start + g.length, type: "AGE", reason: AGE_REASON(age), suggestion: AGE_SUGGESTION, priority: 55 });
    });
  }
  if (/ninety|hundred/i.test(text)) {
    for (const re of WORD_AGE_PATTERNS) {
      eachMatch(re, text, (m) => {
        const g = m[1] ?? "";
        const start = m.index + m[0].lastIndexOf(g);
        out.push({ start, end: start + g.length, type: "AGE", reason: AGE_REASON(wordAge(g)), suggestion: AGE_SUGGESTION, priority: 55 });
      });
    }
  }
  eachMatch(WORD_ORDINAL_BIRTHDAY_RE, text, (m) => {
    const age = /hundred/i.test(m[0]) ? 100 : 90;
    out.push({ start: m.index, end: m.index + m[0].length, type: "AGE", reason: AGE_REASON(age), suggestion: AGE_SUGGESTION, priority: 55 });
  });

  eachMatch(PREFIXED_CODE_RE, text, (m) => {
    const code = m[1] ?? "";
    if (!/^[A-Za-z]+[ -]?\d/.test(code) || digitsOf(code).length < 5) return;
    if (NOT_ID_LABEL_BEFORE.test(before(text, m.index, 40))) return;
    // "number" and "no." need a word (or a bracketed word) before them: "FCN (household) number", "BHT number".
    if (/^(?:number|no\.|num|#)/i.test(m[0]) && !/[\p{L}'’)-]\s*$/u.test(before(text, m.index, 2))) return;
    const start = m.index + m[0].lastIndexOf(code);
    out.push({ start, end: start + code.length, type: "ID", reason: "A record or card number, introduced by its label, identifies a patient to anyone with access to that system.", suggestion: ID_SUGGESTION, priority: 89 });
  });
  eachMatch(EXTRA_LABEL_RE, text, (m) => {
    if (m[0].startsWith("ID") && !ID_HEALTH_WORD_BEFORE.test(before(text, m.index, 16))) return;
    const code = m[1] ?? "";
    if (digitsOf(code).length < 4) return;
    const start = m.index + m[0].lastIndexOf(code);
    out.push({ start, end: start + code.length, type: "ID", reason: "A hospital, unit-record or insurance number identifies a patient to anyone with access to that system.", suggestion: ID_SUGGESTION, priority: 88 });
  });
  eachMatch(CARD_VERSION_RE, text, (m) => {
    if (!CARD_LABEL_BEFORE.test(before(text, m.index, 40))) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ID", reason: "A health card number with its version code identifies a patient directly.", suggestion: ID_SUGGESTION, priority: 90 });
  });
  eachMatch(LONG_NUMBER_RE, text, (m) => {
    const digits = digitsOf(m[0]);
    if (digits.length < 7 || (m[0].includes(" ") || m[0].includes("-") ? digits.length < 9 : false)) return;
    if (NOT_LONG_NUMBER_BEFORE.test(before(text, m.index, 16)) || NOT_LONG_NUMBER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return;
    // Next to a patient: a possessive or a record word shortly before it in the same clause ("his 4418220931", "the
    // wristband read …", "her file, 20417733"), not a number left on its own ("234567891 alone is nothing").
    const lead = before(text, m.index, 32).split(/[.;:!?\n]/).pop() ?? "";
    if (!LONG_NUMBER_ANCHOR_RE.test(lead)) return;
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      type: "ID",
      reason: "A long number beside a patient's story is most likely a record, card or file number.",
      suggestion: ID_SUGGESTION,
      priority: 40,
      soft: !patientInSentence(text, m.index, end),
    });
  });


  // A feat ("she sang for …", "he played for …") is soft: it singles a patient out only with the rest of the story, and
  // "she played with Lego" is no feat.
  // Lowest priority: a longer place the older rules found ("the Birch Court supported living house") wins.
  eachMatch(CARE_HOME_RE, text, (m) => {
    const b = CARE_HOME_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 110), m.index));
    const g = b?.[1] ?? "";
    if (g === "") return;
    const start = m.index - g.length;
    const end = m.index + m[0].length;
    out.push({ start, end, type: "LOCATION", reason: R_CARE_HOME, suggestion: S_CARE_HOME, priority: 40, soft: writerSentence(text, start, end) });
  });
  const place = (start: number, end: number, priority: number): void => {
    out.push({ start, end, type: "LOCATION", reason: R_STREET_HOME, suggestion: S_STREET_HOME, priority, soft: writerSentence(text, start, end) });
  };
  for (const re of [STREET_HOME_RE, OUT_PAST_RE, LIVES_BEHIND_RE]) {
    eachMatch(re, text, (m) => {
      const g = m[1] ?? "";
      const start = m.index + m[0].length - g.length;
      // A known city or country alone is not a small place ("lives out past Sydney" names a region).
      const caps = g.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w));
      if (re !== STREET_HOME_RE && caps.every((w) => PLACES.has(keyOf(w)))) return;
      place(start, start + g.length, 47);
    });
  }
  eachMatch(SECTOR_CODE_RE, text, (m) => place(m.index, m.index + m[0].length, 47));
  eachMatch(IN_ADDRESS_RE, text, (m) => {
    // Below the older address rules (50): where they found the address, their span stands; this fills the gap.
    out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", reason: R_ADDRESS_V13, suggestion: S_ADDRESS_V13, priority: 49 });
  });
  const name = (start: number, end: number, reason: string, priority: number): void => {
    out.push({ start, end, type: "NAME", reason, suggestion: S_NAME_V13, priority, soft: writerSentence(text, start, end) });
  };
  // A run of capitalised words is a name when no word of it is a title, a place on the lists, a facility or a calendar
  // word, and it has at most four words.
  const nameOk = (g: string): boolean => {
    const words = g.split(/\s+/);
    if (words.some((w) => NOT_NAME_WORD.test(w) || CALENDAR.has(keyOf(w)))) return false;
    return !words.every((w) => PLACES.has(keyOf(w)));
  };
  // Speed: found by the comma-set age first, then the name is read backwards from it in a bounded window.
  for (const re of [AGE_COMMA_RE, AGE_WHO_RE]) eachMatch(re, text, (m) => {
    const from = Math.max(0, m.index - 100);
    const r = NAME_RUN_END_RE.exec(text.slice(from, m.index));
    const g = r?.[1] ?? "";
    // (a kinship word used alone, "Ouma, who was 97", is no name: ANNOTATION.md)
    if (g === "" || !nameOk(g) || g.split(/\s+/).every((w) => KINSHIP_TITLES.has(keyOf(w)))) return;
    const start = m.index - g.length;
    name(start, m.index, R_NAME_V13, 44);
  });
  if (/[wsdhWSDH]\/[oO]\s/.test(text)) eachMatch(RELATIVE_OF_RE, text, (m) => {
    const first = m[1] ?? "";
    const second = m[2] ?? "";
    if (nameOk(first)) name(m.index, m.index + first.length, R_NAME_V13, 44);
    const at = m.index + m[0].length - second.length;
    if (nameOk(second)) name(at, at + second.length, R_NAME_V13, 44);
  });
  if (/\b(?:[Bb]aby|B\/[Oo])\s/.test(text)) eachMatch(BABY_OF_RE, text, (m) => {
    if (!/\sof\s|\//.test(m[0]) || !nameOk(m[1] ?? "")) return;
    name(m.index, m.index + m[0].length, R_NAME_V13, 46);
  });
  // A capitalised word before an age of 90+ said about it is a name ("Dolly turned 100 on Bonfire Night").
  eachMatch(AGE_AFTER_VERB_RE, text, (m) => {
    if (m.index === 0 || !/\s/.test(text[m.index - 1] ?? "")) return;
    const w = WORD_BEFORE_END_RE.exec(text.slice(Math.max(0, m.index - 25), m.index - 1));
    const g = w?.[1] ?? "";
    if (g === "" || !nameOk(g)) return;
    // v17: a measure is no one's name ("Pulse was 96,", "Glucose was 110"): a common English word counts only when it
    // is also a first name ("Dolly turned 100").
    if (isEnglishWord(g) && !FIRST_NAMES.has(keyOf(g))) return;
    name(m.index - 1 - g.length, m.index - 1, R_NAME_V13, 44);
  });
  eachMatchNear(NAME_AFTER_VERB_NEAR, text, (m) => {
    const g = m[1] ?? "";
    // Two words at least (a lone capitalised word after "saw" may be a place or a film), none a title or a place.
    if (!/\s/.test(g) || !nameOk(g)) return;
    const start = m.index + m[0].length - g.length;
    name(start, start + g.length, R_NAME_V13, 44);
  });
  for (const re of [CALL_ME_RE, ENDEARMENT_RE]) {
    eachMatch(re, text, (m) => {
      const g = m[1] ?? "";
      if (NOT_NAME_WORD.test(g.split(/\s/)[0] ?? "")) return;
      const start = m.index + m[0].indexOf(g, 1);
      name(start, start + g.length, R_NAME_CALLED, 46);
    });
  }
  eachMatch(INITIALS_CALLED_RE, text, (m) => {
    const g = (m[1] ?? "").trimEnd();
    const start = m.index + m[0].lastIndexOf(g);
    out.push({ start, end: start + g.length, type: "NAME", reason: R_NAME_CALLED, suggestion: S_NAME_V13, priority: 46 });
  });

  const other = (re: RegExp, alwaysSoft = false): void => {
    eachMatch(re, text, (m) => {
      const end = m.index + clauseCut(m[0]);
      if (end - m.index < 12) return;
      // The article before the description is part of it ("the last surviving …", "a retired …").
      const art = /(?:^|[^\p{L}])((?:the|a|an)\s)$/iu.exec(text.slice(Math.max(0, m.index - 5), m.index));
      const start = m.index - (art?.[1]?.length ?? 0);
      out.push({ start, end, type: "OTHER", reason: R_OTHER, suggestion: S_OTHER, priority: 62, soft: alwaysSoft || writerSentence(text, start, end) });
    });
  };
  other(LAST_OF_RE);
  other(FORMER_ROLE_RE);
  other(USED_TO_RE);
  other(FEAT_RE, true);
  return out;
}

// ADDRESS, by class: an Indian address written as it is on a letter, house number first and the PIN last, with
// cross-roads, mains, blocks and areas between ("No. 12, 3rd Cross, Jayalakshmipuram, Mysuru 570012", "#45, 2nd Main,
// Indiranagar, Bengaluru - 560038"). v12 needed a street word or a known city before the PIN.
const IN_ADDRESS_RE =
  /\b(?:(?:No\.?|#|Flat|H\.?\s?No\.?|Door\s+No\.?|Plot)\s?)?\d{1,4}[A-Z]?(?:[/-]\d{1,4}[A-Z]?)?,\s(?:[\p{L}\d][\p{L}\d'’.-]{0,30}(?:\s[\p{L}\d][\p{L}\d'’.-]{0,30}){0,3},\s){1,4}[A-Z][\p{L}-]{1,30}(?:\s[A-Z][\p{L}-]{1,30})?\s?[-–]?\s?[1-8]\d{2}\s?\d{3}(?![\d-])/gu;
const R_ADDRESS_V13 = "A street address lets anyone find the patient's home.";
const S_ADDRESS_V13 = "Leave the address out; write 'at home' or 'in the city'.";

// NAME, by class: a name known by how the writer meets the person, when no list knows it:
//  - a capitalised name with an age in apposition ("Colm Ó Flaithearta, 91, who", "Pa Danjuma Ishaya, ninety-seven,");
//  - a capitalised name after a verb of seeing or caring ("to see Rahima Khatun", "we visited Dulcie Ferguson");
//  - a name the patient asks to be called ("call me Qureshi sahib"), and a name addressed with an endearment in speech
//    ("“Win, love, nobody calls me …”");
//  - initials a writer chooses for the patient ("I'll call him L.T. from here").
const NAME_RUN = String.raw`[\p{Lu}][\p{L}'’-]{1,30}(?:\s(?:[\p{Lu}][\p{L}'’-]{0,30}|bin|binti|van|de|da|al|el|ul)){0,3}`;
// v17: any age, with its unit ("Éloïse Tremblay-Gagnon, six years old, came to the ED").
const AGE_COMMA_RE =
  /,\s(?:aged\s)?(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:-\w+)?|ninety[-\s]?\w*|eighty[-\s]?\w*|seventy[-\s]?\w*|a\s+hundred)(?:\s(?:years?|months?|weeks?|days?)(?:\s+old)?)?,\s/g;
// v17: and a relative clause that gives it ("House call to Máirtín Ó Conghaile, who is 91 and lives alone").
const AGE_WHO_RE = /,\s(?:who|that)\s(?:is|was|turned|had\s+turned|has\s+turned)\s(?:\d{1,3}|ninety[-\s]?\w*|a\s+hundred)(?=[\s,.;)])/g;
// v17: a name joined to a relative's by "wife of", "son of", "daughter of" written short ("Sunita w/o Hariram Bairwa"):
// both are the family's names.
const RELATIVE_OF_RE = new RegExp(String.raw`(${NAME_RUN})\s(?:[wsdhWSDH]\/[oO])\s(${NAME_RUN})`, "gu");
// v17: a newborn registered as "Baby of <mother>" is named by the whole phrase ("Baby of Naseem", "Baby of Fatima Ali").
const BABY_OF_RE = new RegExp(String.raw`\b(?:Baby|baby|B\/O|B\/o)\s(?:of\s)?(${NAME_RUN})`, "gu");
const NAME_RUN_END_RE = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME_RUN})$`, "u");

const NAME_AFTER_VERB_RE = new RegExp(
  String.raw`\b(?:to\s+see|went\s+to\s+see|visited|visiting|saw|met|admitted|examined|reviewed|assessed|clerked|treated|nursed|delivered|discharged|sat\s+with)\s(${NAME_RUN})`,
  "gu",
);
// Speed: found by the verb and the age, then the word before is read from a short window.
const AGE_AFTER_VERB_RE = new RegExp(String.raw`\b(?:turned|turns|celebrated|is|was)\s(?:(9\d|1[01]\d|12[0-5])(?!\d|\s*(?:%|percent|mg|kg|mmHg|bpm|(?:${NOT_AGE_UNITS})\b))|ninety(?!\s+(?:${NOT_AGE_UNITS})\b)|a\s+hundred(?!\s+(?:${NOT_AGE_UNITS})\b))`, "g");
const WORD_BEFORE_END_RE = /(?<![\p{L}'’-])([\p{Lu}][\p{Ll}'’-]{2,20})$/u;
// Speed: tried only a few units before a verb of care followed by a capital (context.ts nearMatcher).
const NAME_AFTER_VERB_NEAR = nearMatcher(
  NAME_AFTER_VERB_RE,
  /\b(?:see|visited|visiting|saw|met|admitted|examined|reviewed|assessed|clerked|treated|nursed|delivered|discharged|with)\s[\p{Lu}]/gu,
  12,
);
// (v24: not what patients call the writer: "patients still call me "Master ji ka beta"")
const CALL_ME_RE = /(?<!\b(?:patients|they|people|everyone|everybody|kids|children|students|staff|nurses|locals|villagers)\s+(?:still\s+|all\s+|now\s+|often\s+)?)\b(?:call\s+me|calls\s+herself|calls\s+himself|known\s+to\s+everyone\s+as|everyone\s+calls\s+(?:him|her))\s["“']?([\p{Lu}][\p{L}'’-]{1,20}(?:\s(?:sahib|sahab|saab|ji|bhai|amma|uncle|aunty|auntie|baba|mama|papa|dada|nana))?)/gu;
const ENDEARMENT_RE = /["“]([\p{Lu}][\p{Ll}'’-]{1,15}),\s(?:love|dear|pet|darling|hen|duck|sweetheart|my\s+dear|my\s+love|beta|bete|mwanangu|ngwana)\b/gu;
const INITIALS_CALLED_RE = /\b(?:call|calling|called|refer\s+to)\s+(?:him|her)\s+(?:as\s+)?((?:[A-Z]\.\s?){2,3})/g;
const NOT_NAME_WORD =
  /^(?:Mine|Yours|Hers|Theirs|Ours|Mr|Mrs|Ms|Miss|Dr|Prof|Sister|Nurse|Matron|He|She|They|We|I|The|A|An|It|His|Her|My|Our|Their|This|That|Then|But|And|So|On|In|At|After|Before|When|While|Today|Ward|Hospital|Clinic|Unit|ICU|HDU|ED|OPD|Bed|Bay|Room|Theatre|Resus|Casualty|Emergency|Patient|Baby|Mum|Dad|Mom|Grandma|Grandpa|Gran|Granny|Grandad|Granddad|Nan|Nana|Nanna|Nani|Dadi|Papa|Mama|Pop|Poppy|God|Allah|Jesus|Father|Mother|Brother|Saint|St|Mount|Lake|River|Cape|Port|Fort|New|North|South|East|West|Upper|Lower|Central|Greater|Royal|General|University|College|School|Church|Mosque|Temple|Abu|Umm|Um|Abou|Oum|Baba|Haji|Hajia|Alhaji|Mzee|Aunty|Auntie|Uncle|Tanti|Nea|Signor|Signora|Señor|Señora|Don|Doña)$/;
const R_NAME_V13 = "A full name identifies the person outright.";
const S_NAME_V13 = "Use a role instead ('the patient', 'an older woman').";
const R_NAME_CALLED = R_CALLED;

// NAME: honorific and kinship words written after the name in South Asia and elsewhere ("Savitri amma", "Pradeep uncle",
// "Qureshi sahib", "Kunjiraman ashan", "Rao garu") are inside the name span, like a title before it; and "little"/"baby"
// before a child's name ("little Abdullahi").
const NAME_SUFFIX_RE =
  /^\s(?:amma|ammachi|uncle|aunty|auntie|[Uu]ncle|[Aa]unty|[Aa]untie|sahib|sahab|saab|ji|bhai|bhaiya|didi|chacha|chachi|baba|tai|bai|ashan|anna|akka|appa|paati|thatha|begum|bibi|dada|dadi|nani|kaka|kaki|bhabhi|garu|mami|mama|bey|hanim|effendi|por|poh)(?![\p{L}])/u;
// v17: and the Vietnamese words of respect written before a name ("bà Lan", "ông Hùng").
const NAME_PREFIX_RE = /(?:^|\s)((?:little|baby|wee|bà|ông|cụ|bác)\s)$/;

// LOCATION: a care home or retirement village named like a house or garden ("my wing of Banksia Gardens in Mount
// Barker", "residents at Kowhai Court"), after a word for residents, a wing or a move.
// Speed: found by the house-like word (upper case, so the scan skips ahead), then the name and the word for residents,
// a wing or a move are read back from a short window.
const CARE_HOME_RE = /\s(?:Gardens|Lodge|Court|Manor|Grange|House|Villa|Villas|Place|View|Views|Heights|Haven|Rise|Hall|Village|Retreat|Residence|Terrace)\b/g;
const CARE_HOME_BEFORE_RE =
  /\b(?:residents?|wing|unit|aged[-\s]care|care\s+home|nursing\s+home|rest\s+home|facility|hostel|lives|living|admitted|moved|discharged|transferred|returned|went\s+back)\b[^.!?\n]{0,20}?\b(?:at|of|in|to|from)\s((?:the\s)?[A-Z][\p{L}'’-]{1,30}(?:\s[A-Z][\p{L}'’-]{1,30})?)$/u;
const R_CARE_HOME = "A named care home narrows the story to a few dozen residents.";
const S_CARE_HOME = "Write 'a care home' instead of its name.";

// LOCATION: where someone lives told by a street with no number ("lives on Mill Lane in …"), by "out past" a town ("farms
// out past Kilcoy"), by the landmark the house is behind ("lives behind the mosque in Gwale"), and an Islamabad-style
// sector code ("Sector G-9/4"). A street, a sector or a landmark in a small town narrows the story to a few houses.
const STREET_HOME_RE =
  /\b(?:lives?|living|lived|stays?|staying|stayed|moved|home|house|flat)\s(?:[\p{Ll}]+\s){0,2}?(?:on|in|off|at)\s((?:[\p{Lu}][\p{L}'’-]{1,25}\s){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Crescent|Drive|Way|Terrace|Grove|Row|Walk|Parade|Boulevard|Highway))\b/gu;
const OUT_PAST_RE =
  /\b(?:lives?|living|farms?|farming|stays?|property|place|block|station|home|house)\s(?:[\p{Ll}]+\s){0,2}?((?:out|up|down|way\s+out)\s(?:past|beyond|behind|towards?|near)\s[\p{Lu}][\p{L}'’-]{1,25}(?:\s[\p{Lu}][\p{L}'’-]{1,25})?)/gu;
const LIVES_BEHIND_RE =
  /\b(?:lives?|living|lived|stays?|staying|home\s+is|house\s+is)\s((?:just\s)?(?:behind|near|next\s+to|opposite|beside|across\s+from)\s(?:the|a)\s(?:[\p{Ll}'’-]{1,20}\s){0,2}?[\p{Ll}'’-]{2,20}\s(?:in|at|of|on)\s[\p{Lu}][\p{L}'’-]{1,25}(?:\s[\p{Lu}][\p{L}'’-]{1,25})?)/gu;
const SECTOR_CODE_RE = /\b(?:Sector|Phase)\s[A-Z]{1,2}-?\d{1,2}(?:\/\d{1,2})?(?![\w/-])/g;
const R_STREET_HOME = "Where someone lives, told by a street, a landmark or a sector, narrows the story to a few houses.";
const S_STREET_HOME = "Write 'a street in the town' or leave it out.";

// ---- Joining pieces of one place phrase (after overlaps are resolved) ----

const ABSORBABLE = new Set<FindingType>(["FACILITY_ROOM", "LOCATION", "NAME", "ADDRESS", "OTHER"]);
const ROOMISH = new Set<FindingType>(["FACILITY_ROOM", "LOCATION"]);
// What may stand between two pieces of one room phrase: a comma, "of/at/in the", and up to four lower-case words that
// name a unit ("bed 3 of the eclampsia room, Nishtar Hospital", "Murambinda Mission Hospital maternity waiting home,
// hut 3", "Wamba Mission Hospital, delivery couch 2"). Not a verb or a conjunction: "Ward 3 and then Ward 5" are two.
const ROOM_JOIN_RE =
  /^(?:,\s|\s)(?:(?:of|at|in|on)\s)?(?:the\s)?(?:(?!(?:and|or|to|from|then|was|were|is|before|after|until|but|when|where|with|for|she|he|they|we|I)\b)[\p{Ll}'’-]+(?:,\s|\s)){0,4}$|^,\s$|^\s(?:of|at|in)\s(?:the\s)?$|^\s(?:of|at|in|on|da|do|de)\s(?:the\s)?(?:[\p{L}\d'’-]{1,20}\s){0,4}(?:unit|ward|wing|floor|block|department|UTI|ICU|CTI|enfermaria)\s(?:at|of|in|da|do|de)\s(?:the\s)?$/u;
// The bed or corner described after a room: "Ward 23, bay 4, the bed by the window".
const BED_TAIL_RE =
  /^,\s(?:the\s)?(?:bed|cot|cubicle|corner|side\s+room|trolley|chair|one|incubator)\s(?:by|near|next\s+to|opposite|nearest|closest\s+to|beside|under|facing|behind)\s(?:the\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+)?(?=[\s.,;:!?)]|$)/u;
// A unit named before "at/of" a room finding that has a hospital in it: "the CCU at Toowoomba Hospital, bed 9", "the
// resus bay of …", "the garden room at St Cuthbert's".
const UNIT_BEFORE_RE =
  /(?:^|\s)((?:the\s)?(?:(?!(?:to|at|in|of|on|from|into|and|the|over|him|her|them)\s)[\p{Ll}-]+\s){0,2}?(?:ward|unit|bay|room|theatre|suite|wing|ICU|CCU|HDU|MICU|SICU|NICU|PICU|SCBU|resus|casualty|maternity|side\s+room|isolation|sala\s+[\p{Ll}]+|OPD|A&E)\s(?:at|of|in)\s(?:the\s)?)$/u;
// A town after a facility or a small place pins it down: "the State Veterans Home in Fergus Falls", "Mohalla …, Sahiwal".
const TOWN_AFTER_RE = /^(?:,\s|\sin\s)([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,2})(?=\s*(?:[.;:!?)\n]|,|$)|\s(?:with|and|for|where|who|since|after|before|last|next|on|in)\b)/u;
const NOT_TOWN_WORD =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse|He|She|They|We|I|The|It|His|Her|Hers|My|Our|Their|This|That|Then|But|And|So|On|In|At|After|Before|When|While|Today|Yesterday|Tomorrow|Bed|Ward|Bay|Room|Cot|Hospital|Clinic|Unit|ICU|HDU|CCU|ED|OPD)$/;
// A facility placed by its street: "the International Family Clinic on Colfax".
const STREET_AFTER_RE = /^\s(?:on|off)\s(?:the\s)?[A-Z][\p{L}'’-]+(?:\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Highway|Way|Close|Crescent))?(?=[\s.,;:!?)]|$)/u;
// A one-of-a-kind detail held for a length of time: "the imam of the village masjid for sixty years".
const TENURE_TAIL_RE =
  /^\s(?:[\p{Ll}'’-]+\s){0,3}?for\s(?:over\s|nearly\s|almost\s|more\s+than\s|some\s)?(?:\d{1,2}|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|several|many)\s(?:[\p{Ll}-]+\s)?(?:years|decades)(?=[\s.,;:!?)]|$)/u;

// LOCATION, by class: a home told by what it looks like and what is next to it, with no street address ("the rondavel
// with the blue door behind the trading store at the … turn-off", "the blue trailer past the Dollar General on County
// Road 14", "the old bank house on the main street of …", "Kampung …, the house with the blue roof next to the surau").
// A neighbour would find it. Only after in/at/to/from (where someone lives or was visited), only when a capitalised name
// pins it, and soft in a sentence about the writer's own life.
const DWELL =
  "(?:house|home|flat|flats|apartment|trailer|caravan|rondavel|hut|shack|manyatta|boma|compound|cottage|bungalow|farmhouse|cabin|homestead|char|mohalla|hamlet|line\\s+rooms?|tenement|chawl|quarters|farm|one|top|end|cluster\\s+of\\s+houses|houses|hollow|holler|creek|valley|ridge|station|paddock|estate|camp|settlement|village|lines|shacks|huts)";
const DESC_PREP =
  "(?:with|behind|past|by|next\\s+to|on|opposite|above|below|beside|near|at|of|in|up\\s+past|down\\s+from|across\\s+from|off|beyond|before|after)";
const HOME_DESC_RE = new RegExp(
  String.raw`\b(?:in|at|to|from|into|outside|visited|visit|reached|found)\s((?:the|a)\s(?:(?!(?:and|or|to|from|with|of|in|on|at|hospital|ward|clinic|unit|department)\s)[\p{Ll}'’-]{1,20}\s){0,3}?${DWELL}\s${DESC_PREP}\s)`,
  "gu",
);
// Speed: tried only within 80 units before "<dwelling> <preposition> " (context.ts nearMatcher): the match runs from
// in/at/to… (at most 8) over "the " and up to three words of at most 20 letters each, so it starts at most 75 before it.
const HOME_DESC_NEAR = nearMatcher(HOME_DESC_RE, new RegExp(String.raw`\s${DWELL}\s${DESC_PREP}\s`, "gu"), 80);
const APPOSED_DESC_RE = new RegExp(String.raw`^,\s(?:the|a)\s(?:(?!(?:and|or|to|from|with|of|in|on|at)\s)[\p{Ll}'’-]+\s){0,3}?${DWELL}\s${DESC_PREP}\s`, "u");
// Where such a description ends: a sentence or bracket, a conjunction or a new clause, "with" that is not "with the"
// ("with a retained placenta"), "to"/"for" + a verb ("to see …"), "on" + a time ("on the first morning of …").
const DESC_STOP_RE =
  /[.;:!?\n()"“”[\]]|\s(?:and|but)\s(?!the\s)|\swith\s(?!the\s)|\s(?:who|which|where|when|while|because|after|until|since|so|for)\s|\sto\s(?!the\s)|,\s(?:and|but|so|who|which|where|when|while|was|is|had|has|he|she|they|I|we|her|his|their|\d)|\s(?:on|in|at)\s(?=(?:the\s)?(?:first|last|second|next|same|morning|night|evening|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|\sby\s(?=(?:car|boat|bus|foot|ambulance|okada|boda|two|three|four|his|her|their|\d))|\s(?:(?:last|this|next)\s+(?:week|month|year|night|time|summer|winter|spring|autumn)|yesterday|today|tonight|every|since|ago)\b/u;
const FACILITY_WORD = /^(?:Ward|Hospital|Clinic|Unit|ICU|HDU|ED|A&E|Resus|Theatre|Department|OPD|Dr|Mr|Mrs|Ms|Prof|Sister|Nurse)$/;
const R_HOME = "A home described by what it looks like and what is next to it lets neighbours and local staff find the patient.";
const S_HOME = "Write 'a house in a rural area' instead of the description.";

// "in", "of", "on" and "at" alone place a home in a region or on a street ("a farm in the Brecon Beacons", "the place on
// Halsted Street"): too little to find it by. A landmark preposition, or a described street of a named town ("the old
// bank house on the main street of …"), is needed.
const STRONG_DESC_RE =
  /\s(?:with|behind|past|by|next\s+to|opposite|above|below|beside|near|up\s+past|down\s+from|across\s+from|off|beyond|before)\s|\s(?:on|at)\s+the\s+(?:[\p{Ll}'’-]+\s){0,2}(?:street|road|lane|track|corner|square|end|edge|top|bottom)\s+(?:of|in|out\s+of)\s+[\p{Lu}]/u;

const DWELL_END_RE = new RegExp(String.raw`\s${DWELL}$`, "u");
const DWELL_RUN_ON_RE = new RegExp(String.raw`^\s${DESC_PREP}\s(?:the|a|an)\s`, "u");

const PLATFORM_BEFORE_RE = /(?:^|\s)((?:TikTok|Instagram|Insta|IG|Twitter|X|Facebook|FB|Snapchat|Snap|YouTube|Threads|Telegram|Bluesky)\s(?:handle\s|account\s|page\s)?)$/;
const RELATIVE_OF_BEFORE_RE =
  /(?:^|\s)((?:the\s)?(?:daughter|son|wife|husband|widow|widower|mother|father|brother|sister|grandson|granddaughter|grandchild|niece|nephew)\s+of\s)$/;
const UNIT_ACRONYM_BEFORE_RE = /(?:^|[\s(])((?:MICU|SICU|CCU|CICU|CTICU|ICU|ITU|HDU|NICU|PICU|SCBU|AMU|MAU|EAU|CDU|SAU|Resus)\s)$/;
const UNIT_TAIL_RE =
  /^\s(?:da|do|de|of\s+the|in\s+the|on\s+the)\s(?:[\p{L}-]{1,20}\s){0,2}?(?:UTI|CTI|ICU|HDU|enfermaria|ward|unit|wing|maternidade|pediatria)(?:\s(?:adulto|pediátrica|neonatal|geral))?(?![\p{L}])/u;

// ---- v19: a small place and the phrase around it ----
// Words for a home or a part of a settlement, in English and as writers bring them from other languages ("the Meghwal
// dhani", "the smallholding above the chapel", "the homeland at Gan Gan", "the old quarter of Misfat").
const HOME_HEAD =
  "(?:house|home|homes|hut|huts|shack|shacks|cottage|cabin|bungalow|farmhouse|farm|smallholding|croft|ranch|homestead|homeland|outstation|compound|yard|plot|quarter|quarters|lanes?|lines|line\\s+rooms?|community|settlement|hamlet|village|camp|dhani|basti|goth|tanda|dera|mohalla|para|kampung|barrio|favela|comunidad|aldea|aldeia|douar|ksar|ruka|fale|whare|kraal|manyatta|boma|shamba|longhouse|stilt\\s+house|tent|shelter)";
// A place's own head word after its name ("the Khazana sugar mill gate", "Warmun community", "the Adré transit site"):
// up to two lower-case words before it, none a function word or a verb's helper.
const PLACE_HEAD =
  "(?:community|village|settlement|camp|transit\\s+site|site|colony|estate|compound|gate|mill|mosque|masjid|church|chapel|temple|kovil|shrine|imambargah|gurdwara|pagoda|surau|market|souk|bazaar|junction|turnoff|turn-off|crossing|jetty|wharf|landing|bridge|borehole|well|store|shop|station|rank|lines|quarter|lane|track|farm|ranch|homestead|dhani|basti|goth|tanda|dera|mohalla|para|kampung|barrio|township|reserve|outstation|mission|airstrip|plantation|factory|depot|tank|lagoon|pier|harbour|harbor)";
const HEAD_AFTER_RE = new RegExp(
  String.raw`^\s(?:(?!(?:and|or|to|from|was|were|is|are|in|on|at|with|for|the|a|an|by|had|has|have|who|which|that|where|when|but|so|of|he|she|they|we|his|her|their|last|this|next|every|each)\s)[\p{Ll}-]{2,20}\s){0,2}${PLACE_HEAD}(?![\p{L}\d'’-])`,
  "u",
);
// A direction from a named town after a comma ("the ranch out past the turnoff, north of Jordan").
const DIRECTION_TAIL_RE =
  /^,\s(?:(?:just|about|some|a\s+few|an?|one|two|three|four|five|ten|twenty|\d{1,3})\s(?:[\p{Ll}]+\s)?)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|upriver|downriver|upstream|downstream|inland)\s(?:of|from)\s(?:the\s)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?/u;
// A home told before the place it is by ("the smallholding above ⟦the chapel in Llangeitho⟧", "the outstation past the
// airstrip at ⟦Umbakumba⟧", "the fishing lanes behind ⟦the Machar Colony mosque⟧"), read back from the place.
const BACK_PREP = "(?:above|below|behind|beside|beyond|near|past|opposite|outside|next\\s+to|across\\s+from|up\\s+from|down\\s+from|by|off|after|before)";
// (the words before the head describe it: not a preposition, an article or a possessive — "a week at his whare in …")
const HOME_WORD = "(?!(?:at|in|on|of|to|from|with|for|by|his|her|their|my|our|the|a|an|and|or|was|were|is|are|had|has)\\s)[\\p{Ll}'’-]+";
const HOME_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}'’-])((?:the|a|an|his|her|their)\s(?:${HOME_WORD}\s){0,3}?${HOME_HEAD}\s(?:(?:${BACK_PREP}|at|in|of|on)\s(?:the|a)\s(?:${HOME_WORD}\s){0,3}?)?(?:${BACK_PREP}|at|in|of|on)\s)$`,
  "u",
);
// Words for a settlement or an administrative unit written before its name, lower case ("douar Tighdouine", "xã Tân Phú",
// "umudugudu wa Kabaya", "sitio Cagbolo", "chak 212"): inside the place.
// (v36: and a settlement word of its own language with "of", "the ejido of San Martín Tzajalhucum"; "the village of Kotli"
// says no more than "Kotli", below)
const UNIT_WORD_BEFORE_RE =
  /(?:^|[^\p{L}])((?:douar|xã|xa|huy[eệ]n|th[oô]n|ph[uư][oờ]ng|phum|ban|kampung|kg\.|sitio|purok|barangay|umudugudu(?:\s+wa)?|akagari(?:\s+ka)?|chak|goth|tanda|dhani|basti|mohalla|aldeia|aldea|comunidad|colonia|barrio|vereda|caserío|kebele|woreda|kelurahan|desa|dusun|mukim|moshav|kibbutz|ejido|rancho|pueblo|village|hamlet)\s|(?:the\s|an?\s)?(?:ejido|aldea|aldeia|vereda|comunidad|colonia|barrio|douar|kebele|woreda|caserío|pueblo|rancho|barangay|sitio|purok|kampung|mohalla|basti|dhani|goth|chak)\sof\s)$/u;
// A numbered part of a settlement after it ("Barrio Mugica, manzana 104", "Bakassi camp, Block F, tent 112") or before it
// ("Extension 4, Orange Farm").
const SUB_UNIT = "(?:manzana|block|sector|zone|phase|extension|ext\\.?|line|plot|stand|tent|shelter|container|hut|lot|erf|section|gali|lane|house|casa|lote)";
const SUB_UNIT_AFTER_RE = new RegExp(String.raw`^,\s${SUB_UNIT}\s(?:no\.?\s)?[A-Z]?\d{1,4}[A-Z]?(?:[-/]\d{1,4})?(?![\p{L}\d])`, "iu");
const SUB_UNIT_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(${SUB_UNIT}\s(?:[A-Z]?\d{1,4}[A-Z]?|[A-Z])(?:-\d{1,4})?(?:\sof|,)\s(?:the\s)?)$`, "iu");
// Where a joined name may stand beside a place: right after it ("at Umbakumba on Groote Eylandt", "Gidan Dabo, Dawakin
// Tofa"), or right before it with a particle ("São Sebastião do Tumbira", "Misfat al-Abriyeen").
const NAME_AFTER_GAP_RE = /^(?:,\s|\s(?:on|in|do|da|de|dos|das|del|di|wa|ya|al|el)\s|\s)/u;
const NAME_BEFORE_GAP_RE = /(?:\s(?:do|da|de|dos|das|del|di|wa|ya)\s|\s|-)$/u;
const CLAUSE_AFTER_NAME_RE = /^(?:\s*(?:[.;:!?)\n]|,|$)|\s(?:with|and|for|where|who|since|after|before|last|next|on|in|to|by|near|which|was|is|had)\b)/u;
// An unnamed landmark set off by a comma with a word before its preposition ("Ombeyi, just past the rice scheme", "Gan
// Gan, two houses past the airstrip windsock"): the writer adds it to say where the home is (as landmarks.ts keeps it).
const MEASURED_LANDMARK_RE =
  /^,\s(?:just|right|only|a\s+little|a\s+mile|half\s+a\s+mile|(?:one|two|three|four|five|a\s+few|\d{1,2})\s(?:houses?|doors?|plots?|compounds?|bends?|miles?|km|kilometres?|kilometers?|minutes?|hours?))\s(?:past|beyond|behind|before|after|above|below|beside|near|by|off|opposite|up\s+from|down\s+from)\s(?:the|a)\s/u;
// Codes of a camp or settlement, to find them again where the post repeats them alone ("block C7", "shelter 112", "E-4").
const CAMP_CODE_RE = /\b(?:[Bb]lock|[Ss]helter|[Tt]ent|[Cc]ontainer|[Ll]ine|[Mm]anzana|[Ss]ector|[Zz]one|[Pp]hase|[Pp]lot|[Hh]ut|[Ee]xtension)\s((?:[A-Z]?\d{1,4}[A-Z]?(?:-\d{1,4})?|[A-Z]-\d{1,4}))(?![\p{L}\d])/gu;
// A place that ends on a unit word before its code ("Block" + " C7"), and a place named after a code ("Block C7" + " of the
// Adré transit site", "line 4" + " of the Lakkatoorah tea estate").
const UNIT_END_RE = /(?:^|\s)(?:Block|Sector|Zone|Camp|Line|Phase|Extension|Section|Shelter|Tent|Manzana)$/;
const CODE_AFTER_RE = /^\s(?:[A-Z]?\d{1,4}[A-Z]?|[A-Z])(?:-\d{1,4})?(?![\p{L}\d])/u;
const NAMED_PART_OF_RE = new RegExp(
  String.raw`^\s(?:of|in|at)\s(?:the\s)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2}(?:\s[\p{Ll}-]{2,20}){0,2}\s${PLACE_HEAD}(?![\p{L}\d'’-])`,
  "u",
);
const R_PLACE_V19 = "Where someone lives, told by the small place and what is around it, lets neighbours and local staff find them.";
const S_PLACE_V19 = "Write 'a village in the district' or 'a rural area' instead.";

const TRAILING_TIME_RE = /\s(?:(?:last|this|next)\s+(?:week|month|year|night|summer|winter|spring|autumn)|yesterday|today|tonight)$/;

function descEnd(text: string, from: number): number {
  const window = text.slice(from, from + 170);
  const m = DESC_STOP_RE.exec(window);
  let end = from + (m ? m.index : Math.max(0, window.lastIndexOf(" ")));
  while (end > from && /[\s,]/.test(text[end - 1] ?? "")) end--;
  return end;
}
/** A capitalised word that is not a facility, title or calendar word, after the description's first word. */
function namesSomething(phrase: string): boolean {
  const words = phrase.split(/\s+/).slice(1);
  return words.some((w) => /^[\p{Lu}]/u.test(w) && !FACILITY_WORD.test(w) && !CALENDAR.has(keyOf(w)));
}

// DATE, by class: a day told by a festival or public event ("the Saturday of the Festa Junina", "the Tuesday after the
// Durbar", "the night before Eid"): those who were there can date it. Not "the day after …", which v12 left to be read
// as a festival name alone ("the day after Umhlanga").
const FESTIVAL_DAY_RE =
  /\bthe\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|evening|eve|weekend)\s(?:of|after|before|following)\s(?:the\s)?[\p{Lu}][\p{L}'’-]{0,30}(?:\s(?:[\p{Lu}][\p{L}'’-]{0,30}|el-[\p{L}]{1,20}|ul|al|v|vs\.?|and|&)){0,4}(?:\s(?:derby|match|final|game|festival|fair|show|parade|mela|urs|marathon|race|carnival|concert|durbar|regatta|rally))?/gu;
// A festival named with "day"/"night" after "on", with no list of festivals: "on Thiruvonam day", "on Dhanteras night".
const NAMED_DAY_RE = /\bon\s((?:[\p{Lu}][\p{L}'’-]{2,30}\s){1,2}(?:day|night|eve)\b)/gu;
const R_DATE = "A day named by a festival or public event lets people who were there line it up with the story.";
const S_DATE = "Write 'during the festival season' or leave the day out.";

// OTHER: a one-of-a-kind detail that runs on into who the person is ("the queen mother of …, the one who opened the
// waterfall road"), and the person it describes before it ("the woman who ran the only bukka at …").
const ONE_WHO_TAIL_RE = /^,\s(?:the|and\s+the)\s(?:one|man|woman|lady|person)\s(?:who|that|whose|the|they|everyone|we|people)\s[^.;:!?\n()]{0,90}/u;
const PERSON_WHO_BEFORE_RE = /(?:^|\s)((?:the|a)\s(?:man|woman|lady|one|person|fellow|gentleman|old\s+man|old\s+woman)\s(?:who|that)\s(?:[\p{Ll}'’-]+\s){1,2})$/u;

// NAME: a full name that is a public figure quoted or cited ("Kwame Nkrumah said …", "Steve Biko wrote …", "Bob Marley
// sang …", "Someone said Wasim Akram played with diabetes"), a title and surname doing a surgeon's work ("Mr Whitfield
// will be in theatre"), and a role-player's name in a simulation ("The actor playing "Mr Green"") are not patients:
// soft, so they are reported only beside a finding that is not soft.
// v26: what a public figure published, whoever else the sentence is about ("they talked about Angelina Jolie's op-ed").
// (v27: and an artist's work, "her favourite Slim Dusty song", or a death remembered from the writer's youth, "Robin Williams
// died when I was in college")
const PUBLISHED_AFTER_RE =
  /^['’]s\s+(?:(?:famous|viral|recent|widely\s+read|\d{4})\s+)?(?:op-?ed|essay|memoir|column|TED\s+talk|podcast|documentary|Reith\s+lectures?)\b|^\s(?:song|songs|album|albums|track|record|records|tune|tunes|ballad|film|films|movie|movies|novel|novels|concert)\b|^\sdied\s+when\s+I\s+was\s+(?:in|at|a|an|still|about|only|\d)/;
// v28: a band or singer on a playlist or a speaker ("a playlist that was mostly Fleetwood Mac", "songs by Lucky Dube")
const MUSIC_BEFORE_RE = /\b(?:playlist|soundtrack|mixtape)\s+(?:of|that\s+was|which\s+was)\s+(?:mostly\s+|all\s+|just\s+|some\s+|old\s+)?$|\b(?:listening\s+to|listened\s+to|songs?\s+by|music\s+by|album\s+by|a\s+band\s+called)\s+$/i;
const QUOTED_FIGURE_AFTER_RE = /^\s(?:once\s|famously\s|himself\s|herself\s)?(?:said|says|wrote|writes|sang|sings|put\s+it|argued|observed|remarked|declared|tweeted|preached|taught\s+us|reminds\s+us|played\s+(?:with|through|on)|famously)\b/;
const SAID_BEFORE_RE = /\b(?:said|says|like|as|quote|quoting|remember|recall)\s$/;
const SURGEON_AFTER_RE = /^\s(?:will\s+be|is|was|was\s+still|had\s+been)\s+(?:in\s+theatre|in\s+theatres|operating|scrubbed|on\s+call|in\s+clinic|on\s+leave|on\s+the\s+rota|teaching|away|doing\s+(?:his|her)\s+list)\b/;
const ROLE_PLAY_BEFORE_RE = /\b(?:actor|actress|simulated\s+patient|standardi[sz]ed\s+patient|SP|role-?player|manikin|mannequin)\s+(?:playing|called|named|as|who\s+played)\s+["“']?$/;
// A name-shaped word inside the title of a programme, guideline or campaign ("the 100 Million Healthy Lives campaign",
// "the 2010 Philippine clinical practice guidelines") names no one.
const PROGRAMME_AFTER_RE =
  /^(?:\s[\p{L}'’-]+){0,3}\s(?:campaign|programme|program|initiative|scheme|project|strategy|policy|Act|Bill|guidelines?|trial|survey|fund|foundation|award|prize|lecture|memorial)\b/u;
const FULL_NAME_REASON = "A full name identifies the person outright.";
const TITLE_NAME_REASON = "A title and surname name the patient or relative outright.";

export function softenPublicNames(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.type !== "NAME" || c.soft === true) continue;
    const after = text.slice(c.end, c.end + 40);
    const bef = text.slice(Math.max(0, c.start - 40), c.start);
    if (c.reason === FULL_NAME_REASON && (PUBLISHED_AFTER_RE.test(after) || MUSIC_BEFORE_RE.test(bef))) c.soft = true;
    else if (c.reason === FULL_NAME_REASON && (QUOTED_FIGURE_AFTER_RE.test(after) || SAID_BEFORE_RE.test(bef)) && !patientInSentence(text, c.start, c.end)) c.soft = true;
    else if (c.reason === TITLE_NAME_REASON && SURGEON_AFTER_RE.test(after)) c.soft = true;
    else if (ROLE_PLAY_BEFORE_RE.test(bef)) c.soft = true;
    else if (PROGRAMME_AFTER_RE.test(after) && !patientInSentence(text, c.start, c.end)) c.soft = true;
  }
}

const ROOM_NUMBER_RE = /\b(?:bed|bay|room|rm|cot|cubicle|hut|couch|tent|barrack|leito|quarto|cama|ward|side\s+room|chair|trolley|incubator)\s?(?:no\.?\s?)?[A-Z]?\d/i;

function isRoomish(c: Candidate): boolean {
  return ROOMISH.has(c.type);
}

/**
 * The kept findings with a per-character owner map, so that growing one finding over its neighbours costs the length of
 * the growth, not the number of findings (a long post full of names stays linear).
 */
class Board {
  readonly items: Candidate[];
  readonly dead: boolean[] = [];
  readonly owner: Int32Array;
  constructor(length: number, kept: Candidate[]) {
    this.items = kept;
    this.owner = new Int32Array(length).fill(-1);
    kept.forEach((c, i) => {
      this.dead.push(false);
      this.owner.fill(i, c.start, c.end);
    });
  }
  add(c: Candidate): number {
    this.items.push(c);
    this.dead.push(false);
    return this.items.length - 1;
  }
  alive(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.items.length; i++) if (!this.dead[i]) out.push(i);
    return out.sort((x, y) => (this.items[x] as Candidate).start - (this.items[y] as Candidate).start);
  }
  /** Whether any kept finding covers a character of [start, end). */
  taken(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if ((this.owner[k] ?? -1) >= 0) return true;
    return false;
  }
  /** Cuts item i back to end at `end` (a time phrase the older clause rule ran on into). */
  shrinkEnd(i: number, end: number): void {
    const c = this.items[i] as Candidate;
    if (end <= c.start || end >= c.end) return;
    this.owner.fill(-1, end, c.end);
    c.end = end;
  }
  /**
   * Grows item i to [start, end) (a superset of where it is) if every other finding in the new range can be absorbed (a
   * name, place, room, address or one-of-a-kind detail) and lies wholly inside it; those are dropped. A grown finding is
   * as hard as the hardest piece it took in.
   */
  grow(i: number, start: number, end: number): boolean {
    const c = this.items[i] as Candidate;
    if (start < 0 || end > this.owner.length) return false;
    const others = new Set<number>();
    for (let k = start; k < end; k++) {
      const o = this.owner[k] ?? -1;
      if (o >= 0 && o !== i) others.add(o);
    }
    for (const o of others) {
      const x = this.items[o] as Candidate;
      if (!ABSORBABLE.has(x.type) || x.start < start || x.end > end) return false;
    }
    for (const o of others) {
      if ((this.items[o] as Candidate).soft !== true) c.soft = false;
      this.dead[o] = true;
    }
    this.owner.fill(i, start, end);
    c.start = start;
    c.end = end;
    return true;
  }
}

export function joinV13(text: string, kept: Candidate[]): Candidate[] {
  const board = new Board(text.length, kept);
  // A late finding: added after overlaps are resolved, taking over the names and places inside it. A day is soft unless
  // a patient is in its sentence (v12: a date with no patient or event near it is reported only beside a hard finding);
  // a place or room is soft only in a sentence about the writer's own life.
  const late = (start: number, end: number, type: FindingType, reason: string, suggestion: string, priority: number, patientNeeded = false): void => {
    const c: Candidate = { start, end: start, type, reason, suggestion, priority, soft: true };
    const i = board.add(c);
    if (!board.grow(i, start, end)) {
      board.dead[i] = true;
      return;
    }
    // A day judges for itself (a festival name it took in may have been read as a hard name); a place is as hard as the
    // hardest piece it took in, or hard outside a sentence about the writer.
    if (patientNeeded) c.soft = !(patientInSentence(text, c.start, c.end) && !writerSentence(text, c.start, c.end));
    else if (!writerSentence(text, c.start, c.end)) c.soft = false;
  };
  // Added late (not fed to the older chain pass, which would run them on over a time or into one another).
  if (/\bSt\.?\s[A-Z]/.test(text)) eachMatch(SAINT_PLACE_RE, text, (m) => {
    const g = m[1] ?? "";
    const start = m.index + m[0].lastIndexOf(g);
    // Alone, a saint's name is often the writer's own hospital ("Twelve-hour night at St Thomas'"): soft unless a patient
    // is in the sentence or a room is named with it (hardened below then).
    late(start, start + g.length, "FACILITY_ROOM", R_ROOM_V13, S_ROOM_V13, 44, true);
  });
  if (text.includes("Level ")) eachMatch(LEVEL_HOSPITAL_RE, text, (m) => late(m.index, m.index + m[0].length, "FACILITY_ROOM", R_ROOM_V13, S_ROOM_V13, 47));
  // 0. A named place then a room number, so that a chain the older passes grew over a date ("room 214 on Boxing Day")
  // cannot sink it.
  if (ROOM_AFTER_COMMA_GATE_RE.test(text)) eachMatch(NAMED_THEN_ROOM_RE, text, (m) => {
    const g = m[1] ?? "";
    if (NOT_TOWN_WORD.test(g.replace(/^the\s/, "").split(/\s/)[0] ?? "")) return;
    const start = m.index + m[0].indexOf(g, 2);
    late(start, m.index + m[0].length, "FACILITY_ROOM", R_ROOM_V13, S_ROOM_V13, 49);
  });
  eachMatchNear(HOME_DESC_NEAR, text, (m) => {
    const g = m[1] ?? "";
    const start = m.index + m[0].length - g.length;
    const end = descEnd(text, m.index + m[0].length);
    const phrase = text.slice(start, end);
    if (end <= m.index + m[0].length || !namesSomething(phrase) || !STRONG_DESC_RE.test(phrase)) return;
    if (vagueNearKnownTown(text, start, end)) return;
    late(start, end, "LOCATION", R_HOME, S_HOME, 50);
  });
  eachMatch(FESTIVAL_DAY_RE, text, (m) => {
    if (m[0].split(/\s+/).slice(3).some((w) => FACILITY_WORD.test(w))) return;
    late(m.index, m.index + m[0].length, "DATE", R_DATE, S_DATE, 50, true);
  });
  eachMatch(NAMED_DAY_RE, text, (m) => {
    const g = m[1] ?? "";
    if (g.split(/\s+/).some((w) => FACILITY_WORD.test(w) || NOT_NAME_WORD.test(w))) return;
    late(m.index + 3, m.index + 3 + g.length, "DATE", R_DATE, S_DATE, 50, true);
  });
  // 1. Join neighbouring room and place pieces of one phrase.
  let prev = -1;
  for (const j of board.alive()) {
    const b = board.items[j] as Candidate;
    const a = prev >= 0 ? (board.items[prev] as Candidate) : null;
    // A room phrase is short: a join that would pass 200 characters is refused (and keeps this pass linear).
    if (a !== null && b.end - a.start <= 200) {
      const gap = b.start - a.end;
      // One of the two must be a room, bed or unit with its number: a list of hospitals is not one place ("Aga Khan
      // University Hospital, Lagos University Teaching Hospital and …").
      const numbered = ROOM_NUMBER_RE.test(text.slice(a.start, a.end)) || ROOM_NUMBER_RE.test(text.slice(b.start, b.end));
      if (gap >= 0 && gap <= 48 && numbered && (a.type === "FACILITY_ROOM" || b.type === "FACILITY_ROOM") && isRoomish(a) && isRoomish(b) && ROOM_JOIN_RE.test(text.slice(a.end, b.start))) {
        const bSoft = b.soft === true;
        const bPriority = b.priority;
        if (board.grow(prev, a.start, b.end)) {
          a.type = "FACILITY_ROOM";
          if (!bSoft) a.soft = false;
          a.priority = Math.max(a.priority, bPriority);
          continue;
        }
      }
    }
    prev = j;
  }
  for (const i of board.alive()) {
    if (board.dead[i]) continue;
    const c = board.items[i] as Candidate;
    const grow = (start: number, end: number): boolean => board.grow(i, start, end);
    if (c.type === "FACILITY_ROOM") {
      // Speed: each rule below is tried only when the character next to the finding allows it.
      const bed = text[c.end] === "," ? BED_TAIL_RE.exec(text.slice(c.end, c.end + 60)) : null;
      if (bed) grow(c.start, c.end + bed[0].length);
      const near = text.slice(Math.max(0, c.start - 9), c.start);
      const unit = / (?:at|of|in) (?:the )?$/.test(near) ? UNIT_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 40), c.start)) : null;
      // Only before a room phrase that has a number in it (a bed, a bay) or a saint's name: a generic unit before a
      // named hospital alone stays outside ("Labour ward at Korle Bu", ANNOTATION.md).
      if (unit && /\d|\bSt\.?\s/.test(text.slice(c.start, c.end)) && grow(c.start - (unit[1] ?? "").length, c.end)) {
        // A room named with its hospice ("the garden room at St Cuthbert's") is where a patient lay, unless the sentence
        // is about the writer.
        if (!writerSentence(text, c.start, c.end)) c.soft = false;
      }
      const street = text.startsWith(" on ", c.end) || text.startsWith(" off ", c.end) ? STREET_AFTER_RE.exec(text.slice(c.end, c.end + 40)) : null;
      // Not a day ("in bay 2 at Korle Bu on Friday").
      if (street && !CALENDAR.has(keyOf(street[0].trim().split(/\s+/).find((w) => /^[A-Z]/.test(w)) ?? ""))) grow(c.start, c.end + street[0].length);
    }
    // An address runs on over its town, known or not ("House 17-B, Street 4, Block 13, Gulshan-e-Iqbal, Karachi").
    if (c.type === "ADDRESS" && text[c.end] === ",") {
      const town = /^,\s([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?)(?=\s*(?:[.;:!?)\n]|$)|\s(?:with|and|for|where|who|since|after|before|last|next|on|in)\b)/u.exec(text.slice(c.end, c.end + 40));
      if (town && !NOT_TOWN_WORD.test(town[1] ?? "") && PLACES.has(keyOf((town[1] ?? "").split(/\s/)[0] ?? ""))) grow(c.start, c.end + town[0].length);
    }
    if (c.type === "FACILITY_ROOM" || c.type === "LOCATION") {
      const town = text[c.end] === "," || text.startsWith(" in ", c.end) ? TOWN_AFTER_RE.exec(text.slice(c.end, c.end + 50)) : null;
      if (town) {
        const words = (town[1] ?? "").split(/\s+/);
        const comma = town[0].startsWith(",");
        const ok =
          !NOT_TOWN_WORD.test(words[0] ?? "") &&
          !words.some((w) => CALENDAR.has(keyOf(w))) &&
          // After a comma, a known place, or a word that is no given name ("…, Sahiwal" but not "…, Darnell").
          // After a comma, only a place no list knows ("…, Sahiwal"): a known city after a comma stays outside
          // ("Ponsonby, Auckland"), and so does a given name ("…, Darnell").
          (!comma || (!words.every((w) => PLACES.has(keyOf(w))) && !FIRST_NAMES.has(keyOf(words[0] ?? ""))));
        // A care home or hospice with its town is one place, "the" included ("the State Veterans Home in Fergus Falls").
        if (ok && grow(c.start, c.end + town[0].length) && /(?:^|[^\p{L}])the\s$/u.test(text.slice(Math.max(0, c.start - 5), c.start))) grow(c.start - 4, c.end);
      }
    }
    // A place-shaped name with a dwelling described after it is a place ("I visited Ungwan Rimi, the houses after the old
    // cattle market in …").
    if (c.type === "NAME" && text[c.end] === "," && c.reason === FULL_NAME_REASON && APPOSED_DESC_RE.test(text.slice(c.end, c.end + 80))) {
      c.type = "LOCATION";
      c.reason = R_HOME;
      c.suggestion = S_HOME;
    }
    if (c.type === "NAME") {
      const suf = text[c.end] === " " ? NAME_SUFFIX_RE.exec(text.slice(c.end, c.end + 12)) : null;
      if (suf) grow(c.start, c.end + suf[0].length);
      const pre = text[c.start - 1] === " " ? NAME_PREFIX_RE.exec(text.slice(Math.max(0, c.start - 8), c.start)) : null;
      if (pre) grow(c.start - (pre[1] ?? "").length, c.end);
      // An initial keeps its full stop ("Mrs D." in room 14).
      if (/\s[A-Z]$/.test(text.slice(c.start, c.end)) && text[c.end] === ".") grow(c.start, c.end + 1);
    }
    if (c.type === "OTHER") {
      // A handle keeps the platform named before it ("her TikTok @…").
      const platform = text[c.start] === "@" ? PLATFORM_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
      if (platform) grow(c.start - (platform[1] ?? "").length, c.end);
    }
    if (c.type === "OTHER") {
      // The relative of a one-of-a-kind person is singled out with them ("the daughter of the only GP in …").
      const rel = text.slice(Math.max(0, c.start - 4), c.start) === " of " ? RELATIVE_OF_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 30), c.start)) : null;
      if (rel) grow(c.start - (rel[1] ?? "").length, c.end);
    }
    if (c.type === "FACILITY_ROOM") {
      // An intensive-care or admissions unit written right before the bed or room ("MICU rm 14", "HDU bed 3").
      const acr = text[c.start - 1] === " " ? UNIT_ACRONYM_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 8), c.start)) : null;
      if (acr && /^(?:bed|rm|room|bay|cot|cubicle|side)/i.test(text.slice(c.start, c.end))) grow(c.start - (acr[1] ?? "").length, c.end);
      // The unit a numbered bed is in, after it ("leito 7 da UTI adulto", "bed 4 of the surgical ward").
      if (text[c.end] === " " && /\d/.test(text.slice(c.start, c.end))) {
        const tail = UNIT_TAIL_RE.exec(text.slice(c.end, c.end + 50));
        if (tail) grow(c.start, c.end + tail[0].length);
      }
    }
    // A Brazilian CEP keeps its suffix ("CEP 11530-000").
    if (c.type === "ADDRESS" && text[c.end] === "-" && /\d{5}$/.test(text.slice(c.start, c.end)) && /^-\d{3}(?!\d)/.test(text.slice(c.end, c.end + 5))) grow(c.start, c.end + 4);
    // A name given or called keeps all its capitalised words ("whom they named Princess Joy").
    if (c.type === "NAME" && text[c.start - 1] === " " && /\b(?:named|called|christened|nicknamed)\s$/.test(text.slice(Math.max(0, c.start - 12), c.start))) {
      const more = /^(?:\s[\p{Lu}][\p{Ll}'’-]{1,20}){1,2}(?![\p{L}])/u.exec(text.slice(c.end, c.end + 44));
      if (more && !more[0].trim().split(/\s+/).some((w) => NOT_NAME_WORD.test(w) || CALENDAR.has(keyOf(w)))) grow(c.start, c.end + more[0].length);
    }
    // "the" before a bare ordinal day is part of the date (ANNOTATION.md: "the 14th"); with a month it stays outside
    // ("on the ⟦21st of January⟧", as the older tests have it).
    if (c.type === "DATE" && /^\d{1,2}(?:st|nd|rd|th)$/.test(text.slice(c.start, c.end)) && /(?:^|[^\p{L}])the\s$/u.test(text.slice(Math.max(0, c.start - 5), c.start))) grow(c.start - 4, c.end);
    // A place does not run on into when it happened ("… the Spar in Butterworth last year").
    if (c.type === "LOCATION" && c.end - c.start > 12) {
      const when = TRAILING_TIME_RE.exec(text.slice(c.start, c.end));
      if (when) board.shrinkEnd(i, c.start + when.index);
    }
    // "the" is inside a place phrase (ANNOTATION.md): "the Chamundi Vihar bus stop".
    if (c.type === "LOCATION" && /(?:^|[^\p{L}])the\s$/u.test(text.slice(Math.max(0, c.start - 5), c.start))) grow(c.start - 4, c.end);
    if (c.type === "LOCATION" || c.type === "FACILITY_ROOM" || c.type === "NAME") v19Place(text, board, i);
    if (c.type === "LOCATION" || c.type === "ADDRESS") {
      // A landmark appositive after a comma ("the Data Darbar, by the gate with the flower sellers").
      const lm = text[c.end] !== "," ? null : /^,\s(?:by|near|behind|past|beside|opposite|next\s+to|outside|above|below|beyond|across\s+from)\s(?:the|a)\s/.exec(text.slice(c.end, c.end + 30));
      if (lm) {
        const end = descEnd(text, c.end + lm[0].length);
        // Only a landmark that is named or described further ("by the gate with the flower sellers"): "…, near the lake"
        // says little and stays outside (v8, landmarks.ts).
        const tail = text.slice(c.end + lm[0].length, end);
        if (end > c.end + lm[0].length && (/(?:^|\s)[\p{Lu}]/u.test(tail) || /\s(?:with|where)\sthe\s/.test(tail))) grow(c.start, end);
      }
      // A landmark clause the older passes cut at "with" runs on over "with the …" ("… the Friday mosque with the green gate").
      if (text.startsWith(" with the ", c.end) && /\sthe\s/.test(text.slice(c.start, c.end))) {
        const end = descEnd(text, c.end + 1);
        if (end > c.end + 10) grow(c.start, end);
      }
      // A place that ends on a dwelling word runs on over the landmark that places it ("…, the houses" + " after the old
      // motor park in …"): the older clause rule stops at "after".
      const run = text[c.end] === " " && DWELL_RUN_ON_RE.test(text.slice(c.end, c.end + 40)) && DWELL_END_RE.test(text.slice(Math.max(c.start, c.end - 30), c.end)) ? DWELL_RUN_ON_RE.exec(text.slice(c.end, c.end + 40)) : null;
      if (run) {
        const end = descEnd(text, c.end + run[0].length);
        // Only a named or further described landmark: "Kutupalong camp after the crossing" is a time, not a place.
        const tail = text.slice(c.end + run[0].length, end);
        if (end > c.end + run[0].length && (/(?:^|\s)[\p{Lu}]/u.test(tail) || /\s(?:with|where)\sthe\s/.test(tail))) grow(c.start, end);
      }
      const d = text[c.end] === "," ? APPOSED_DESC_RE.exec(text.slice(c.end, c.end + 80)) : null;
      if (d) {
        const end = descEnd(text, c.end + d[0].length);
        if (end > c.end + d[0].length) grow(c.start, end);
      }
    }
    if (c.type === "OTHER") {
      const t = text[c.end] === " " ? TENURE_TAIL_RE.exec(text.slice(c.end, c.end + 70)) : null;
      if (t) grow(c.start, c.end + t[0].length);
      const one = text[c.end] === "," ? ONE_WHO_TAIL_RE.exec(text.slice(c.end, c.end + 100)) : null;
      if (one) grow(c.start, c.end + 2 + clauseCut(one[0].slice(2)));
      const whoWin = text.slice(Math.max(0, c.start - 40), c.start);
      const who = / (?:who|that) /.test(whoWin) ? PERSON_WHO_BEFORE_RE.exec(whoWin) : null;
      if (who) grow(c.start - (who[1] ?? "").length, c.end);
    }
  }
  repeatCampCodes(text, board);
  propagateNames(text, board);
  return board.alive().map((i) => board.items[i] as Candidate);
}

/**
 * NAME: a name found once is a name wherever it comes again in the post ("Mrs Winifred Hargreaves — “Win, love …”" …
 * "Win noticed"; "- Norm — the last surviving …" … "Norm's hearing aid"). Only the given names and surnames of names
 * that are not soft; a word that is also an English word only where it is not the first word of a sentence.
 */
function propagateNames(text: string, board: Board): void {
  // (v32: a name found soft, shown only in a post that holds, comes again soft: "We found Reggie …" … "Reggie lost his
  // Social Security card")
  const tokens = new Set<string>();
  const softTokens = new Set<string>();
  for (const i of board.alive()) {
    const c = board.items[i] as Candidate;
    if (c.type !== "NAME") continue;
    for (const w of text.slice(c.start, c.end).split(/[\s.,"“”]+/)) {
      if (/^[\p{Lu}][\p{Ll}'’-]{2,20}$/u.test(w) && !NOT_NAME_WORD.test(w) && !CALENDAR.has(keyOf(w))) (c.soft === true ? softTokens : tokens).add(w.replace(/['’]s$/, ""));
    }
  }
  for (const w of tokens) softTokens.delete(w);
  for (const w of softTokens) tokens.add(w);
  if (tokens.size === 0 || tokens.size > 40) return;
  // Every match of /(?:token|…)(?![\p{L}-])/gu, in the order the tokens were found (eachListedWord: no regex compiled
  // per text). The word before is checked here.
  const added: Candidate[] = [];
  eachListedWord(text, [...tokens], (start, word) => {
    const end = start + word.length;
    if (start > 0 && /[\p{L}'’-]/u.test(text[start - 1] ?? "")) return;
    if (board.taken(start, end)) return;
    if (isEnglishWord(word.toLowerCase()) && /(?:^|[.!?]\s+|\n\s*|[-*#>]\s+)$/.test(text.slice(Math.max(0, start - 4), start))) return;
    added.push({ start, end, type: "NAME", reason: R_NAME_CALLED, suggestion: S_NAME_V13, priority: 45, ...(softTokens.has(word) ? { soft: true } : {}) });
  });
  for (const a of added) board.add(a);
}

/** The finding that starts exactly at `at`, if any. */
function startingAt(board: Board, at: number): number {
  const o = board.owner[at] ?? -1;
  return o >= 0 && (board.items[o] as Candidate).start === at ? o : -1;
}
/** The finding that ends exactly at `at`, if any. */
function endingAt(board: Board, at: number): number {
  const o = at > 0 ? (board.owner[at - 1] ?? -1) : -1;
  return o >= 0 && (board.items[o] as Candidate).end === at ? o : -1;
}
/** A name finding that could be a place: no title, and its first word no given name. */
function placeLikeName(text: string, c: Candidate, givenNameOk = false): boolean {
  const words = text.slice(c.start, c.end).split(/\s+/);
  return c.type === "NAME" && c.reason !== TITLE_NAME_REASON && !NOT_NAME_WORD.test(words[0] ?? "") && (givenNameOk || !FIRST_NAMES.has(keyOf(words[0] ?? "")));
}

/**
 * v19: a small place and the phrase around it, as one LOCATION: its code's tail ("Block C" + "-7"), its head word ("the
 * Khazana" + " sugar mill gate"), a place-shaped name beside it, the settlement word before it, a numbered part of it, a
 * direction from a named town, a home told before it, and a measured landmark after it. Each step looks only at the few
 * characters next to the finding.
 */
function v19Place(text: string, board: Board, i: number): void {
  const c = board.items[i] as Candidate;
  const grow = (start: number, end: number): boolean => board.grow(i, start, end);
  if (c.type === "NAME") {
    // A name that is the place of a settlement word or a numbered part is that place ("douar Tighdouine Oufella",
    // "Extension 4, Orange Farm").
    // (the word before says what it is, so a name that is also a given name is read as the place: "xã Tân Phú")
    if (!placeLikeName(text, c, true)) return;
    const back = text.slice(Math.max(0, c.start - 30), c.start);
    const w = UNIT_WORD_BEFORE_RE.exec(back) ?? SUB_UNIT_BEFORE_RE.exec(back);
    if (w === null || !grow(c.start - (w[1] ?? "").length, c.end)) return;
    c.type = "LOCATION";
    c.reason = R_PLACE_V19;
    c.suggestion = S_PLACE_V19;
    // (and is grown as a place below)
  }
  // A code cut before its number ("Camp 14, Block C" + "-7"), or a unit word before its code ("Block" + " C7").
  if (/[A-Z]$/.test(text.slice(c.end - 1, c.end)) && text[c.end] === "-") {
    const tail = /^-\d{1,4}(?![\p{L}\d])/u.exec(text.slice(c.end, c.end + 6));
    if (tail) grow(c.start, c.end + tail[0].length);
  }
  if (text[c.end] === " " && UNIT_END_RE.test(text.slice(Math.max(c.start, c.end - 10), c.end))) {
    const code = CODE_AFTER_RE.exec(text.slice(c.end, c.end + 10));
    if (code) grow(c.start, c.end + code[0].length);
  }
  // An estate's line room ("line" + "room 14"), and a numbered part of a camp after it (", shelter 112").
  if (c.type === "FACILITY_ROOM" && /^room\s\d/i.test(text.slice(c.start, c.start + 6)) && /(?:^|\s)line\s$/i.test(text.slice(Math.max(0, c.start - 6), c.start)) && grow(c.start - 5, c.end)) {
    c.type = "LOCATION";
    c.reason = R_PLACE_V19;
    c.suggestion = S_PLACE_V19;
  }
  if (text[c.end] === ",") {
    const sub = SUB_UNIT_AFTER_RE.exec(text.slice(c.end, c.end + 30));
    if (sub && /\d/.test(text.slice(c.start, c.end))) grow(c.start, c.end + sub[0].length);
  }
  if (c.type !== "LOCATION") return;
  // v36: a landmark clause after it, as the places found early grow (landmarks.ts)
  {
    const tail = landmarkTailEnd(text, c.start, c.end);
    if (tail > c.end) grow(c.start, tail);
  }
  if (text[c.end] === " ") {
    const part = NAMED_PART_OF_RE.exec(text.slice(c.end, c.end + 70));
    if (part && /\d/.test(text.slice(c.start, c.end))) grow(c.start, c.end + part[0].length);
  }
  {
    const sub = SUB_UNIT_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (sub) grow(c.start - (sub[1] ?? "").length, c.end);
  }
  const after = (n: number): string => text.slice(c.end, c.end + n);
  if (text[c.end] === " ") {
    const head = HEAD_AFTER_RE.exec(after(50));
    if (head) grow(c.start, c.end + head[0].length);
  }
  // A place-shaped name right after the place (after a comma, not a known city: "Ponsonby, Auckland" stays two).
  const gap = NAME_AFTER_GAP_RE.exec(after(6));
  if (gap) {
    const j = startingAt(board, c.end + gap[0].length);
    const d = j >= 0 ? (board.items[j] as Candidate) : null;
    if (d && placeLikeName(text, d) && CLAUSE_AFTER_NAME_RE.test(text.slice(d.end, d.end + 12)) && (gap[0] !== ", " || !text.slice(d.start, d.end).split(/\s+/).every((w) => CALENDAR.has(keyOf(w)) || PLACES.has(keyOf(w))))) grow(c.start, d.end);
  }
  // A place-shaped name right before it, or, before a landmark that opens the place, before its comma.
  const gapBefore = NAME_BEFORE_GAP_RE.exec(text.slice(Math.max(0, c.start - 6), c.start));
  const landmarkFirst = new RegExp(`^${BACK_PREP}\\s`, "u").test(text.slice(c.start, c.start + 20));
  const before = gapBefore ? gapBefore[0].length : landmarkFirst && text.slice(c.start - 2, c.start) === ", " ? 2 : 0;
  if (before > 0) {
    const j = endingAt(board, c.start - before);
    const d = j >= 0 ? (board.items[j] as Candidate) : null;
    // (a particle between them makes one name of the two, even when the first word is also a given name: "São Sebastião
    // do Tumbira")
    const particle = /\s(?:do|da|de|dos|das|del|di|wa|ya)\s$/.test(text.slice(Math.max(0, c.start - 6), c.start)) || /^(?:do|da|de|dos|das|del|di|wa|ya|al|el)[\s-]/.test(text.slice(c.start, c.start + 4));
    if (d && placeLikeName(text, d, particle)) {
      const dStart = d.start;
      if (grow(dStart, c.end)) {
        c.reason = R_PLACE_V19;
        c.suggestion = S_PLACE_V19;
      }
    }
  }
  const back = text.slice(Math.max(0, c.start - 30), c.start);
  const unit = UNIT_WORD_BEFORE_RE.exec(back);
  if (unit) grow(c.start - (unit[1] ?? "").length, c.end);
  if (text[c.end] === ",") {
    const sub = SUB_UNIT_AFTER_RE.exec(after(30));
    if (sub) grow(c.start, c.end + sub[0].length);
    // A settlement word and its name after a comma ("xã Tân Phú, huyện Cai Lậy").
    const next = /^,\s((?:huy[eệ]n|x[aã]|t[iỉ]nh|district|woreda|upazila|tehsil|taluk|mandal|municipality|municipio|comuna|distrito|partido|kecamatan|kabupaten)\s[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2})/u.exec(after(50));
    if (next) grow(c.start, c.end + 2 + (next[1] ?? "").length);
    const dir = DIRECTION_TAIL_RE.exec(after(60));
    if (dir) grow(c.start, c.end + dir[0].length);
    const measured = MEASURED_LANDMARK_RE.exec(after(40));
    if (measured) {
      const end = descEnd(text, c.end + measured[0].length);
      if (end > c.end + measured[0].length) grow(c.start, end);
    }
  }
  // A home told before the place.
  const home = HOME_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 90), c.start));
  // Someone's own home before a plain "in" is where they live, told as the place ("his whare in Te Kaha"): only one told by
  // a landmark is grown ("her house beside the church jetty in …").
  const g = home?.[1] ?? "";
  // "the village of Kotli" says no more than "Kotli" and stays outside it (detector-names tests); "the old mud-brick quarter
  // of Misfat", "the riverside community of …" narrow it, and are inside.
  const plainOf = /^(?:the|a|an)\s\S+\sof\s$/.test(g);
  if (home && !plainOf && (!/^(?:his|her|their)\s/.test(g) || new RegExp(`\\s${BACK_PREP}\\s`, "u").test(g))) grow(c.start - g.length, c.end);
}

/**
 * v19: the code of a camp block, shelter or tent found in a place is that place wherever the post repeats it ("Camp 15,
 * Block E-4, shelter 112" … "everyone in E-4 knew that a child from shelter 112 …"). Soft: shown when the post is held.
 */
function repeatCampCodes(text: string, board: Board): void {
  const codes = new Set<string>();
  for (const i of board.alive()) {
    const c = board.items[i] as Candidate;
    if ((c.type !== "LOCATION" && c.type !== "FACILITY_ROOM") || c.soft === true) continue;
    const phrase = text.slice(c.start, c.end);
    if (!/\d/.test(phrase)) continue;
    for (const m of phrase.matchAll(CAMP_CODE_RE)) {
      codes.add(m[0].toLowerCase());
      // A lettered code with a hyphen is said alone too ("everyone in E-4"); a bare "C7" could be a vertebra.
      if (/^[A-Z]{1,2}-\d/.test(m[1] ?? "")) codes.add((m[1] ?? "").toLowerCase());
    }
  }
  if (codes.size === 0 || codes.size > 20) return;
  const re = new RegExp(`(?<![\\p{L}\\d-])(?:${[...codes].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\d]|-\\d)`, "giu");
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (board.taken(start, end)) continue;
    const i = board.add({ start, end: start, type: "LOCATION", reason: R_PLACE_V19, suggestion: S_PLACE_V19, priority: 44, soft: true });
    if (!board.grow(i, start, end)) board.dead[i] = true;
  }
}

/**
 * v19: the tagger's place guesses (added after the joins above, in a text already held) are grown as the rules' places
 * are (v19Place): a guess of "Warmun" in "from Warmun community", of "Gan Gan" in "the homeland at Gan Gan, two houses
 * past the airstrip windsock".
 */
export function growLatePlaces(text: string, kept: Candidate[]): Candidate[] {
  if (!kept.some((c) => c.priority === 0 && c.type === "LOCATION")) return kept;
  const board = new Board(text.length, kept);
  for (const i of board.alive()) {
    const c = board.items[i] as Candidate;
    if (!board.dead[i] && c.type === "LOCATION" && c.priority === 0) v19Place(text, board, i);
  }
  return board.alive().map((i) => board.items[i] as Candidate);
}
