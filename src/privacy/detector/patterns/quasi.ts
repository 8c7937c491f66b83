import type { Candidate, ScanOptions } from "../types.ts";
import { eachMatch, patientInSentence, writerSentence } from "../context.ts";
import { PLACES, keyOf } from "../lexicon/names.ts";
import { CALENDAR, LANGUAGES } from "../lexicon/terms.ts";

/**
 * OTHER:
 *  - social-media handles ("@tom_h_1987"), unless the caller lists them as non-patient;
 *  - quasi-identifiers: a combination of details that singles one person out. Within each
 *    sentence (and the one after it) signals are scored:
 *      distinctive role or fame ("the only female blacksmith", "a retired Olympic rower",
 *      "a local MP", "appeared on TV")   3
 *      rare condition ("a very rare syndrome", "one of only N cases")        2
 *      small place ("village", "hamlet", "small town", "island")             1
 *      exact age under 90 ("a 47-year-old", "aged 47")                       1
 *      a date or a named month with a day                                     1
 *    A score of 5 or more flags the most specific phrase (the role or the rarity), and the
 *    reason names the combination. GMC/ICO: life stages instead of exact ages, no dates of
 *    encounters, no hospital or ward names.
 */

/** Read by detect.ts (softenThingsOneOfAKind), which softens such a claim when it is about a thing, not a person. */
export const R_ONE_OF_A_KIND_PLACE = "A one-of-a-kind description tied to a named place singles one person out even without a name.";
const FOLLOW_BEFORE = /\b[Ff]ollow(?:ing)?\s+(?:@[A-Za-z0-9_.]+(?:,\s|\s(?:and|&)\s|,\s(?:and|&)\s))*$/;
// A handle ("@tom_h_1987"), or a fediverse address (v19: up to 40 characters, as some sites and Mastodon servers allow) ("@amara@rounds.example", v12): group 1 is the account name.
const HANDLE_RE =
  /(?<![A-Za-z0-9_@./])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?)(?:@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]))?(?![A-Za-z0-9_@])/g;
/**
 * v12: mentions that open a comment or a line ("@priya@med.social @tolu great reflection…") address the people the
 * writer is answering (the post's author, other commenters), as every Mastodon reply does; they are not a patient's
 * handle. Tested on the text from the line's start (at most 400 characters back) to the mention.
 */
const LEADING_MENTIONS_RE =
  /(?:^|\n)[ \t>*_]*(?:(?:RE|Re|re|cc|CC|Cc|[Rr]eplying\s+to|[Ii]n\s+reply\s+to)\b:?\s*)?(?:@[A-Za-z0-9_.]+(?:@[A-Za-z0-9.-]+)?[,;:]?\s+(?:(?:and|&)\s+)?)*$/;

function opensTheLine(text: string, index: number): boolean {
  // Only the 400 characters before the mention are looked at, so a long line costs no more per mention.
  const from = Math.max(0, index - 400);
  const window = text.slice(from, index);
  const newline = window.lastIndexOf("\n");
  if (newline < 0 && from > 0) return false;
  return LEADING_MENTIONS_RE.test(newline < 0 ? window : window.slice(newline));
}

const DISTINCTIVE_RE =
  /\b(?:(?:the|our|their)\s+(?:only|first|last|youngest|oldest)\s+(?:(?!(?:in|of|at|on|who|that|was|is|to|and|with)\b)[a-z-]+\s+){0,3}?(?!(?:in|of|at|on|who|that|was|is|to|and|with)\b)[a-z-]+(?=\s+(?:in|of|at|on|who|that|was|is|to|and|with)\b|[^a-z\s-]|$)(?:\s+(?:in|of|at|on)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+)?[a-z]+)?|(?:a|an|the)\s+(?:\d{1,2}-year-old\s+)?(?:retired\s+|former\s+|local\s+|famous\s+|well[- ]known\s+|celebrity\s+|professional\s+|international\s+|[Pp]remier\s+[Ll]eague\s+|[Oo]lympic\s+|[Pp]aralympic\s+|[Cc]ommonwealth\s+[Gg]ames\s+|national\s+|county\s+)+(?:[A-Za-z]+\s+){0,2}?(?:[a-z]+)|(?:a|an|the)\s+(?:local\s+)?(?:MP|MLA|MPA|senator|councillor|mayor|judge|magistrate|imam|vicar|bishop|chief|emir|oba|sultan|headteacher|headmaster|headmistress|footballer|cricketer|newsreader|TV\s+presenter|actor|actress|pop\s+star|celebrity|influencer|YouTuber)\b|appeared\s+on\s+(?:TV|television|the\s+news)|(?:was|were)\s+in\s+the\s+(?:news|papers|newspapers|headlines))/g;
const RARE_RE = /\b(?:(?:very|extremely|ultra)[- ]rare|one\s+of\s+(?:only\s+)?(?:\d+|a\s+few|a\s+handful\s+of)\s+(?:cases|people|patients|known)|only\s+known\s+case|first\s+(?:reported\s+)?case|one\s+in\s+a\s+million|conjoined|quadruplets|quintuplets|sextuplets)\b/gi;
const SMALL_PLACE_RE = /\b(?:village|hamlet|small\s+town|island|tiny\s+town|farming\s+community|small\s+community)\b/gi;
const EXACT_AGE_RE = /\b(?:\d{1,2}(?:-|\s)(?:year|yr)s?(?:-|\s)old|aged\s+\d{1,2}|\d{1,2}\s?(?:yo|y\/o))\b/gi;
const DATE_HINT_RE = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:19|20)\d{2})\b/gi;
// v7: "a retired man", "a local woman": a plain person noun is no role.
const GENERIC_DISTINCTIVE = /\b(?:time|day|night|week|month|year|thing|step|test|dose|patient|case|shift|person|one|hour|minute|bit|sign|symptom|priority|option|question|man|men|woman|women|lady|ladies|gentleman|gentlemen|guy|chap|couple|people|folk|folks)s?\b$/i;
const THRESHOLD = 5;

// "the only midwife-trained sheep farmer in Llanfihangel-y-Creuddyn", "the last kaumātua who still speaks the old dialect
// of Kaikōura", "the last native Irish speaker on Inis Beag who still made currachs": a one-of-a-kind claim about a person
// tied to a named place singles them out on its own. The span runs to the end of the clause.
// Also said through the place that has only one ("the village's only bonesetter in Ekiti", "the island's last midwife").
// v19: a dash ends the claim as a comma does (normalise.ts writes it " - "; "the only boatman who takes the crossing at Kumu — came in with a fever"):
// run on over it, the claim met the next identifier and was lost whole.
const ONE_OF_A_KIND_RE =
  /\b(?:[Tt]he|(?:[Tt]he\s+)?(?:village|town|island|community|valley|county|district|parish|estate|settlement|hamlet|tribe|clan|area|region|township|kampung|barangay)['’]s)\s+(?:only|last|first|oldest|youngest|sole)\s+(?:(?![.,;:!?\n—–]|\s-\s)[^.,;:!?\n—–]){3,140}/gu;
// v19: "the last person in Ajaawa who still plays the dundun drum", "the only one still keeping Welsh Black cattle on that
// side of Llanybydder": a plain person word, made one of a kind by a named place and what they alone still do.
const ONE_WHO_STILL_RE = /^the\s+(?:only|last|first|sole)\s+(?:person|man|woman|one|lady|boy|girl|child|family)\s+(?:(?:in|on|at|of|from)\s+[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*\s+)?(?:who\s+(?:still|ever|can|could|has\s+ever)|still|left)\s/u;
// v19: "the last house of Kelardasht-e Pain, after the tea garden", "the last hamlet before the forest check-post": a
// first or last dwelling is where someone lives (the landmark rules grow it), not a one-of-a-kind person.
const R_FIRST_LAST_HOME = "A home told as the first or last one past a landmark lets neighbours and local staff find the patient.";
const S_FIRST_LAST_HOME = "Write 'a house in a rural area' instead of the description.";
const ONE_OF_A_KIND_PLACE_RE =
  /^the\s+(?:only|last|first|sole)\s+(?:[\p{Ll}-]+\s){0,2}?(?:house|houses|home|hut|huts|hamlet|village|compound|farm|farmhouse|cottage|shack|cabin|homestead|tent|shelter|stall|plot|line|lane|street|road|flat|building|block|bungalow|caravan|trailer|fale|kraal)\s+(?:before|after|past|behind|beyond|of|in|on|at|near|beside|by|up|down|with|along|above|below|towards?)\s/u;
// "the only child with progeria in County Leitrim", "the only patient on dialysis on the island": a generic person word
// made one of a kind by what they have is no longer generic.
const ONE_WITH_CONDITION_RE = /^the\s+(?:only|last|first|sole)\s+(?:child|patient|person|case|man|woman|boy|girl|baby|family)\s+(?:with|on|who\s+has|who\s+had|to\s+have)\s/;
// "the oldest living person in Kilkenny", "the youngest woman in Kuching": the eldest or youngest of a named place is one.
const ELDEST_IN_PLACE_RE = /^the\s+(?:oldest|youngest)\s+(?:living\s+|surviving\s+)?(?:person|man|woman|lady|resident|citizen|one)\s+(?:in|on|of|at|from)\s/;
const ONE_LEFT_TAIL_RE = /^,\s(?:the|and\s+the)\s(?:only|last|first|sole)\s(?:one|such|[a-z]+\s+left)\b[^.,;:!?\n]{0,70}/;
const STATE_AFTER_RE = /^,\s[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?(?:\s[^.,;:!?\n]{0,100})?/u;
const ONLY_FAMILY_IN_RE = /^[Tt]he\s+(?:only|last|first)\s+(?:\w+\s+)?family\s+(?:in|on|at|from)\s+[A-Z]/;
// (v33: and the writer's years in such a role: "Two years as the only medical officer at a PHC in the Sundarbans taught me")
const FIRST_PERSON_BEFORE = /\b(?:I|we)(?:['’]m|['’]re)?\s+(?:[a-z]+\s+){0,2}$|\b(?:years?|months?|weeks?|time|spell|stint)\s+as\s+$/;
// v10: also a place pinned by a landmark preposition ("the last crofter still working the township above Lochcarron").
const NAMED_PLACE_IN = /\s(?:in|on|of|at|from|near|around|above|below|behind|beyond|past|outside|across)\s(?:the\s)?[A-Z\u00C0-\u024F][\p{Ll}'’-]+(?:[\s-][A-Z\u00C0-\u024F][\p{L}'’-]+)*/u;
const ONE_OF_A_KIND_GENERIC =
  /^the\s+(?:only|last|first|oldest|youngest|sole)\s+(?:\w+\s+){0,2}?(?:time|times|day|days|night|week|month|year|years|thing|things|step|test|dose|patient|patients|case|cases|shift|one|ones|hour|minute|bit|sign|symptom|priority|option|question|person|people|doctor|nurse|consultant|registrar|student|hospital|clinic|ward|unit|centre|center|team|service|trust|country|city|town|place|way|reason|chance|option|thing|word|words|example|paper|study|trial|guideline|drug|treatment|choice|option|resort|line|page|section|member|family|child|son|daughter|pharmacy|shop|store|school|road|bridge|bus|ambulance|surgery|practice|flight|train|ferry)\b/i;
const OWN_GROUP_BEFORE = /\b(?:our|my)\s+(?:(?!(?:family|families|prayer|support)\b)[\p{L}'’-]+\s+)?$/iu;
// A family group or page named in quotes: WhatsApp group called "Papa ICU updates — Bed 12 Fortis Mohali" (v28: not the
// possessive "the group's name", whose apostrophe is no quote).
const GROUP_NAME_RE =
  /\b(?:(?:WhatsApp|Facebook|Telegram|Signal|Viber|Messenger|GroupMe|WeChat|Instagram|GoFundMe|JustGiving|family|prayer|support)\s+)?(?<![\w-])(?:group|page|chat|channel|fundraiser|appeal|account)(?!['’]s\b)(?=\s+(?:(?:was|is)\s+)?(?:called|named|titled)|\s*[:,]?\s*["“‘'][^"”’'\n]{3,80}["”’'])(?:\s+(?:(?:was|is)\s+)?(?:called|named|titled))?\s*[:,]?\s*["“‘']([^"”’'\n]{3,80})["”’']/g;

// The same name written before the platform: "the 'Pray for Baby Amara' Facebook group", "“Mum Bed 12 Updates” WhatsApp chat"
// (a group, chat or appeal, which a family makes; a page or channel named first is more often a show's or a charity's).
// Speed: the platform and its group word are found first (keyed to word starts), then the quoted name is read back from
// there; a quote-led pattern over the whole text cannot be keyed.
const PLATFORM_GROUP_RE =
  /\b(?:WhatsApp|Facebook|Telegram|Signal|Viber|Messenger|GroupMe|WeChat|Instagram|GoFundMe|JustGiving)\s+(?:group|chat|fundraiser|appeal)\b/g;
// In double quotes a name may hold an apostrophe ("Dad’s Recovery Squad"); in single quotes it cannot.
const QUOTED_NAME_BEFORE_RE = /(?:["“]([^"”\n]{3,80})["”]|[‘']([^’'\n]{3,80})[’'])\s+(?:family\s+)?$/;

const QCAP = "[A-Z\\u00C0-\\u024F][\\p{L}'’-]+";
const QCAPS = `${QCAP}(?:\\s(?:${QCAP}|of|da|de|y))*`;
// "the only known case of alkaptonuria in Keswick, Cumbria — a 9-year-old girl whose story ran in the local paper":
// a rare disease tied to a named place is one person, and what the dash adds about them goes with it.
const ONLY_CASE_IN_PLACE_RE = new RegExp(
  `\\bthe\\s+only\\s+(?:known\\s+|reported\\s+|documented\\s+|diagnosed\\s+)?case\\s+of\\s+(?:[\\p{L}'’-]+\\s+){1,6}?(?:in|from|on)\\s+(?:the\\s)?${QCAPS}(?:,\\s${QCAPS})?(?:\\s[—–-]\\s(?:a|an)\\s(?:[^.!?\\n]){3,140})?`,
  "gu",
);
// "the headman of Kamwenge village", "the pastor of Grace Chapel in Obuasi", "the imam of the central mosque in Wa", "the goalkeeper for Gor Mahia".
const ROLE_OF_PLACE_RE = new RegExp(
  `\\bthe\\s+(?:(?:head|chief|senior|deputy|assistant|village|local|traditional|parish|district|current|former|longtime|long-serving|first|only|blind|deaf|old|young|famous|one-armed|one-legged)\\s+){0,2}(?:(?:district|village|clan|community|ward|family|compound)\\s+head|` +
    // v10: village trades and crafts, as one-of-a-kind as its imam or headman ("the blind tailor of Tudun Wada")
    `tailor|blacksmith|weaver|potter|cobbler|shoemaker|baker|butcher|barber|ferryman|boatman|lighthouse\\s+keeper|bonesetter|herbalist|healer|sangoma|snake\\s+charmer|boat\\s+builder|currach\\s+builder|saddler|farrier|thatcher|miller|` +
    `imam|pastor|priest|vicar|rector|bishop|reverend|rabbi|chief|headman|headwoman|chairman|chairwoman|chairperson|chairlady|mayor|councillor|MP|MLA|MPA|headteacher|headmaster|headmistress|principal|captain|coach|sheikh|emir|oba|queen\\s+mother|elder|owner|proprietor|landlord|landlady|publican|postmaster|postmistress|stationmaster|caretaker|warden|goalkeeper|striker|drummer|singer|choirmaster|matriarch|patriarch|founder|muezzin|catechist|ustaz|madrasa\\s+teacher)\\s+(?:of|at|for)\\s+(?:the\\s)?(?:(?:[a-z-]+\\s){0,2}(?:in|on|at|of)\\s)?${QCAPS}(?:\\s(?:village|town|market|mosque|church|chapel|temple|school|club|team|estate|island|parish|community|clan|tribe|FC))?(?:,?\\s(?:in|on|at|near)\\s${QCAPS})?(?:\\s+who\\s+(?:still\\s+)?(?:[^.,;:!?\\n]){3,100})?`,
  "gu",
);
const ROLE_STOP = /\b(?:College|Society|Association|Council|University|Board|Faculty|Federation|Institute|Academy|Ministry|Department|Trust|NHS|WHO|Hospital|Medical|Surgery|Surgeons|Physicians|Nursing|Health|Clinic|Service|Services|Foundation|Commission|Parliament|Senate|Assembly)\b/;
const CONSUMED_BEFORE = /\b(?:tried|try|trying|ate|eat|eating|had|bought|buy|grabbed|ordered|tasted|visited|visit|saw|toured|climbed|walked\s+to|went\s+to|shopped\s+at)\s+$/i;
// "a well-known gospel singer from Enugu", "the famous drummer of Osogbo".
const FAME_PLACE_RE = new RegExp(
  `\\b(?:a|an|the)\\s+(?:well[- ]known|famous|popular|celebrated|renowned|legendary|locally\\s+famous|award-winning|much-loved|much\\s+loved|beloved)\\s+(?:[a-z-]+\\s){0,3}?(?:from|in|of|at|on)\\s+(?:the\\s)?${QCAPS}`,
  "gu",
);
// Staff are not patients: "a well-known surgeon from Lahore" describes a colleague.
const FAME_STAFF =
  /\b(?:doctor|surgeon|physician|professor|consultant|lecturer|teacher|tutor|nurse|midwife|pharmacist|registrar|resident|attending|specialist|cardiologist|oncologist|paediatrician|pediatrician|anaesthetist|anesthesiologist|psychiatrist|GP|researcher|scientist|author|speaker|educator|clinician|hospital|clinic|centre|center|school|college|university|unit|programme|program)s?\b/i;
const FAME_GENERIC = /\b(?:complication|cause|risk|side\s+effect|problem|feature|sign|symptom|drug|treatment|guideline|paper|study|textbook|book|quote|saying|phrase|mnemonic|test|score|rule|case|example|fact|issue)\b/;
// "the only survivor of the Ojuelegba tanker explosion", "the driver in the Thika Road matatu crash", "injured in the Grenfell Tower fire".
const EVENT_RE = new RegExp(
  `\\b(?:(?:the\\s+)?(?:only\\s+)?(?:survivor|victim|driver|passenger|casualty|rider|pilot|conductor|hero|boy|girl|man|woman|child|kid|lad|teenager|baby|family|mother|father|student|pupil)s?|injured|hurt|caught|burned|burnt|trapped|involved|rescued|pulled\\s+from\\s+the\\s+rubble)\\s+(?:of|in|from|at|during)\\s+the\\s+(?:${QCAP}\\s){1,3}(?:[a-z-]+\\s){0,2}(?:crash|collision|accident|explosion|fire|blaze|collapse|shooting|stabbing|stampede|attack|bombing|derailment|flood|floods|landslide|mudslide|earthquake|riot|massacre|disaster|tragedy|capsizing|pile-up|inferno)(?:\\s(?:on|in|last)\\s(?:the\\s)?(?:\\d{1,2}\\s)?(?:${QCAP}|[A-Z]{1,2}\\d{1,4}\\b)(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s\\d{4})?)?`,
  "gu",
);
// "coaches the under-12 football team in Ballinasloe", "owns the Shell petrol station on Kaunda Road", "runs a stall at Gikomba market".
// A handle written without "@" after the platform or the word "handle": "her Instagram is jane.doe_92", "Snapchat: kyle_b99";
// v19: and the messaging apps' IDs ("added me on WeChat (ID liwei_dali88)", "his LINE ID: somchai.k77").
const LABELLED_HANDLE_RE =
  /\b(?:Instagram|IG|Insta|TikTok|Twitter|X|Snapchat|Snap|Threads|WeChat|Weixin|Weibo|LINE|Line|Zalo|KakaoTalk|Kakao|Telegram|Viber|Discord|handle|username|user\s+name|gamertag)(?:\s+(?:handle|account|name|username|ID))?(?:\s+on\s+(?:the|his|her|their)\s+[a-z]+)?\s*(?:is|was|as|:|-|,|\(\s*ID|\(|ID\s*:?)\s*["“]?([A-Za-z0-9_.]*[_.\d][A-Za-z0-9_.]*[A-Za-z0-9_])(?![A-Za-z0-9_@])/g;
// An everyday job pinned to a named place: "a bus driver on the number 42 route through Moss Side for 31 years",
// "the lollipop lady at St Anne's for twenty years", "a fisherman on the Lamu ferry".
const JOB_PLACE_RE = new RegExp(
  `\\b(?:a|the)\\s+(?:[a-z-]+\\s){0,2}?(?:driver|conductor|farmer|fisherman|fishmonger|miner|shopkeeper|vendor|trader|hawker|barber|hairdresser|tailor|seamstress|postman|postwoman|milkman|butcher|baker|publican|caretaker|lollipop\\s+lady|lollipop\\s+man|crossing\\s+guard|ferryman|boatman|cobbler|blacksmith|mechanic|welder|watchman|askari|gatekeeper|night\\s+guard|cleaner|cook|chef|waiter|waitress|barmaid|barman|newsagent|chemist|stallholder|herdsman|herder|shepherd|ranger|lifeguard|gardener|groundsman|janitor)\\s+(?:on|at|in|for|of)\\s+(?:the\\s+)?(?:[\\p{L}\\d'’-]+\\s){0,5}?(?:through|in|on|at|near|around|outside)\\s+${QCAPS}(?:\\s+for\\s+(?:\\d{1,2}|[a-z]+(?:-[a-z]+)?)\\s+years)?`,
  "gu",
);
const RUNS_PLACE_RE = new RegExp(
  `\\b(?:runs|ran|owns|owned|manages|managed|coaches|coached|chairs|chaired|captains|captained|founded|keeps|kept)\\s+(?:the|a|an|his|her|their)\\s+(?:[\\p{L}\\d'’-]+\\s){0,4}?(?:in|on|at|of|for)\\s+((?:the\\s)?${QCAPS})(?:\\s(?:village|market|road|street|estate|island|town))?(?:,?\\s(?:in|on|at|near)\\s${QCAPS})?`,
  "gu",
);

interface Signal {
  start: number;
  end: number;
  weight: number;
  label: string;
  phrase: boolean;
}

const SENTENCE_END_RE = /[.!?](?=\s)|\n\s*\n/g;

// v6: a patient described by something only one person in a community is. The subject must be the patient or
// a relative (he, she, the patient, who…), not the writer ("I was the only registrar on the ward" is not flagged).
const QSUBJ = "(?:\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Pp]atient|who|[Hh]is\\s+(?:wife|husband|son|daughter|mother|father|brother|sister)|[Hh]er\\s+(?:husband|wife|son|daughter|mother|father|brother|sister))\\s+(?:is|was|are|were|had\\s+been|has\\s+been|became))";
const Q_COMMUNITY = "(?:village|town|island|district|upazila|union|parish|barangay|camp|prison|estate|township|valley|street|community|mosque|church|temple|county|province|kampung|settlement|compound|reserve|neighbourhood|neighborhood)";
// "she was the only Tongan woman on the island", "he is the first … in the district", "the oldest man in the village".
const UNIQUE_IN_COMMUNITY_RE = new RegExp(
  `${QSUBJ}\\s+the\\s+(?:only|first|last|oldest|youngest|sole)\\s+(?:[\\p{L}'’-]+\\s){0,5}?(?:in|on|at|of|from)\\s+(?:the|our|their|his|her|this|that)\\s+(?:whole\\s+|entire\\s+|same\\s+)?${Q_COMMUNITY}\\b`,
  "gu",
);
// "he is the imam of the only mosque", "the patient is the village chief", "she is the headmistress of the primary school",
// "he is a retired High Court judge", "he was the former goalkeeper for the national team".
const ROLE_RE = new RegExp(
  `${QSUBJ}\\s+(?:the\\s+(?:(?:former|retired|serving|sitting|current|long-serving|local|village|town|district|island|camp|parish|community|chief|head|senior|well-known|famous|celebrated|renowned|national|High\\s+Court|Supreme\\s+Court)\\s+){0,3}|an?\\s+(?:(?:former|retired|serving|sitting|current|long-serving|well-known|famous|celebrated|renowned|national|High\\s+Court|Supreme\\s+Court)\\s+){0,2}(?:well-known|famous|celebrated|renowned|national|High\\s+Court|Supreme\\s+Court|sitting)\\s+)(?:chief|headman|headwoman|imam|mayor|councillor|councilor|pastor|priest|vicar|bishop|rabbi|monk|headteacher|headmistress|headmaster|principal|chairman|chairwoman|chairperson|MP|MLA|MPA|MNA|senator|minister|judge|magistrate|sheikh|elder|chieftain|rangatira|traditional\\s+healer|goalkeeper|footballer|cricketer|boxer|athlete|singer|actor|actress|musician|presenter|newsreader|politician|celebrity)\\b(?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s){0,3}?(?:${Q_COMMUNITY}|team|school|club|side|congregation|council|assembly))?`,
  "gu",
);
// "the man whose stabbing was in the newspapers", "she had been on television last month".
// Also a person who "went viral" (a video or post that anyone can find).
const IN_THE_NEWS_RE =
  /\b(?:(?:he|she|they|who)\s+went\s+viral\b|(?:whose\s+(?:[\p{L}'’-]+\s){1,4}?(?:was|were|had\s+been)|(?:he|she|they|who)\s+(?:was|were|is|had\s+been|appeared|featured))\s+(?:in|on)\s+(?:the\s+)?(?:news|newspapers?|papers|television|TV|radio|front\s+page)\b)/giu;

// Hurt at a named public event ("the farmer gored by his bull at the Royal Welsh Show", "the runner who collapsed at the
// Two Oceans Marathon"): anyone who was there or read the local news knows who it was.
// Speed: found from the person word (keyed to word starts; "the" starts too many), "the" and up to two words read back.
const HURT_AT_EVENT_RE = new RegExp(
  `\\b(?:man|woman|boy|girl|child|farmer|rider|runner|jockey|player|spectator|fan|driver|teenager|lad|kid|cyclist|dancer|performer|steward)\\s+(?:who\\s+(?:was\\s+)?)?(?:gored|trampled|injured|hurt|crushed|kicked|thrown|struck|stabbed|shot|bitten|burned|burnt|collapsed|fell|electrocuted)\\b[^.;:!?\\n]{0,40}?\\s(?:at|during)\\s+the\\s+(?:${QCAP}\\s){1,4}(?:Show|Games|Festival|Marathon|Fair|Carnival|Rally|Match|Derby|Cup|Regatta|Parade|Races|Race|Final|Concert|Durbar|Tournament|Mela|Eisteddfod|Gala)\\b`,
  "gu",
);
const THE_WORDS_BEFORE_RE = /\bthe\s(?:[a-z-]+\s){0,2}$/;
// "the man whose house collapsed in the Malir floods": a home lost in a named disaster.
const HOME_LOST_IN_EVENT_RE = new RegExp(
  `\\bwhose\\s+(?:house|home|shop|roof|farm|boat|car|village)\\s+(?:collapsed|burned|burnt|caught\\s+fire|flooded|was\\s+(?:destroyed|swept\\s+away|washed\\s+away|flattened))\\s+(?:in|during)\\s+the\\s+(?:${QCAP}\\s){1,3}(?:[a-z-]+\\s){0,1}(?:floods?|fire|blaze|earthquake|landslide|mudslide|cyclone|storm|hurricane|typhoon|tornado|explosion|riots?)\\b`,
  "gu",
);

// v19: the description a whole community knows a person by ("Everybody knows him as the one-armed net mender at Mnarani
// jetty", "whom everyone in his town knows as the talking-drum player who opens every Oro festival procession in Ilaro",
// "in his village he was known as the man who carries the mail over the pass to Simikot"): told so, it is one person by
// the writer's own word. A definite description ("the …") with a person or agent noun in it, to the end of its clause.
const KNOWN_AS_RE =
  /\b(?:known|knows?(?:\s+(?:him|her|them))?|remembered)\s+(?:(?:[\p{Ll}]+|[\p{Lu}][\p{Ll}'’-]+)\s+){0,3}?as\s+(the\s+[^.;:!?\n—–()"“”]{6,160})/gu;
const KNOWN_AS_STOP_RE = /,\s|\s(?:and|but|so|because|although|though)\s(?:he|she|they|I|we|his|her|their|it|that|the\s+first)\b|\s-\s/u;
const KNOWN_AS_PERSON_RE =
  /^the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:man|woman|lady|boy|girl|kid|bloke|guy|fellow|one|person|[\p{Ll}-]{2,}(?:er|or|ist|man|woman|ess|ian|ant|ent))s?(?:\s|$)/u;
const KNOWN_AS_ANCHOR_RE = /\s(?:who|that|whose|still)\s|\s(?:in|on|at|of|from|near|to|for|by)\s+(?:the\s)?[\p{Lu}]/u;

/** A family group's or fundraiser's name as a finding (named after its platform, or before it). */
function groupName(start: number, name: string): Candidate {
  return {
    start,
    end: start + name.length,
    type: "OTHER",
    reason: "A named family group or fundraiser page can be searched for and leads to the family.",
    suggestion: "Leave out the group's name: 'a family WhatsApp group'.",
    priority: 60,
  };
}

const MORE_LANGUAGES = new Set("english french spanish portuguese italian german dutch russian ukrainian polish greek romanian hungarian czech welsh irish dari farsi hebrew japanese korean".split(" "));
export function detectQuasi(text: string, options: ScanOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  const allowed = new Set((options.nonPatientNames ?? []).map((n) => n.trim().toLowerCase().replace(/^@/, "").split("@")[0] ?? ""));
  eachMatch(HANDLE_RE, text, (m) => {
    const h = (m[1] ?? "").toLowerCase();
    if (allowed.has(h)) return;
    if (opensTheLine(text, m.index)) return;
    // v8: accounts the reader is told to follow, written like an organisation's (capitals, no dots, underscores or
    // digits: "Follow @RCEMfoundation and @WHO"), are not a person's.
    const orgLike = /[A-Z][^A-Z]*[A-Z]/.test(m[0]) && !/[._\d]/.test(m[0]);
    if (orgLike && FOLLOW_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) return;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "OTHER",
      reason: "A social-media handle leads straight to a person's profile, photos and friends.",
      suggestion: "Remove the handle.",
      priority: 40,
    });
  });

  eachMatch(GROUP_NAME_RE, text, (m) => {
    // v14: the writer's own group ("our WhatsApp group "FM Residents 2024"", "my batch's Telegram channel") in a sentence
    // with no patient in it is the writer's colleagues, not a family.
    if (OWN_GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !/^(?:family|prayer|support)\b/i.test(m[0]) && !patientInSentence(text, m.index, m.index + m[0].length)) return;
    const g = m[1] ?? "";
    out.push(groupName(m.index + m[0].length - g.length - 1, g));
  });
  eachMatch(PLATFORM_GROUP_RE, text, (m) => {
    const back = text.slice(Math.max(0, m.index - 100), m.index);
    const q = QUOTED_NAME_BEFORE_RE.exec(back);
    if (!q) return;
    const g = q[1] ?? q[2] ?? "";
    out.push(groupName(m.index - back.length + q.index + 1, g));
  });
  eachMatch(ONE_OF_A_KIND_RE, text, (m) => {
    // v10: what the writer is, runs or bought ("I bought the only pharmacy in our town", "I was the only nurse on the
    // island") is the writer's own life, not a patient's.
    if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    // v28: one of several is no one-of-a-kind ("Romania had one of the first hospices in Eastern Europe")
    if (/\bone\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && /^the\s+(?:only|first|last|oldest|youngest)\s+[\p{L}-]+s\b/iu.test(m[0])) return;
    const phrase = m[0].replace(/\s+(?:and|but|so|which|because|when)\s.*$/u, "").replace(/\s+$/, "");
    // v10: "the only family in Oxford, Nebraska with …" is one family, though "family" alone is a generic word here.
    const claim = phrase.replace(/^(?:[Tt]he\s+)?[\p{L}]+['’]s\s+/u, "the ");
    if ((ONE_OF_A_KIND_GENERIC.test(claim) && !ONLY_FAMILY_IN_RE.test(claim) && !ONE_WITH_CONDITION_RE.test(claim) && !ELDEST_IN_PLACE_RE.test(claim) && !ONE_WHO_STILL_RE.test(claim)) || !NAMED_PLACE_IN.test(phrase)) return;
    const place = ONE_OF_A_KIND_PLACE_RE.test(claim);
    // v10: a place written "town, State" goes on past its comma ("… in Oxford, Nebraska with three children …").
    const more = /\s(?:in|on|at|from|near)\s[\p{Lu}][\p{L}'’-]+$/u.test(phrase) ? STATE_AFTER_RE.exec(text.slice(m.index + phrase.length, m.index + phrase.length + 140)) : null;
    const extra = more ? more[0].replace(/\s+(?:and|but|so|which|because|when)\s.*$/u, "").replace(/\s+$/, "").length : 0;
    out.push(
      place
        ? { start: m.index, end: m.index + phrase.length + extra, type: "LOCATION", reason: R_FIRST_LAST_HOME, suggestion: S_FIRST_LAST_HOME, priority: 46, soft: writerSentence(text, m.index, m.index + phrase.length) }
        : {
            start: m.index,
            end: m.index + phrase.length + extra,
            type: "OTHER",
            reason: R_ONE_OF_A_KIND_PLACE,
            suggestion: "Blur it: 'a farmer in rural Wales', 'an elder from his community'.",
            priority: 47,
          },
    );
  });

  const other = (start: number, end: number, reason: string, suggestion: string): void => {
    out.push({ start, end, type: "OTHER", reason, suggestion, priority: 47 });
  };
  eachMatch(KNOWN_AS_RE, text, (m) => {
    const raw = m[1] ?? "";
    const stop = KNOWN_AS_STOP_RE.exec(raw);
    const desc = (stop ? raw.slice(0, stop.index) : raw).replace(/\s+$/, "");
    if (desc.length < 12 || !KNOWN_AS_PERSON_RE.test(desc) || !KNOWN_AS_ANCHOR_RE.test(desc)) return;
    const start = m.index + m[0].length - raw.length;
    if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    out.push({
      start,
      end: start + desc.length,
      type: "OTHER",
      reason: "The description a whole community knows someone by points to that one person.",
      suggestion: "Keep the description general ('a local fisherman', 'a respected elder') or leave it out.",
      priority: 47,
      soft: writerSentence(text, start, start + desc.length),
    });
  });
  // Added after the combination pass below, which names more of what singles the person out when both apply.
  const uniques: Candidate[] = [];
  eachMatch(UNIQUE_IN_COMMUNITY_RE, text, (m) => {
    const at = m.index + m[0].search(/\bthe\s/);
    uniques.push({
      start: at,
      end: m.index + m[0].length,
      type: "OTHER",
      reason: "Being the only, first or oldest one of a kind in a community singles one person out to everyone there.",
      suggestion: "Blur it: 'one of few', 'in a small community'.",
      priority: 47,
    });
  });
  eachMatch(ROLE_RE, text, (m) => {
    const at = m.index + m[0].search(/\b(?:the|a|an)\s/);
    other(at, m.index + m[0].length, "A public or community role (a chief, imam, judge, well-known player…) is held by one person: anyone local knows who it is.", "Blur it: 'a community leader', 'a public figure', or leave it out.");
  });
  eachMatch(IN_THE_NEWS_RE, text, (m) => {
    other(m.index, m.index + m[0].length, "A case that was in the news can be matched to the news story, and so to the person.", "Leave out that the case was in the news.");
  });
  eachMatch(ONLY_CASE_IN_PLACE_RE, text, (m) => {
    other(m.index, m.index + m[0].length, "The only known case of a disease in a named place is one person: anyone there knows who it is.", "Blur it: 'a rare condition', 'a child from a rural area'.");
  });
  eachMatch(ROLE_OF_PLACE_RE, text, (m) => {
    if (ROLE_STOP.test(m[0])) return;
    // v10: an appositive that says how few there are belongs to it ("the postmistress of Glenfarne, the last one in north Leitrim").
    const tail = ONE_LEFT_TAIL_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 90));
    other(m.index, m.index + m[0].length + (tail ? tail[0].length : 0), "A unique role in a named community (its imam, headman, pastor, captain) points to one person.", "Blur it: 'a religious leader', 'a community elder'.");
  });
  eachMatch(FAME_PLACE_RE, text, (m) => {
    if (ROLE_STOP.test(m[0]) || FAME_GENERIC.test(m[0]) || FAME_STAFF.test(m[0])) return;
    // v8: something the writer ate, bought or visited is a thing, not a person ("Tried the famous bunny chow in Durban").
    if (CONSUMED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    other(m.index, m.index + m[0].length, "Fame tied to a named place singles one person out.", "Blur it: 'a musician', 'a public figure'.");
  });
  eachMatch(HURT_AT_EVENT_RE, text, (m) => {
    const the = THE_WORDS_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (!the) return;
    other(m.index - the[0].length, m.index + m[0].length, "Being hurt at a named public event identifies the patient to anyone who was there or read the local news.", "Leave out the event: 'injured by livestock', 'at a public event'.");
  });
  eachMatch(HOME_LOST_IN_EVENT_RE, text, (m) => {
    other(m.index, m.index + m[0].length, "A home lost in a named, reported disaster identifies the family to anyone who followed the news.", "Leave out the event: 'after losing his home in a flood'.");
  });
  eachMatch(EVENT_RE, text, (m) => {
    other(m.index, m.index + m[0].length, "Being part of a named, reported event (a crash, a fire) identifies the patient to anyone who followed the news.", "Leave out the event: 'after a road traffic collision'.");
  });
  eachMatch(LABELLED_HANDLE_RE, text, (m) => {
    const g = m[1] ?? "";
    if (allowed.has(g.toLowerCase()) || /^\d+(?:\.\d+)*$/.test(g) || /\.(?:com|org|net|uk|in|ng|ke|za|au)$/i.test(g)) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "OTHER", reason: "A social-media handle leads straight to a person's profile, photos and friends.", suggestion: "Remove the handle.", priority: 40 });
  });
  eachMatch(JOB_PLACE_RE, text, (m) => {
    const caps = (m[0].match(/[A-Z\u00C0-\u024F][\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:The|A)$/.test(w));
    if (ROLE_STOP.test(m[0]) || caps.every((w) => PLACES.has(keyOf(w)))) return;
    other(m.index, m.index + m[0].length, "An everyday job tied to a named route, shop or place singles one person out to everyone who passes it.", "Blur it: 'a bus driver in the city', 'worked locally for decades'.");
  });
  // (v32: and the languages LANGUAGES leaves out because they are surnames too: "ran the room in Portuguese")
  eachMatch(RUNS_PLACE_RE, text, (m) => {
    if (ROLE_STOP.test(m[0])) return;
    // (v24: what a clinician runs is work, not a business: "ran a code on a patient in VF", "ran a clinic in …")
    if (/^(?:runs|ran|manages|managed)\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:code|arrest|resus|resuscitation|clinic|session|list|shift|ward\s+round|round|theatre|triage|drill|simulation|sim|course|workshop|audit|camp|outreach)\b/i.test(m[0])) return;
    const caps = (m[1] ?? "").replace(/^the\s/, "").split(/\s+/);
    // "runs a falls class on Tuesdays": a weekday (plural too) is a schedule, not a place.
    // (v28: nor is a language: "keeps a register in Urdu")
    if (caps.every((w) => PLACES.has(keyOf(w)) || CALENDAR.has(keyOf(w)) || CALENDAR.has(keyOf(w).replace(/s$/, "")) || LANGUAGES.has(keyOf(w)) || MORE_LANGUAGES.has(keyOf(w)))) return;
    other(m.index, m.index + m[0].length, "Running or owning a named local business or team singles one person out.", "Blur it: 'runs a small shop', 'coaches a youth team'.");
  });

  const signals: Signal[] = [];
  const collect = (re: RegExp, weight: number, label: string, phrase: boolean): void => {
    eachMatch(re, text, (m) => {
      if (phrase && GENERIC_DISTINCTIVE.test(m[0])) return;
      signals.push({ start: m.index, end: m.index + m[0].length, weight, label, phrase });
    });
  };
  collect(DISTINCTIVE_RE, 3, "a distinctive role or claim to fame", true);
  if (signals.length === 0) {
    collect(RARE_RE, 2, "a rare condition", true);
    if (signals.length === 0) return out.concat(uniques);
  } else collect(RARE_RE, 2, "a rare condition", true);
  collect(SMALL_PLACE_RE, 1, "a small place", false);
  collect(EXACT_AGE_RE, 1, "an exact age", false);
  collect(DATE_HINT_RE, 1, "a date", false);
  signals.sort((a, b) => a.start - b.start);

  // Sentence boundaries; a window is a sentence plus the next one.
  const bounds: number[] = [0];
  SENTENCE_END_RE.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = SENTENCE_END_RE.exec(text)) !== null) bounds.push(b.index + b[0].length);
  bounds.push(text.length);
  let si = 0;
  for (let w = 0; w + 1 < bounds.length; w++) {
    const lo = bounds[w] as number;
    const hi = bounds[Math.min(w + 2, bounds.length - 1)] as number;
    while (si < signals.length && (signals[si] as Signal).start < lo) si++;
    let score = 0;
    let best: Signal | undefined;
    const labels = new Set<string>();
    for (let k = si; k < signals.length && (signals[k] as Signal).start < hi; k++) {
      const s = signals[k] as Signal;
      if (labels.has(s.label)) continue;
      labels.add(s.label);
      score += s.weight;
      if (s.phrase && (!best || s.weight > best.weight)) best = s;
    }
    if (score >= THRESHOLD && best && !out.some((o) => o.start === best.start)) {
      out.push({
        start: best.start,
        end: best.end,
        type: "OTHER",
        reason: `Together, ${[...labels].join(", ")} single this person out even without a name.`,
        suggestion: "Blur the details: a life stage instead of an exact age ('in his forties'), 'a rural area' instead of the village, a general occupation ('a manual worker'), and no dates.",
        priority: 30,
      });
    }
  }
  const starts = new Set(out.map((o) => o.start));
  for (const u of uniques) if (!starts.has(u.start)) out.push(u);
  return out;
}
