import type { Candidate } from "../types.ts";
import { digitLedAnchor, eachMatch, eachMatchNear, nearMatcher } from "../context.ts";
import { FIRST_NAMES, PLACES, keyOf } from "../lexicon/names.ts";
import { CALENDAR, KINSHIP_TITLES, PATIENT_HONORIFICS } from "../lexicon/terms.ts";
import { isEnglishWord } from "../lexicon/english.ts";

/**
 * Exact ages of 90 and over (HIPAA Safe Harbor lumps them into "90 or older": so few people
 * reach them that an exact age narrows the field). Ages under 90, and life stages such as
 * "in her nineties" or "in her 90s", are not flagged in version 1.
 */

const AGE_NUM = "(\\d{2,3})";
// "aged 90 and over", "aged 90+", "aged 95 or older": a band that starts there, not one person's age.
const AGE_BAND_AFTER = "\\s{0,2}\\+|\\s+(?:and|or)\\s+(?:over|above|older|upwards|up|more)\\b|\\s+(?:plus|or\\s+more)\\b";
// Kinship words used as a name, in the languages of the writers (Zulu/Xhosa, Swahili, Yoruba/Hausa, Hindi/Urdu/Punjabi,
// Tamil/Telugu/Kannada, Filipino, Malay, Arabic, Italian/Spanish/Portuguese, Afrikaans, Māori, Welsh, English).
const KIN_AS_NAME =
  "Gogo|Mkhulu|Ouma|Oupa|Baba|Mama|Mzee|Bibi|Babu|Nana|Nani|Nanu|Dadi|Dada|Dadu|Amma|Ammi|Ammu|Abba|Abbu|Appa|Paati|Thatha|Ajji|Aaji|Lola|Lolo|Nanay|Tatay|Nenek|Atok|Tok|Teta|Jaddah|Jiddo|Sitti|Nonna|Nonno|Abuela|Abuelo|Avó|Avô|Vovó|Vovô|Kuia|Koro|Taid|Nain|Granny|Grandma|Grandpa|Grandad|Granddad|Grandmother|Grandfather|Gramps|Gran|Nan|Nanna|Oma|Opa";
// v12: an age said with where it comes from or when it held ("she was ninety-one per the grandson", "he was 90 at his
// last birthday", "she is 94 according to her card").
const AGE_SOURCE_AFTER = "per|as\\s+per|according|at\\s+(?:his|her|their|the)|by\\s+(?:his|her|their|the)|going\\s+on|give\\s+or\\s+take|or\\s+so|whichever|anyway|apparently|officially|supposedly|on\\s+paper";
const PATTERNS: readonly RegExp[] = [
  // v10: an age in apposition after a name: "Miss Opal Sizemore, is 96 and uses a CGM", "Mr Dunbar, who is 91,".
  new RegExp(`(?<![A-Za-z])(?:is|was|turned)\\s+${AGE_NUM}(?<=[A-Z\\u00C0-\\u00DE][a-z\\u00DF-\\u024F'’-]+,\\s(?:who\\s)?(?:is|was|turned)\\s+\\d{2,3})(?=\\s*[.,;!)]|\\s[—–-]\\s|\\s+(?:and|but|when|with|now|years?)\\b)`, "g"),
  // v23: an age set between commas right after a record number or a date of birth in a note ("UHID MH2024-0083371, 91,
  // bed 6", "DOB 6/19/1931, 92 — NO BP R arm")
  new RegExp(`(?<=\\b(?:DOB|D\\.O\\.B\\.?|born|UHID|MRN|NHS|CHI|NHI|IP\\s?no\\.?|MR\\s?no\\.?|ID)\\s?[:#]?\\s?[\\w./-]{4,24},\\s)${AGE_NUM}(?=\\s?(?:,|[—–-]|\\(|;))`, "g"),
  // 92-year-old, 94 years old, 92 yr old, 92-yr-old, 91 y old
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}(?:\\s{0,2}|-)(?:years?|yrs?|y)(?:\\s{1,2}|-)old(?![A-Za-z])`, "gi"),
  // 91 yo, 91yo, 91 y.o., 91 y/o, 91 yoa, 95-yo, 91-y-o
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}(?:\\s{0,2}|-)(?:yo|y\\.o\\.?|y\\/o|y-o|yoa)(?![A-Za-z0-9])`, "gi"),
  // aged 94, age 90, age: 90, ages 91
  new RegExp(
    `(?<![A-Za-z0-9])(?:aged|age|ages)\\s{0,2}[:=]?\\s{0,2}(?:(?:about|around|approximately|approx\\.?|nearly|almost|over|just\\s+over|roughly|circa|c\\.)\\s{1,2})?${AGE_NUM}(?![A-Za-z0-9%]|[.,]\\d|\\s{0,2}[-–]\\s{0,2}\\d|\\s{0,2}(?:mg|mcg|g|kg|ml|mmol|minutes|mins?|hours|hrs?|days|weeks|months|mmhg|%)|${AGE_BAND_AFTER})`,
    "gi",
  ),
  // "She was 93.", "he is 101 and", "she had just turned 92": an age said plainly about a person
  new RegExp(`(?<![A-Za-z])(?:he|she|they|patient|who|[Gg]ran|[Gg]ranny|[Nn]an|[Gg]randma|[Gg]randpa|[Mm]um|[Dd]ad|[Mm]other|[Ff]ather)(?:\\s+(?:was|is|had\\s+just\\s+turned|has\\s+just\\s+turned|had\\s+turned|has\\s+turned|turned|turns|will\\s+be|would\\s+be|would\\s+turn|is\\s+going\\s+to\\s+be|would\\s+have\\s+been|was\\s+nearly|is\\s+nearly|was\\s+almost|is\\s+almost|'s|’s)|['’]s(?:\\s+(?:nearly|almost|just\\s+turned))?)\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$|\\s["“(]|\\s+(?:and|but|when|with|now|then|at\\s+the\\s+time|last|this|that|so|next|years?|yrs?|y\\/o|yo|in|on|yesterday|today|tomorrow|though|although|already|still|${AGE_SOURCE_AFTER})\\b))`, "gi"),
  // "At 99 she still walked", "at 93, he": an age at the start of a clause about a person
  // (v29: or "with" what the patient has: "At 91, with pacemaker dependence")
  new RegExp(`(?<![A-Za-z])[Aa]t\\s+(?:the\\s+age\\s+of\\s+)?${AGE_NUM}(?:\\s+years?(?:\\s+old)?)?(?=,?\\s+(?:he|she|they|her|his|my|our|the\\s+patient|this)\\b|,\\s+with\\s+(?:[a-z-]+\\s+){0,2}(?:dependence|dementia|frailty|failure|disease|cancer|his\\s|her\\s))`, "g"),
  // v29: an age with the Scandinavian word for years ("Gunnar Isaksson, 92 år")
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}\\s?år(?![\\p{L}])`, "gu"),
  // "an elderly man (92)", "Mrs Dube, 93, lives alone", "Gogo (96)": a bracketed or comma-set age after a person
  // (v26: with "about" before it, or said "by his own account": "Haji Allah Bux, about 92 by his own account"; v37: with
  // another name for the person in brackets between, "Lola Remedios (Remedios Dela Cruz), 93, was admitted")
  new RegExp(`(?<=(?:\\b(?:man|woman|lady|gentleman|gent|male|female|patient|widow|widower|grandmother|grandfather|granny|gran|nan|mother|father|resident|pensioner|nonagenarian|centenarian|husband|wife|aunt|uncle)|\\b(?:Mr|Mrs|Ms|Miss|Mx|Mzee|Gogo|Mama|Baba|Haji|Nana)\\.?\\s[A-Z][\\p{L}'’-]+|\\b[A-Z][\\p{Ll}'’-]+\\s[A-Z][\\p{L}'’-]+)(?:\\s\\([^()\\n]{1,40}\\))?)(?:\\s?\\(|,\\s|\\s[—–-]\\s)(?:(?:about|around|approximately|nearly|almost|roughly|some|over)\\s)?${AGE_NUM}(?:\\s?(?:y|yrs?|years?)(?:\\s+old)?)?(?=\\)|,|["”]|\\s[—–-]\\s|\\s(?:as\\s+per|according\\s+to|per|by\\s+(?:his|her|their)\\s+own)\\s)`, "gu"),
  // "a woman of 94", "a nonagenarian of 95 years": an age after "of" about a person
  new RegExp(`(?<=\\b(?:man|woman|lady|gentleman|gent|patient|widow|widower|grandmother|grandfather|pensioner|nonagenarian|centenarian|soul|person)\\s)of\\s+${AGE_NUM}(?:\\s+(?:years|yrs)(?:\\s+old)?)?(?![\\d.,]\\d|\\s*(?:%|kg|mm|cm|mmHg|bpm|mg))`, "gi"),
  // "turned 92 last week", "turns 100 on Sunday" (not "turned 90 degrees")
  new RegExp(`(?<![A-Za-z])(?:turned|turns|turning|will\\s+turn)\\s+${AGE_NUM}(?!\\s*(?:°|%|degrees?|deg\\b|mg|kg|mm|cm|ml|mL|minutes|mins|per\\s*cent|percent))(?![\\d.])`, "gi"),
  // "wrote 91yrs on the card": the unit run on to the number is an age's shorthand (not "for 90yrs", "in 100yrs", a span)
  new RegExp(`(?<![A-Za-z0-9.])(?<!\\b(?:for|in|over|past|last|within|than|after)\\s)${AGE_NUM}yrs?(?![A-Za-z0-9])`, "gi"),
  // "92 yrs, male", "a 94 y female", "93yrs" (not a span of time: "smoked for 90yrs, he joked")
  new RegExp(`(?<![A-Za-z0-9.])(?<!\\b(?:for|in|over|past|last|within|than|after)\\s)${AGE_NUM}\\s?(?:yrs?|y)(?=\\s*(?:,|\\)|\\s(?:male|female|man|woman|lady|gentleman|M|F|old|boy|girl)\\b))`, "g"),
  // "aged about 95", "age approx. 93", "aged 93 years"
  // "92 years of age", "aged 92 years"
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}\\s{1,2}(?:years?|yrs?)\\s{1,2}of\\s{1,2}age(?![A-Za-z])`, "gi"),
  // 95th birthday
  // v6: clinical shorthand "93F", "91M", "F/94", "94/F", "(93 F)"
  // (not a Fahrenheit temperature: "a fever of 101F, so…", "temp 93F"; v13: "Temp 93F" at a sentence start too)
  new RegExp(`(?<![A-Za-z0-9.\\/])(?<!\\b(?:temp|temps|temperature|fever|febrile|pyrexia|pyrexial|pyrexic|Temp|Temps|Temperature|Fever|T|of|to|at|was|reached|spiked|hit|around|about|above|over)\\s{1,2})${AGE_NUM}\\s?\\/?\\s?(?:F|M)(?=\\s*[,;:)]|\\s+(?:with|presenting|presented|admitted|brought|from|who|on|in|referred|known|living|resident|nursing|retired|widow|widower|lives|PMH|c\\/o|BIBA)\\b)`, "g"),
  new RegExp(`(?<![A-Za-z0-9])(?:F|M)\\s?\\/\\s?${AGE_NUM}(?![A-Za-z0-9]|[.,\\/]\\d)`, "g"),
  // "aged 93yrs", "age 94 y"
  new RegExp(`(?<![A-Za-z0-9])(?:aged|age)\\s{0,2}[:=]?\\s{0,2}${AGE_NUM}\\s?(?:yrs?|years?|y)(?![A-Za-z0-9])`, "gi"),
  // "in her 93rd year", "celebrated his 100th", "reached her 95th"
  new RegExp(`(?<![A-Za-z])in\\s+(?:his|her|their)\\s+${AGE_NUM}(?:st|nd|rd|th)\\s+year(?![A-Za-z])`, "gi"),
  new RegExp(`(?<![A-Za-z])(?:celebrated|celebrating|celebrates|reached|reaching|marked|marking)\\s+(?:his|her|their)\\s+${AGE_NUM}(?:st|nd|rd|th)(?![A-Za-z])`, "gi"),
  // Portuguese / Spanish: "93 anos", "com 95 anos", "94 años"
  // v17: Vietnamese, Malay and Indonesian, French and Turkish ("91 tuổi", "92 tahun", "94 ans", "95 yaşında"), and
  // Swahili with the word first ("miaka 93")
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}\\s{1,2}(?:anos|años|tuổi|tuoi|tahun|ans|yaşında|yasinda)(?:\\s+de\\s+idade)?(?![\\p{L}])`, "giu"),
  new RegExp(`(?<![\\p{L}])miaka\\s${AGE_NUM}(?![\\p{L}\\d])`, "giu"),
  // "93 years young", "94 summers"
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}\\s{1,2}(?:years?\\s+young|summers)(?![A-Za-z])`, "gi"),
  // An honorific or kinship term with a bracketed or comma-set age: "Lola (94)", "Hajia Amina, 92,", "Kuia, 95,", "Ammu (91)"
  new RegExp(`(?<=\\b(?:Alhaji|Hajia|Hajiya|Hajja|Hajj|Sheikh|Sheikha|Haji|Dona|Senhor|Senhora|Seu|Sr|Sra|Lola|Lolo|Nanay|Tatay|Mang|Aling|Ammu|Abbu|Abba|Amma|Appa|Nani|Nana|Dadi|Dada|Thatha|Paati|Aachchi|Achchi|Seeya|Kuia|Koro|Whaea|Matua|Sekuru|Ambuya|Mbuya|Gogo|Mkhulu|Aunty|Auntie|Uncle|Granny|Grandma|Grandpa|Taid|Nain|Mam-gu|Bampi)(?:\\s[A-Z][\\p{L}'’-]+){0,2})(?:\\s?\\(|,\\s)${AGE_NUM}(?:\\s?(?:y|yrs?|years?)(?:\\s+old)?)?(?=\\)|,)`, "gu"),
  new RegExp(`(?<![A-Za-z0-9.])${AGE_NUM}(?:st|nd|rd|th)\\s{1,2}birthday(?![A-Za-z])`, "gi"),
];

// More phrasings, each with its number from 90 to 125 a bounded distance after the match's start (NEAR_REACH, in the
// same order: the longest lead-in with single spaces and a margin). Speed: tried only that far before such a number
// (context.ts nearMatcher), not at every word start; a lead-in with runs of spaces longer than the margin is not matched.
const NEAR_PATTERNS: readonly RegExp[] = [
  // Triage shorthand run together and followed by the complaint: "92M fall ?NOF", "'94F confused'" (not money "£92M",
  // not a temperature, which the lookbehind of the rule above keeps out the same way).
  new RegExp(`(?<![A-Za-z0-9.\\/£$€₹₦#])(?<!\\b(?:temp|temps|temperature|fever|febrile|pyrexia|pyrexial|pyrexic|Temp|Temps|Temperature|Fever|T|of|to|at|reached|spiked|hit|around|about|above|over)\\s{1,2})${AGE_NUM}[FM](?=\\s+[a-z?]|['"’”])(?!\\s+(?:sprint|race|dash|run|hurdles|swim|freestyle|relay|dollars|pounds|naira|rupees|people|users|views|downloads|budget|deal|fund)\\b)`, "g"),
  // Sex then age, as a triage slip or a table row writes it: "F, 93", "M, 91;", "female, 95)".
  new RegExp(`(?<![A-Za-z0-9])(?:F|M|[Ff]emale|[Mm]ale)\\s?,\\s?${AGE_NUM}(?=\\s*[,;)]|\\s*$)`, "g"),
  // "Baba is 96 years and …", "she was 94 years when …": an age in years said of someone, without "old".
  new RegExp(`(?<![A-Za-z])(?:is|was|turned|now)\\s+${AGE_NUM}\\s+(?:years|yrs)(?=\\s*[.,;!)]|\\s+(?:and|but|when|with|now|this|last|next|he|she|they|according|per|apparently|already|still|at\\s+the\\s+time)\\b)`, "gi"),
  // "his age was 93", "her age is 91", "age recorded as 95": the age said through the word "age" and a verb.
  new RegExp(`(?<![A-Za-z])age\\s+(?:was|is|given\\s+as|recorded\\s+as|written\\s+as|listed\\s+as)\\s+${AGE_NUM}(?![\\d.,]\\d|\\s*(?:%|kg|mm|cm|mmHg|bpm|mg))(?![A-Za-z0-9])`, "gi"),
  // "all of her 97 years", "his 96 years had been spent farming": a lifetime counted in years (not "her 90 years of
  // service"; at 90 and over, a count of years after his/her is the person's own).
  new RegExp(`(?<![A-Za-z])(?:his|her|their)\\s+${AGE_NUM}\\s+years(?!\\s+(?:of|in|as|at|with|on|working|nursing|teaching|experience|service|marriage|practice)\\b)(?![A-Za-z])`, "gi"),
  // "He claims to be 102", "she insists she is 98", "says he's 95": an age the person gives.
  new RegExp(`(?<![A-Za-z])(?:claims?|claimed|claiming|says?|said|reckons?|reckoned|insists?|insisted|swears?|swore)\\s+(?:to\\s+be|(?:he|she)\\s+(?:is|was|['’]s))\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|now|years?|yrs?|though|already|still)\\b)`, "gi"),
  // "born 95 years ago"
  new RegExp(`(?<![A-Za-z])born\\s+(?:some\\s+|about\\s+|nearly\\s+|over\\s+)?${AGE_NUM}\\s+years\\s+ago(?![A-Za-z])`, "gi"),
  // A kinship word used as a name, then the age: "Gogo was 97 when …", "Nonna is 93 and …", "Dadi ji was 95." The word is
  // capitalised (a name), as in ANNOTATION.md's "Mama Ijeoma"; the age is what follows, never a unit.
  new RegExp(`\\b(?:${KIN_AS_NAME})(?:\\s+ji)?(?:\\s+(?:is|was|turned|is\\s+now|was\\s+then|will\\s+be|would\\s+be)|['’]s)\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|when|with|now|then|last|this|next|years?|yrs?|in|on|though|already|still|${AGE_SOURCE_AFTER})\\b)`, "g"),
  // v20: an age reported by someone else ("his grandfather, who he said was 96"), in brackets after the word ("her age
  // (93)"), made exact ("in her late nineties, 98 to be exact") and said again of a subject already named ("and is now 95").
  new RegExp(`(?<![A-Za-z])(?:who|whom)\\s+(?:he|she|they|we|the\\s+\\w+|his\\s+\\w+|her\\s+\\w+|their\\s+\\w+)\\s+(?:said|says|thought|thinks|believed|believes|reckoned|reckons|told\\s+(?:us|me|them))\\s+(?:was|is|had\\s+just\\s+turned)\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|when|with|now|years?|yrs?|though|already|still)\\b)`, "gi"),
  new RegExp(`(?<=(?<![A-Za-z])(?:age|aged)\\s?\\()${AGE_NUM}(?=\\))`, "gi"),
  new RegExp(`(?<=\\b(?:nineties|90s|hundreds),\\s)${AGE_NUM}(?=\\s+to\\s+be\\s+(?:exact|precise)\\b)`, "gi"),
  // v33: said of a person in a relative clause ("Aili Niemi, who lives alone and is 95")
  new RegExp(`(?<![A-Za-z])who\\s+(?:[a-z]+\\s+){1,4}?and\\s+(?:is|was)\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|years?|yrs?)\\b)`, "g"),
  new RegExp(`(?<![A-Za-z])and\\s+(?:is|was)\\s+now\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|years?|yrs?)\\b)`, "gi"),
  // v20: an age said to the patient, in a letter to them ("You were 91 when you came to us", "that you were 94")
  new RegExp(`(?<![A-Za-z])[Yy]ou\\s+(?:were|are|turned|had\\s+just\\s+turned|would\\s+have\\s+been)\\s+${AGE_NUM}(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|but|when|with|now|then|years?|last|this|that|so|already|still)\\b)`, "g"),
];
const NEAR_REACH: readonly number[] = [2, 12, 16, 24, 12, 28, 20, 36, 48, 2, 2, 60, 16, 32];
const AGE_NUMBER_ANCHOR = digitLedAnchor(/(?<![\d.])(?:9\d|1[01]\d|12[0-5])(?!\d)/g);
const NEAR = NEAR_PATTERNS.map((re, k) => nearMatcher(re, AGE_NUMBER_ANCHOR, NEAR_REACH[k] ?? 64));

// A centenarian is 100 or more: a band narrower than the "90 or older" Safe Harbor allows, so one patient called that is
// reported like an exact age ("our centenarian patient", "a supercentenarian"). "Nonagenarian" (90–99) is the same band
// as "in her nineties" and is not; nor are centenarians in general ("centenarians are rare").
const CENTENARIAN_RE =
  /\b(?:a|the|our|this|my|their|his|her)\s+(?:[a-z-]+\s+)?((?:super)?centenarian)(?![\p{L}]|\s+(?:study|studies|research|cohort|population|registry|project|trial|data|club|society|paper|survey|census)\b)/giu;

// Ages of 90+ written in words: "ninety-three-year-old", "aged ninety-one", "a hundred and one years old", "she was ninety-four".
const TENS: Record<string, number> = { ninety: 90, "a hundred": 100, "one hundred": 100, "hundred": 100 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
// v12: "ninety-nine and three-quarters", "ninety and a half": the fraction belongs to the age.
const WORD_AGE = "((?:ninety|(?:a|one)\\s+hundred)(?:(?:-|\\s+|\\s+and\\s+)(?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+and\\s+(?:a\\s+half|a\\s+quarter|three[-\\s]quarters))?)";
const WORD_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?<![A-Za-z])${WORD_AGE}(?:-|\\s{1,2})(?:years?|yrs?)(?:-|\\s{1,2})old(?![A-Za-z])`, "gi"),
  new RegExp(`(?<![A-Za-z])aged?\\s{1,2}${WORD_AGE}(?![A-Za-z-])`, "gi"),
  new RegExp(`(?<![A-Za-z])${WORD_AGE}\\s{1,2}(?:years?\\s{1,2}of\\s{1,2}age|years?\\s+young|anos)(?![A-Za-z])`, "gi"),
  // "ninety four y/o", "ninety-one yo"; and a number word in brackets ("Ma Efua (ninety-five)"), which is an age.
  new RegExp(`(?<![A-Za-z])${WORD_AGE}(?:\\s{0,2}|-)(?:y\\/o|yo|y\\.o\\.?|y-o|yrs?)(?![A-Za-z])`, "gi"),
  new RegExp(`(?<=\\(\\s?)${WORD_AGE}(?=\\s?\\))`, "gi"),
  // v12: "who was ninety-six", and an age with its source ("per the grandson").
  new RegExp(`(?<![A-Za-z])(?:he|she|they|who)(?:\\s+(?:was|is|had\\s+just\\s+turned|has\\s+just\\s+turned|turned|turns|will\\s+be)|['’]s)\\s+${WORD_AGE}(?=\\s*[.,;!)]|\\s+(?:and|but|when|with|now|last|this|next|years?|yrs?|y\\/o|yo|in|on|yesterday|today|though|already|still|${AGE_SOURCE_AFTER})\\b)`, "gi"),
  // v32: with an aside before the age ("was, by her own count, ninety-three"), and after an age label ("Age: ninety-two",
  // an ATMIST handover's "**A**: ninety-one")
  new RegExp(`(?<![A-Za-z])(?:was|is)\\s*,\\s[^,.;\\d\\n]{1,40},\\s+${WORD_AGE}(?=\\s*[.,;!)])`, "gi"),
  new RegExp(`(?<![A-Za-z])(?:age|A)(?:\\*\\*|__)?\\s*[:=]\\s*(?:\\*\\*|__)?\\s*${WORD_AGE}(?![A-Za-z-])`, "gi"),
  // (v36: "of" after a count is no age: "a caseload of ninety", "a total of ninety")
  new RegExp(`(?<![A-Za-z])(?:turned|turns|turning|[Aa]t|(?<!\\b(?:caseload|case\\s+load|total|list|score|cohort|queue|sample|group|count|maximum|minimum|average|mean|median|out|budget|batch|class|team|audience|crowd|capacity|rate|pulse|weight|heart\\s+rate|saturations?|sats|number|lot|bunch|cohort)\\s)of)\\s+${WORD_AGE}(?![A-Za-z-]|\\s+(?:minutes|mins|seconds|degrees|per\\s*cent|percent|patients|people|days|hours|times|of\\s+(?:us|them|the)))`, "gi"),
];

// v17: a person named or described, then the age: "Margot is 96 and dying", "the gent in there is 94, not 49", "Dor was
// 97 (her card said so)". A capitalised subject counts only when it is a known first name or a kinship word used as a
// name, so "Pulse was 96," or "Ward 9 is 100 metres on" are not ages.
const SUBJECT_THEN_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:the\s+)?(?:gent|gentleman|old\s+man|man|woman|lady|patient|resident|client|widow|widower|grandmother|grandfather|granny)(?:\s+in\s+(?:there|that\s+bed|bed\s+\d{1,3}[A-Z]?|room\s+\d{1,4}[A-Z]?))?|[\p{Lu}][\p{Ll}'’-]{1,20})(?:\s\([^()\n]{1,40}\))?\s+(?:is|was|turned|is\s+now|was\s+then)\s+${AGE_NUM}(?=\s*[.,;!)(]|\s+(?:and|but|when|with|now|this|last|next|years?|yrs?|in|on|though|already|still|not|according|per)\b)`,
  "gu",
);
const SUBJECT_THEN_AGE = nearMatcher(SUBJECT_THEN_AGE_RE, AGE_NUMBER_ANCHOR, 88);
const KIN_AS_NAME_WORDS = new Set(KIN_AS_NAME.toLowerCase().split("|"));

function subjectIsPerson(subject: string): boolean {
  if (!/^\p{Lu}/u.test(subject)) return true;
  const key = keyOf(subject);
  // v20: or a word of no language we list and no place ("Walt is 91 and everybody in the county knows him")
  return KIN_AS_NAME_WORDS.has(key) || ((FIRST_NAMES.has(key) || !isEnglishWord(key)) && !PLACES.has(key) && !CALENDAR.has(key));
}

// v19: a named person, perhaps with a nickname or an aside, then the age: 'Mr. Ronald "Ronnie" Pruitt is 91 and …',
// "Doreen Hallam (everyone calls her Dor) is 96", "Ammachi, as everyone called her, was 94", "Marguerite — Margot to
// everyone in Chéticamp — is 96" (normalise.ts has made every dash "-"). The subject counts when one of its words is a title, a kinship word or a first name
// that is not also an English word or a place, or when the aside says what the person is called ("Pulse was 96",
// "Ward Round, as usual, was 95 minutes late" are not ages).
const BARE_AGE_NUMBER = /(?<![\d.,])(?:9\d|1[01]\d|12[0-5])(?![\d]|[.,]\d)/g;
const AGE_VERB_BEFORE = /(?:^|[^\p{L}])(?:is|was|turned|is\s+now|was\s+then|['’]s)\s+$/u;
const AGE_END_AFTER = /^(?:\s*(?:[.,;!)(]|$)|\s+(?:and|but|when|with|now|this|last|next|in|on|though|already|still|not|according|per|years?)\b)/;
const ASIDE_AT_END = /(?:\s*\(([^()\n]{1,60})\)|,\s+([^,\n]{1,60}),|\s[—–-]\s([^\n]{1,80}?)\s[—–-])\s*$/u;
const NAMED_SUBJECT_AT_END =
  /((?:[\p{Lu}][\p{L}'’-]*\.?\s+(?:["“‘][^"”’\n]{1,20}["”’]\s+)?){0,3}[\p{Lu}][\p{L}'’-]+)\s*$/u;
const CALLED_ASIDE = /\bcall(?:s|ed)?\s+(?:her|him)\b|\bknown\s+(?:as|to)\b|\bto\s+(?:everyone|all|the\s+village|the\s+ward)\b|\beveryone\s+call(?:s|ed)\b/i;

function namedPersonWord(word: string): boolean {
  const key = keyOf(word.replace(/\.$/, ""));
  if (PATIENT_HONORIFICS.has(key) || PATIENT_HONORIFICS.has(`${key}.`) || KINSHIP_TITLES.has(key) || KIN_AS_NAME_WORDS.has(key)) return true;
  return FIRST_NAMES.has(key) && !PLACES.has(key) && !isEnglishWord(key);
}

function namedSubjectAges(text: string, out: Candidate[]): void {
  if (!/(?:is|was|turned|['’]s)\s+(?:9\d|1[01]\d|12[0-5])/.test(text)) return;
  for (const m of text.matchAll(BARE_AGE_NUMBER)) {
    const p = m.index;
    const end = p + m[0].length;
    if (!AGE_END_AFTER.test(text.slice(end, end + 12))) continue;
    const before = text.slice(Math.max(0, p - 200), p);
    const verb = AGE_VERB_BEFORE.exec(before);
    if (verb === null) continue;
    // (the verb's match starts with the character before it, unless the window starts there)
    let clause = before.slice(0, verb.index + (/^[^\p{L}]/u.test(verb[0]) && !/^(?:is|was|turned)/.test(verb[0]) ? 1 : 0));
    clause = clause.slice(Math.max(clause.lastIndexOf("\n"), lastSentenceEnd(clause)) + 1);
    const aside = ASIDE_AT_END.exec(clause);
    let asideText = "";
    if (aside !== null) {
      asideText = aside[1] ?? aside[2] ?? aside[3] ?? "";
      clause = clause.slice(0, aside.index);
    }
    const subject = NAMED_SUBJECT_AT_END.exec(clause);
    if (subject === null) continue;
    const words = (subject[1] ?? "").replace(/["“‘][^"”’\n]*["”’]/g, " ").split(/\s+/).filter((w) => w.length > 0);
    if (!words.some(namedPersonWord) && !(asideText !== "" && CALLED_ASIDE.test(asideText) && words.length <= 3)) continue;
    const age = Number(m[0]);
    out.push({
      start: p,
      end,
      type: "AGE",
      reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
      suggestion: `Write ${age < 100 ? "'a man in his nineties', 'a woman in her nineties'" : "'a centenarian' only if essential"}, or 'a very elderly patient'.`,
      priority: 55,
    });
  }
}

// v19: an age of 90 or over already found (in figures or words) is the patient's wherever "at" restates it in figures:
// "She is ninety-three … Iron-deficiency anaemia at 93 still needs a workup", "admission at 103 is its own disease" (a number never found as an age is left alone: "at 95
// beats per minute", "at 100 metres").
function restatedAges(text: string, out: Candidate[]): void {
  const said = new Set<string>();
  for (const c of out) {
    const found = text.slice(c.start, c.end);
    const digits = /\d{2,3}/.exec(found);
    const words = digits === null ? WORD_AGE_IN.exec(found) : null;
    if (digits !== null) said.add(digits[0]);
    else if (words !== null) said.add(String(wordAge(words[1] ?? "")));
  }
  for (const n of said) {
    const re = new RegExp(`(?<![\\p{L}\\d])at\\s+(?:the\\s+age\\s+of\\s+)?(${n})(?![\\d]|[.,]\\d|\\s*(?:%|°|kg|g|mg|mcg|ml|mL|mm|cm|m|km|bpm|mmHg|minutes|mins?|hours|hrs?|seconds|secs?|days|weeks|months|metres|meters|miles|per\\s*cent|percent|degrees)\\b)`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length - n.length;
      out.push({
        start,
        end: start + n.length,
        type: "AGE",
        reason: `An exact age of ${n} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
        suggestion: "Write 'in her nineties', 'at her age' or 'a very elderly patient'.",
        priority: 55,
      });
    }
  }
}

const WORD_AGE_IN = new RegExp(WORD_AGE, "i");

// v19: Swahili, the number in words: "miaka tisini na moja" (91), "miaka mia moja" (100).
const SW_UNITS: Record<string, number> = { moja: 1, mbili: 2, tatu: 3, nne: 4, tano: 5, sita: 6, saba: 7, nane: 8, tisa: 9 };
// v28: Spanish and Portuguese ages of ninety and over in words ("noventa y un años", "noventa e dois anos", "tenía cien
// años"; not "cien años de soledad")
const IBERIAN_AGE_RE =
  /(?<![\p{L}])(noventa|(?<=\b(?:tenía|tiene|cumplió|cumple|tinha|tem|fez|faz|was|is|turned)\s)(?:cien|cem))(?:\s+(?:y|e)\s+(un|uno|una|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?\s+(?:años|anos)(?![\p{L}])(?!\s+de\b)/giu;
// v37: and without "años"/"anos" after them, glossed in English after a dash or said after "is"/"é"/"tem"/"tiene"
// ("Dona Albertina is noventa e quatro — ninety-four —"); not a price, "was noventa reais"
const IBERIAN_AGE_BARE_RE =
  /(?<![\p{L}])(noventa)(?:\s+(?:y|e)\s+(un|uno|una|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?(?:(?=\s*[—–-]\s*(?:ninety|one\s+hundred|a\s+hundred)\b)|(?<=\b(?:is|was|é|era|tem|tinha|tiene|ten[ií]a)\snoventa(?:\s+[ey]\s+\p{L}+)?)(?![\p{L}])(?!\s+(?:años|anos|reais|real|pesos|euros|soles|d[oó]lares|por\s+cento|minutos|quil[oó]s|kg|km|metros)\b))/giu;
const IBERIAN_UNITS: Record<string, number> = { un: 1, uno: 1, una: 1, um: 1, uma: 1, dos: 2, dois: 2, duas: 2, tres: 3, três: 3, cuatro: 4, quatro: 4, cinco: 5, seis: 6, siete: 7, sete: 7, ocho: 8, oito: 8, nueve: 9, nove: 9 };
const SWAHILI_AGE_RE = /(?<![\p{L}])miaka\s+(tisini|mia(?:\s+moja)?)(?:\s+na\s+(moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?(?![\p{L}])/giu;
function swahiliAge(tens: string, unit: string): number {
  return (tens.toLowerCase() === "tisini" ? 90 : 100) + (SW_UNITS[unit.toLowerCase()] ?? 0);
}

/** Where the last sentence in `s` ended (the index of its full stop, "!" or "?"), or -1; "Mr." and "Dr." do not end one. */
function lastSentenceEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    if (!/\s/.test(s[i + 1] ?? " ")) continue;
    if (c === "." && /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|[A-Z])$/u.test(s.slice(Math.max(0, i - 4), i))) continue;
    return i;
  }
  return -1;
}

/** The age a phrase in words says ("ninety-three" → 93, "a hundred and one" → 101). */
export function wordAge(s: string): number {
  const k = s.toLowerCase().replace(/\s+/g, " ").replace(/ and (?:a half|a quarter|three[- ]quarters)$/, "");
  const base = k.startsWith("ninety") ? 90 : 100;
  const unit = /(one|two|three|four|five|six|seven|eight|nine)$/.exec(k);
  void TENS;
  return base + (unit ? (UNITS[unit[1] ?? ""] ?? 0) : 0);
}


// Every word pattern has "ninety" or "hundred" in it: without either in the text none can match, and none is run.
const WORD_AGE_WORD = /ninety|hundred/i;

// v20: the writer's own relative's age is no patient's ("because my nani, who is 91, still tells everybody …"): soft,
// shown only beside a finding that holds.
const MY_RELATIVE_BEFORE =
  /\bmy\s+(?:own\s+)?(?:(?:great-)*(?:grandmother|grandfather|grandma|grandpa|granny|gran|nan|nana|nani|dadi|dada|nanaji|dadaji|abuela|abuelo|lola|lolo|nonna|nonno|oma|opa|mum|mom|mother|dad|father|aunt|auntie|aunty|uncle|great-aunt|great-uncle|grandparents?))\b[^.;!?\n]{0,30}$/i;

export function detectAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  const each = (fn: (m: RegExpExecArray) => void): void => {
    for (const re of PATTERNS) eachMatch(re, text, fn);
    for (const nm of NEAR) eachMatchNear(nm, text, fn);
  };
  each((m) => {
    const age = Number(m[1]);
    if (!(age >= 90 && age <= 125)) return;
    // The pronoun form ("she was 93") flags only the number.
    const whole = /^\d/.test(m[0]) || /^(?:aged|age|ages)/i.test(m[0]);
    const words = age < 100 ? "'a man in his nineties', 'a woman in her nineties'" : "'a centenarian' only if essential";
    out.push({
      start: whole ? m.index : m.index + m[0].search(/\d/),
      end: m.index + m[0].length,
      type: "AGE",
      reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
      suggestion: `Write ${words}, or 'a very elderly patient'.`,
      priority: 55,
    });
  });
  eachMatchNear(SUBJECT_THEN_AGE, text, (m) => {
    const age = Number(m[2]);
    if (!(age >= 90 && age <= 125) || !subjectIsPerson(m[1] ?? "")) return;
    const start = m.index + m[0].length - (m[2] ?? "").length;
    out.push({
      start,
      end: m.index + m[0].length,
      type: "AGE",
      reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
      suggestion: `Write ${age < 100 ? "'a man in his nineties', 'a woman in her nineties'" : "'a centenarian' only if essential"}, or 'a very elderly patient'.`,
      priority: 55,
    });
  });
  namedSubjectAges(text, out);
  if (/\b(?:noventa|cien|cem)\s/i.test(text)) {
    for (const re of [IBERIAN_AGE_RE, IBERIAN_AGE_BARE_RE]) eachMatch(re, text, (m) => {
      const age = (/^noventa$/i.test(m[1] ?? "") ? 90 : 100) + (IBERIAN_UNITS[(m[2] ?? "").toLowerCase()] ?? 0);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: "AGE",
        reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
        suggestion: "Write 'in her nineties' or 'a very elderly patient'.",
        priority: 55,
      });
    });
  }
  if (/miaka\s/i.test(text)) {
    eachMatch(SWAHILI_AGE_RE, text, (m) => {
      const age = swahiliAge(m[1] ?? "", m[2] ?? "");
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: "AGE",
        reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
        suggestion: "Write 'in her nineties' or 'a very elderly patient'.",
        priority: 55,
      });
    });
  }
  if (/centenarian/i.test(text)) {
    eachMatch(CENTENARIAN_RE, text, (m) => {
      const g = m[1] ?? "";
      const start = m.index + m[0].length - g.length;
      out.push({
        start,
        end: start + g.length,
        type: "AGE",
        reason: "Calling one patient a centenarian places them at 100 or over, rarer than the \"90 or older\" that may be said.",
        suggestion: "Write 'a very elderly patient' or 'in her nineties or older'.",
        priority: 55,
      });
    });
  }
  for (const re of WORD_AGE_WORD.test(text) ? WORD_PATTERNS : []) {
    eachMatch(re, text, (m) => {
      const g = m[1] ?? "";
      const age = wordAge(g);
      const whole = /^(?:aged?\s|ninety|a\s|one\s|hundred)/i.test(m[0]);
      const start = whole ? m.index : m.index + m[0].lastIndexOf(g);
      out.push({
        start,
        end: whole ? m.index + m[0].length : start + g.length,
        type: "AGE",
        reason: `An exact age of ${age} is rare enough to point to one person; ages of 90 and over are reported only as "90 or older".`,
        suggestion: "Write 'in her nineties' or 'a very elderly patient'.",
        priority: 55,
      });
    });
  }
  restatedAges(text, out);
  for (const c of out) if (MY_RELATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 50), c.start))) c.soft = true;
  return out;
}
