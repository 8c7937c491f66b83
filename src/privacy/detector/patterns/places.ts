import type { Candidate } from "../types.ts";
import { asciiLetterWordStart, charIn, eachMatch, eachMatchNear, isSpaceLike, nearMatcher, ownWorkSentence, patientInSentence, wordsBefore } from "../context.ts";
import { PLACES, PLACES_ALONE, keyOf } from "../lexicon/names.ts";
import { CALENDAR, CLINICAL_ACRONYMS, ORGANISATIONS } from "../lexicon/terms.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { NOT_PATIENT_TITLE } from "./declared-names.ts";
import { R_PLACE, SPECIALTY_OR_SERVICE, S_PLACE } from "./facilities.ts";

/**
 * v14: more of the ways a patient's small place is written, each a form rather than a list of places (facilities.ts
 * detectLocations has the settlement words, "lives in", "brought … from"):
 *  - a person described by where they are from: "He is from Chinle", "a retired miner from Easington Colliery",
 *    "a crofter from Achiltibuie";
 *  - a named street with no house number, where someone is or lives: "along Mill Lane in Chipping Campden", "at the
 *    end of Cutler Hollow Road", "the chippy on Castle Street in Brecon";
 *  - a named landmark in a named small place: "the Tesco in Ebbw Vale", "the Hanuman temple in Kothapet", "the Total
 *    filling station at Rumuokoro", "the Desert Rose Motel on Route 66";
 *  - a home in a named place: "a council house in Moyross", "her home in Ikot Ekpene";
 *  - a numbered pitch in a named park or camp: "lot 14 of the Shady Acres mobile home park";
 *  - a small place pinned by its region ("from Ogbunike, Anambra State"), gone home to or visited ("went back
 *    home to Kapsabet", "visiting her sister in Achiltibuie"), or named after an everyday landmark ("the bus stop in Tregaron").
 *    These need a word of the name that is neither English nor a known place (lexicon/english.ts, PLACES): "sent home
 *    to Theatre", "visiting her son in Leeds" are not flagged.
 * A city, county, state or country alone (the lexicon's PLACES: every word of the name on it) is never flagged: "a man
 * from Leeds", "a flat in Manchester", "the Tesco in Leeds". The street and landmark forms, which can be anyone's,
 * count only in a sentence with a patient or relative in it; in a sentence about the writer's own work they are soft.
 */

const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’-]+";
const NAMES = `${NAME}(?:\\s${NAME}){0,2}`;

// People described by where they come from: a pronoun and "is/was from", or a plain word for a person or an occupation.
const FROM_PERSON_RE = new RegExp(
  `\\b(?:(?:[Hh]e|[Ss]he|[Tt]hey)(?:\\s(?:is|was|are|were)|['’]s)|(?:farmer|miner|crofter|weaver|fisherman|fishermen|fisherwoman|herder|herdsman|shepherd|labourer|laborer|trader|widow|widower|grandmother|grandfather|grandma|grandpa|granny|man|woman|lady|gentleman|boy|girl|lad|lass|toddler|teenager|elder|smallholder|rancher|logger|trapper|pastoralist|stockman|farmhand|housewife|family)(?:\\s(?:is|was|are|were))?)(?:\\s(?:originally|also))?\\sfrom\\s(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`,
  "gu",
);
// v33: and by the place they are "of" ("Baba Yakubu Garba, a farmer of Fadan Kagoma"): an occupation only, since "a man
// of God" and "the family of Mr Okafor" say nothing of a place.
const OF_PERSON_RE = new RegExp(
  `\\b(?:farmer|fisherman|fishermen|herder|herdsman|trader|villager|resident|native|headman|pastoralist|smallholder|crofter|miner|weaver|chief|elder)\\sof\\s(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`,
  "gu",
);
// v33: a commenter's or patient's own village named after "my/our/his/her village" ("My village Bhimpur Tola also had
// the camp")
const OWN_VILLAGE_RE = new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s(?:home\\s)?(?:village|hamlet|settlement|island|kampung|barangay|goth|dhani)\\s(?:is\\s|,\\s)?(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`, "gu");
// v33: a Swahili village, hamlet or street named with its own word for it ("Kijiji cha Mnacho", "Mtaa wa Kisiwani")
const SWAHILI_PLACE_RE = new RegExp(`\\b(?:Kijiji|Kitongoji|Mtaa|Kata)\\s(?:cha|wa)\\s(${NAMES})(?![\\p{L}\\p{M}'’-])`, "gu");
// A named street without a number after a word that places someone on it ("of" only after "the end of": "a tin of
// Quality Street" is chocolate). Not a numbered road ("along County Road D15", "Route 66"): a route, not a home.
const STREET_KIND =
  "(?:Street|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Close|Crescent|Terrace|Way|Hollow|Row|Grove|Gardens|Walk|Place|Court|Marg|Nagar|Boulevard|Blvd|Highway|Hwy|Pike|Trail|Circle|Wynd|Brae|Mews|Parade)";
const NAMED_STREET_RE = new RegExp(
  `\\b(?:on|along|off|down|up|near|behind|past|opposite|(?:end|top|bottom|corner|far\\send)\\sof|from|at|lives\\sin)\\s((?:${NAME}\\s){1,3}${STREET_KIND})(?:\\s(?:in|at)\\s(${NAME}(?:\\s${NAME})?))?(?![\\p{L}\\p{M}'’-]|\\s[A-Z]?\\d)`,
  "gu",
);
// A named landmark, then "in/at/on" and the small place (or road) it stands in. The landmark word is optional: "the
// Tesco in Ebbw Vale" names a shop by its brand alone.
const LANDMARK_KIND =
  "(?:[Tt]emple|[Mm]osque|[Mm]asjid|[Cc]hurch|[Cc]hapel|[Gg]urdwara|[Mm]andir|(?:[Ff]illing|[Pp]etrol|[Gg]as|[Ss]ervice)\\s[Ss]tation|[Gg]arage|[Mm]arket|[Mm]otel|[Hh]otel|[Ii]nn|[Pp]ub|[Ss]hop|[Ss]tore|[Ss]upermarket|[Mm]ill|[Ff]actory|[Mm]ine|[Qq]uarry|[Bb]us\\s[Ss]top|[Tt]ruck\\s[Ss]top|[Dd]iner|[Cc]af[eé]|[Ll]aundrette|[Ll]aundromat)";
const LANDMARK_IN_TOWN_RE = new RegExp(
  `\\b(?:at|near|outside|of|from|behind|opposite|by|beside|to|into|past)\\sthe\\s((?:${NAME}\\s){1,3}?(?:${LANDMARK_KIND}\\s)?)(?:in|at|on)\\s(${NAME}(?:\\s${NAME})?|Route\\s\\d{1,3})(?![\\p{L}\\p{M}'’-])`,
  "gu",
);
// A home in a named place: "a council house in Moyross", "her home in Ikot Ekpene", "their flat on Broadwater Farm".
const HOME_IN_RE = new RegExp(
  `\\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s(?:(?:daughter|son|sister|brother|mother|father|aunt|auntie|uncle|cousin|grandmother|grandfather|granny|parents|family|in-laws|sister-in-law|brother-in-law|niece|nephew)['’]s?\\s)?(?:(?:council|rented|shared|tiny|small|little|one-bed|two-bed|high-rise|terraced|semi-detached|tower-block)\\s){0,2}(?:house|flat|maisonette|bungalow|home|trailer|apartment|bedsit|tenement|block\\sof\\sflats|tower\\sblock|high-rise|block)\\s(?:in|on|at|near|outside)\\s(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`,
  "gu",
);
// A numbered pitch in a named park, camp or estate: "lot 14 of the Shady Acres mobile home park", "pitch 9 at the
// Sandyhills caravan park", "stand 31 in the Enkanini settlement": one home among a few hundred.
const PITCH_RE = new RegExp(
  `\\b(?:[Ll]ot|[Pp]lot|[Ss]tand|[Ss]ite|[Ss]pace|[Pp]itch|[Bb]erth)\\s\\d{1,4}[A-Za-z]?\\s(?:of|in|at|on)\\s(?:the\\s)?(?:${NAME}\\s){1,3}(?:(?:[Mm]obile\\s[Hh]ome|[Tt]railer|[Cc]aravan|[Hh]oliday|RV)\\s[Pp]ark|[Tt]railer\\s[Cc]ourt|[Ee]state|[Cc]amp|[Ss]ettlement|[Cc]olony|[Mm]arina|[Rr]eserve)\\b`,
  "gu",
);
// A small place pinned by the bigger one it is in: "from Ogbunike, Anambra State", "in Chinle, Arizona", "to Tanay,
// Rizal Province". The bigger place is a known city, county, state or country (or named with its kind); the smaller is
// not.
const REGION_KIND = /\s(?:State|County|District|Province|Region|Division|Governorate|Parish|Shire|Oblast|Prefecture)$/;
const SMALL_IN_REGION_RE = new RegExp(`\\b(?:in|from|to|near|at|outside|of)\\s(${NAMES}),\\s(${NAMES})(?![\\p{L}\\p{M}'’-])`, "gu");
// Going home to, visiting in or reaching a named place: "went back home to Kapsabet", "discharged home to Ballyjamesduff",
// "visiting her sister in Achiltibuie", "stayed behind in Ruatoria", "took ninety minutes to reach Lochmaddy",
// "travelled two days from Kalkaringi", "runs a dairy near Ballyjamesduff". Not a plain "went back to" or "returned
// to": people go back to Zumba, Netflix and the Kumbh Mela too.
const RETURN_TO_RE = new RegExp(
  `\\b(?:(?:returned|returning|went|gone|going|headed|got)\\s(?:back\\s)?home|discharged\\s(?:back\\s)?home|sent\\s(?:back\\s)?home|stayed\\sbehind|stays\\sbehind|visiting\\s(?:his|her|their)\\s[a-z]+|reach|reached|travelled|traveled|journeyed|(?:runs|ran|owns|owned|keeps|kept)\\s(?:a|the)\\s[a-z]+)(?:\\s[a-z]+){0,3}?\\s(?:to|in|from|at|near|outside|on)\\s(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`,
  "gu",
);
// A named place after an everyday landmark of it: "collapsed at the bus stop in Tregaron", "the primary school in
// Pontsian", "the mosque in Basti Malook", "the chief's palace compound in Asokore Mampong".
const LANDMARK_LC =
  "(?:bus\\sstop|bus\\sstation|bus\\sshelter|railway\\sstation|train\\sstation|school|mosque|church|chapel|temple|market|post\\soffice|shop|pub|garage|petrol\\sstation|filling\\sstation|farm|mill|factory|mine|quarry|harbour|harbor|pier|beach|playground|bridge|junction|roundabout|level\\scrossing|football\\s(?:ground|pitch)|leisure\\scentre|community\\s(?:centre|hall)|village\\shall|chemist|pharmacy|compound|palace|homestead|farmhouse|cottage|" +
  // v33: a settlement's hall, a ranch, a landing site, a shore ("the panchayat bhavan of Kolipaka", "the estancia of
  // Collpani", "the landing site at Bwisya", "the south shore of Kinngait")
  "bhavan|estancia|hacienda|landing\\ssite|shore|waterfront|colony|chawl|basti|mohalla|halting\\ssite|encampment|squat|" +
  // v35: a settlement word before the name ("the hamlet of Saré Yoba Diéga", "the douar of Aït Bouguemez")
  "hamlet|douar|settlement)";
const LC_LANDMARK_IN_RE = new RegExp(`\\bthe\\s(?:[a-z]+(?:['’]s)?\\s){0,2}?${LANDMARK_LC}\\s(?:in|at|of|near|outside)\\s(${NAMES})(?![\\p{L}\\p{M}'’-]|\\s?\\d)`, "gu");

// Speed: the three costliest tried only near what every match must hold (see nearMatcher): " from " (three words
// before it at most: "she is originally"), a street word (six words before it: "at the far end of" is not one of
// them, "far end of" and three names are), and a comma before a capital (the word before the comma and three more).
const FROM_PERSON_NEAR = nearMatcher(FROM_PERSON_RE, /\sfrom\s/g, (text, p) => wordsBefore(text, p + 1, 3), asciiLetterWordStart);
const NAMED_STREET_NEAR = nearMatcher(NAMED_STREET_RE, new RegExp(`\\s${STREET_KIND}(?![\\p{L}\\p{M}'’-])`, "gu"), (text, p) => wordsBefore(text, p + 1, 6), asciiLetterWordStart);
// The first letters of in, from, to, near, at, outside, of: the only words SMALL_IN_REGION_RE starts with.
const PREP_INITIAL = charIn("iftnao");
const SMALL_IN_REGION_NEAR = nearMatcher(
  SMALL_IN_REGION_RE,
  /,\s[\p{Lu}]/gu,
  (text, p) => {
    let k = p;
    while (k > 0 && !isSpaceLike(text.charCodeAt(k - 1))) k--;
    return wordsBefore(text, k, 3);
  },
  (text, s) => PREP_INITIAL(text, s) && asciiLetterWordStart(text, s),
);

// Words that make a capitalised phrase no place: people's titles, pronouns, services, departments, buildings of care.
const NOT_PLACE_WORD =
  /^(?:The|A|An|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse|Matron|He|She|They|I|We|His|Her|Their|Our|My|This|That|It|Hospital|Clinic|Ward|Unit|PHC|CHC|BHU|RHC|THQ|DHQ|UHC|CHPS|GP|Department|Dept|Theatre|Theatres|ICU|HDU|ED|A&E|Resus|Casualty|Surgery|Practice|University|College|School|Medical|Medicine|Social|Services|Service|Housing|Council|Police|Court|Prison|Team|Trust|Board|Church|Mosque|Temple|Work|Home|God|Jesus|Allah|Facebook|WhatsApp|Google|YouTube|Instagram|TikTok|Twitter|Zoom|Teams)$/;

function nameOk(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.every((w) => PLACES.has(keyOf(w)))) return false; // a city, county, state or country alone
  if (SPECIALTY_OR_SERVICE.test(words[0] ?? "")) return false; // "she was from Radiology"
  if (words.every((w) => CLINICAL_ACRONYMS.has(keyOf(w)))) return false; // v24: "a patient in VF" is a rhythm
  return !words.some((w) => NOT_PLACE_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)));
}

/** Some word of the name is neither a word of the language nor a known city or region: "Hebden Bridge", not "Theatre". */
function strangeWord(name: string): boolean {
  return name.split(/\s+/).some((w) => !isEnglishWord(w) && !PLACES.has(keyOf(w)));
}
// Not places of their own: a department or specialty in speech, a festival, a language, the quarter of a city ("Zona
// Leste, São Paulo", "North, Leeds").
const NOT_PLACE_EXTRA = /^(?:Zona|Zone|North|South|East|West|Central|Downtown|Uptown|Midtown|Leste|Oeste|Norte|Sul|Centro|Nord|Sud|Est|Ouest|Uni|Resus|Paeds|Peds|Obs|Gynae|Ortho|Neuro|Cardio|Derm|Rheum|Gastro|Onc|Haem|Psych|Rehab|Majors|Minors|Eid|Diwali|Ramadan|Hajj|Umrah|Christmas|Easter|Urdu|Hindi|Punjabi|Pashto|Sindhi|Bengali|Tamil|Telugu|Yoruba|Igbo|Hausa|Swahili|Welsh|Gaelic|Arabic|Tagalog|Malay|Spanish|French|Portuguese|Polish|Somali|Amharic|Twi|Zulu|Xhosa|Afrikaans|Māori|Maori)$/;
const extraNotPlace = (name: string): boolean => name.split(/[\s-]+/).some((w) => NOT_PLACE_EXTRA.test(w));

const AUTHOR_BEFORE = /\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b[^.!?\n]{0,30}$/;

// v20: a home numbered inside a camp, a site or a settlement, in lower case: "the family shelter is tent 41 in row F",
// "they're on pitch 9 at the Brookfield Lane site", "caravan 4", "container 12, line B". A number that finds the family's
// door, like a house number.
const NUMBERED_HOME_RE =
  /(?<=\b(?:is|was|on|at|in|to|from|into|outside|visited|found\s+(?:her|him|them)\s+(?:in|at))\s)(?:tent|shelter|pitch|caravan|container|tukul|tarpaulin|hut|bay)\s\d{1,4}[A-Z]?(?:,?\s(?:in\s)?(?:row|line|block|section|zone|sector|phase|street)\s[A-Z0-9]{1,3}(?![\p{L}\d]))?(?:\s(?:at|on|in)\s(?:the\s)?(?:[\p{Lu}][\p{L}'’-]+\s){1,3}(?:site|camp|settlement|park|field|estate|ground|common|lay-?by))?(?![\p{L}\d])(?!\s(?:days?|weeks?|hours?|times|minutes|people|men|women|children|beds|patients|of\s+the\s+(?:guideline|protocol)))/gu;

// v20: a home place in apposition to the words for it: "His village, Mbale, is three hours away", "her home town, Kaya,
// has no clinic", "their barangay, San Roque, flooded".
const HOME_PLACE_APPOSED_RE = new RegExp(
  `\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s(?:(?:home|native|own|little|small|tiny)\\s)?(?:village|hometown|home\\s+town|town|settlement|community|island|barangay|kampung|goth|pind|hamlet|township|reserve|reservation)(?:,\\s|\\s[—–-]\\s)(${NAMES})(?=,|\\s[—–-]\\s|\\s(?:is|was|has|had)\\b)`,
  "gu",
);

// v20: a marae (a Māori community's meeting ground) is named for its people and place: "the whānau was going to Ōtiria
// Marae for the twenty-first".
const MARAE_RE = /(?<![\p{L}\p{M}])[\p{Lu}][\p{L}\p{M}'’-]{1,30}(?:\s[\p{Lu}][\p{L}\p{M}'’-]{1,30})?\sMarae(?![\p{L}])/gu;
// (speed: tried only within 70 characters before "Marae")
const MARAE_NEAR = nearMatcher(MARAE_RE, /\sMarae(?![\p{L}])/gu, 70);

// v24: a unit of land named with its kind ("from the townland of Cahermacnaghten", "in the parish of Kilmore", "Line No. 7
// of the Borbari division" is the estate's), and a home or workplace told by its owner and a named feature ("his trapline
// cabin on the Berens River", "his stand on the Waitaha River mouth"); not "a farm in the Brecon Beacons", which is anyone's.
const LAND_UNIT_OF_RE = new RegExp(
  `\\bthe\\s(?:townland|parish|commune|sub-?county|subcounty|barangay|municipality|taluk|tehsil|mandal)\\sof\\s(${NAMES})(?![\\p{L}\\p{M}'’-])`,
  "gu",
);
const OWNED_SPOT_RE = new RegExp(
  `\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s(?:[\\p{Ll}-]+\\s){0,2}(?:cabin|camp|stand|station|outstation|farm|hut|shack|croft|homestead|shieling|bach|crib|ranch|run|lease|block)\\s(?:on|at|in|near|up|by|off|along|beside)\\s(?:the\\s)?(${NAMES})(?:\\s(?:mouth|headwaters|bank|banks|shore|delta))?(?![\\p{L}\\p{M}'’-])`,
  "gu",
);

// v27: a pupil's school, with the class when it is given ("Callum, in 9R at Hollins Park Academy", "a Year 10 student at
// Kingaroy State High School"): a school and a year group are a few hundred children.
const PUPIL_SCHOOL_RE = new RegExp(
  String.raw`(?:\b(?:student|pupil|learner|schoolboy|schoolgirl|boy|girl|child|kid|teenager|son|daughter)|\b(?:Year|Grade|Form|Class|Standard|Std\.?)\s\d{1,2}[A-Z]?|\b\d{1,2}[A-Z]{1,2})\s(?:at|of|in|from)\s((?:the\s)?(?:[\p{Lu}][\p{L}'’-]+\s){1,4}(?:Academy|High\s+School|Primary\s+School|Secondary\s+School|Senior\s+Secondary\s+School|Junior\s+School|Infant\s+School|Middle\s+School|Elementary(?:\s+School)?|Grammar(?:\s+School)?|Comprehensive|College|School)(?:\sin\s[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)?)(?![\p{L}])`,
  "gu",
);
const CLASS_BEFORE_SCHOOL_RE = /\b(?:in\s)?(\d{1,2}[A-Z]{1,2}|(?:Year|Grade|Form|Class)\s\d{1,2}[A-Z]?)\s(?:at|of)\s$/;

// v22: a vessel is where its crew is: "the F/V Northern Reliance, out of Dutch Harbor", "MV Ocean Star".
const VESSEL_RE = /\b(?:F\/V|M\/V|MV|FV|RV|HMS|HMAS|HMCS|HMNZS|USS|USNS|MY)\s(?:[\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,2})/gu;
const R_VESSEL = "A named boat or ship, with the story, tells its crew and their families who it was.";
const S_VESSEL = "Write 'a fishing boat' or 'a cargo ship' instead of its name.";
const PLACE_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+`;
// v37: a place a writer warns is small enough to give the patient away ("Hanle is small enough that people will
// recognise him"), and a small island named with its word for island ("the posta on Isla Llingua").
const SMALL_ENOUGH_RE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${PLACE_WORD}(?:\s${PLACE_WORD})?)\s+is\s+(?:so\s+|such\s+a\s+|a\s+)?(?:small|tiny)\s+(?:enough\s+(?:that|for\s+(?:people|everyone|anyone)|to\s+(?:know|recogni[sz]e|identify|tell|work\s+out))\b|(?:place|village|town|community|island|settlement|hamlet)\s+that\b)`, "gu");
const ISLAND_RE = new RegExp(String.raw`\b(?:Isla|Ilha|Île|Pulau|Nusa|Koh)\s(?:(?:de|do|da|del)\s)?${PLACE_WORD}(?:\s${PLACE_WORD})?`, "gu");
const R_SMALL_PLACE = "A small place named beside the story lets the people who live there recognise the patient.";
const S_SMALL_PLACE = "Write 'a small village' or 'a remote island' instead of its name.";

export function detectPlaceForms(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, type: "LOCATION", reason: R_PLACE, suggestion: S_PLACE, priority: 46, soft: ownWorkSentence(text, start, end) });
  };
  const at = (m: RegExpExecArray, g: string): number => m.index + m[0].lastIndexOf(g);
  eachMatchNear(FROM_PERSON_NEAR, text, (m) => {
    const g = m[1] ?? "";
    if (!nameOk(g)) return;
    add(at(m, g), at(m, g) + g.length);
  });
  eachMatch(SWAHILI_PLACE_RE, text, (m) => {
    if (nameOk(m[1] ?? "")) add(m.index, m.index + m[0].length);
  });
  eachMatch(OWN_VILLAGE_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!nameOk(g) || !strangeWord(g) || extraNotPlace(g)) return;
    add(at(m, g), at(m, g) + g.length);
  });
  if (/\sof\s/.test(text)) {
    eachMatch(OF_PERSON_RE, text, (m) => {
      const g = m[1] ?? "";
      if (!nameOk(g) || !strangeWord(g) || extraNotPlace(g)) return;
      add(at(m, g), at(m, g) + g.length);
    });
  }
  eachMatchNear(NAMED_STREET_NEAR, text, (m) => {
    const street = m[1] ?? "";
    const town = m[2];
    const start = m.index + m[0].indexOf(street);
    const end = m.index + m[0].length;
    const names = street.split(/\s+/).slice(0, -1);
    if (names.some((w) => NOT_PLACE_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)))) return;
    // "the High Street", "Main Road": any town's, unless the town is named.
    if (town === undefined && names.every((w) => /^(?:High|Main|Front|Back|Old|New|Long|Station|Church|Mill|School|Market)$/.test(w))) return;
    if (!patientInSentence(text, start, end)) return;
    add(start, town !== undefined && town.split(/\s+/).every((w) => PLACES.has(keyOf(w))) ? start + street.length : end);
  });
  eachMatch(LANDMARK_IN_TOWN_RE, text, (m) => {
    const landmark = (m[1] ?? "").trim();
    const town = m[2] ?? "";
    if (!/^Route\s/.test(town) && !nameOk(town)) return;
    const named = landmark.replace(new RegExp(`\\s?${LANDMARK_KIND}$`, "u"), "");
    if (named === "" || named.split(/\s+/).some((w) => NOT_PLACE_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)))) return;
    const start = m.index + m[0].indexOf(landmark);
    const end = m.index + m[0].length;
    // Without a word for the landmark ("the Tesco in …") the name alone could be anything: only in a patient's sentence.
    if (named === landmark && !patientInSentence(text, start, end)) return;
    add(start, end);
  });
  eachMatchNear(SMALL_IN_REGION_NEAR, text, (m) => {
    const small = m[1] ?? "";
    const region = (m[2] ?? "").replace(REGION_KIND, "");
    if (!region.split(/\s+/).every((w) => PLACES.has(keyOf(w)))) return;
    if (!nameOk(small) || !strangeWord(small) || extraNotPlace(small)) return;
    // The known region is not part of the span (as for "She comes from Ponsonby, Auckland": v13 tests).
    const start = m.index + m[0].indexOf(small);
    add(start, start + small.length);
  });
  eachMatch(RETURN_TO_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!nameOk(g) || !strangeWord(g) || extraNotPlace(g)) return;
    add(at(m, g), at(m, g) + g.length);
  });
  eachMatch(LC_LANDMARK_IN_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!nameOk(g) || !strangeWord(g) || extraNotPlace(g)) return;
    // The whole phrase, landmark and all: "the chief's palace compound in Asokore Mampong" (ANNOTATION.md).
    add(m.index, at(m, g) + g.length);
  });
  eachMatch(PUPIL_SCHOOL_RE, text, (m) => {
    const school = m[1] ?? "";
    const start = m.index + m[0].lastIndexOf(school);
    if (school.split(/\s+/).some((w) => ORGANISATIONS.has(keyOf(w)))) return;
    // (the class before the school is part of the place: "in 9R at Hollins Park Academy")
    const cls = CLASS_BEFORE_SCHOOL_RE.exec(text.slice(Math.max(0, start - 16), start));
    add(cls ? start - cls[0].length + cls[0].indexOf(cls[1] as string) : start, start + school.length);
  });
  eachMatch(PITCH_RE, text, (m) => add(m.index, m.index + m[0].length));
  eachMatch(SMALL_ENOUGH_RE, text, (m) => {
    const name = m[1] ?? "";
    const words = name.split(/\s+/);
    if (words.some((w) => (isEnglishWord(keyOf(w)) && !PLACES.has(keyOf(w))) || CALENDAR.has(keyOf(w))) || NOT_PATIENT_TITLE.test(name)) return;
    if (words.every((w) => PLACES_ALONE.has(keyOf(w)))) return; // (a city or country alone is no small place)
    out.push({ start: m.index, end: m.index + name.length, type: "LOCATION", reason: R_SMALL_PLACE, suggestion: S_SMALL_PLACE, priority: 46 });
  });
  eachMatch(ISLAND_RE, text, (m) => {
    if (m[0].split(/\s+/).slice(1).every((w) => PLACES.has(keyOf(w)) || /^(?:de|do|da|del)$/.test(w))) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "LOCATION", reason: R_SMALL_PLACE, suggestion: S_SMALL_PLACE, priority: 46 });
  });
  eachMatch(VESSEL_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "LOCATION", reason: R_VESSEL, suggestion: S_VESSEL, priority: 46 });
  });
  eachMatch(LAND_UNIT_OF_RE, text, (m) => {
    if (nameOk(m[1] ?? "")) add(m.index, m.index + m[0].length);
  });
  eachMatch(OWNED_SPOT_RE, text, (m) => {
    const g = m[1] ?? "";
    // (a city or a country is too wide: "a camp in Kenya")
    if (nameOk(g) && !AUTHOR_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) add(m.index, m.index + m[0].length);
  });
  eachMatchNear(MARAE_NEAR, text, (m) => {
    if (!/^(?:The|A|Our|Their|His|Her|Te\s+Puni)\s/.test(m[0])) add(m.index, m.index + m[0].length);
  });
  eachMatch(HOME_PLACE_APPOSED_RE, text, (m) => {
    const g = m[1] ?? "";
    if (nameOk(g)) add(at(m, g), at(m, g) + g.length);
  });
  eachMatch(NUMBERED_HOME_RE, text, (m) => {
    // ("bay 3" is a ward's bay, facilities.ts's; here only a bay in a camp or site)
    if (m[0].startsWith("bay") && !/\s(?:site|camp|settlement|park|field)$/.test(m[0])) return;
    add(m.index, m.index + m[0].length);
  });
  eachMatch(HOME_IN_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!nameOk(g)) return;
    // "my flat in …", "I rent a room in …"; v20: not "I visited her at her house in …", where the home is hers
    if (!/^(?:[Hh]is|[Hh]er|[Tt]heir)\s/.test(m[0]) && AUTHOR_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index + 1))) return;
    add(at(m, g), at(m, g) + g.length);
  });
  return out;
}
