import type { Candidate } from "../types.ts";
import { afterNonAlnum, before, charIn, eachMatch, eachMatchNear, isSpaceLike, nearMatcher, ownWorkSentence, patientInSentence, sentenceAround } from "../context.ts";

/**
 * Dates that can belong to a patient.
 *  - Full dates (day, month and year) in any common form are always flagged.
 *  - Day + month without a year ("on 12 March", "the 3rd of June", "on 12/3") and
 *    month + year ("March 2024") are flagged only when the same sentence ties them to
 *    a patient event (admitted, discharged, born, died, seen, operated, clinic…).
 *  - Bare years, times, durations and ratios are never dates here.
 */

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";
const DAY = "(?:3[01]|[12]\\d|0?[1-9])";
const ORD = "(?:st|nd|rd|th)?";
const YEAR4 = "(?:19|20)\\d{2}";

// 12 March 2024, 3rd of March 2024, 12-Mar-2024, 12 Mar '24, 12 March (partial)
const DMY_TEXT_RE = new RegExp(
  `(?<![A-Za-z0-9])(${DAY})${ORD}(?:\\s+of)?[\\s\\-\\/]{0,3}(${MONTH})(?:,?[\\s\\-\\/]{1,3}(${YEAR4}|'\\d{2})(?![A-Za-z0-9]))?`,
  "gi",
);
// March 12th, 2024 / March 12 2024 / March 12 (partial)
const MDY_TEXT_RE = new RegExp(
  `(?<![A-Za-z0-9])(${MONTH})\\s{1,3}(${DAY})${ORD}(?![A-Za-z0-9]|:\\d|[.\\/]\\d)(?:,?\\s{1,3}(${YEAR4})(?![A-Za-z0-9]))?`,
  "gi",
);
// March 2024 (partial)
const MY_TEXT_RE = new RegExp(`(?<![A-Za-z0-9])(${MONTH}),?\\s{1,3}(${YEAR4})(?![A-Za-z0-9])`, "gi");
// 12/03/2024, 12-03-24, 12.03.2024, 1/2/1950
const NUMERIC_RE = /(?<![A-Za-z0-9.\-/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![A-Za-z0-9]|[.\-/]\d)/g;
// 2024-03-12, 2024/03/12
const ISO_RE = /(?<![A-Za-z0-9.\-/])((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![A-Za-z0-9]|[.\-/]\d)/g;
// 12/3 (partial, numeric) — only right after a strong event word, see below
const NUMERIC_DM_RE = /(?<![A-Za-z0-9.\-/])(\d{1,2})\/(\d{1,2})(?![A-Za-z0-9]|[.\-/]\d)/g;

const WEEKDAY =
  "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?";
const WEEKDAY_DATE_RE = new RegExp(
  `(?<![A-Za-z0-9])${WEEKDAY},?\\s{1,2}(?:(?:the\\s)?${DAY}${ORD}(?:\\s+of)?\\s{1,2}${MONTH}(?:,?\\s{1,2}(${YEAR4}))?|${MONTH}\\s{1,2}${DAY}${ORD}(?![A-Za-z0-9]|:\\d)(?:,?\\s{1,2}(${YEAR4}))?)`,
  "gi",
);
const ORDINAL_DAY_RE = /\b(?:on|since|from|until|till|by|before|after)\s+the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![A-Za-z0-9])(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|century|minute|hour|day|week|month|year|time|floor|centile|percentile|birthday|dose|cycle|attempt|patient|case|place|round))/gi;
const EVENT_CONTEXT = new RegExp(
  String.raw`\b(?:admit\w*|admission|readmit\w*|discharg\w*|born|birth\w*|DOB|d\.o\.b|died|death|passed\s+away|deceased|seen|saw|operat\w*|procedure|surgery|theatre|(?<!\b(?:I|we)\s(?:also\s)?)presented|attend\w*|clinic|appointment|visit\w*|deliver\w*(?!\s+(?:the|a|an|his|her|our|their)\s+(?:[\w-]+\s+){0,2}(?:lecture|talk|keynote|speech|session|presentation|teaching|course|workshop|address|sermon)s?\b)|transferr?\w*|referr\w*|arrived|brought\s+in|A&E|emergency\s+department|collapsed|fell|diagnos\w*|scan(?:ned)?|biops\w*|injur\w*|accident|intubat\w*|extubat\w*|funeral|consent\w*|booked|induced|caesarean|c-section|graduation|wedding|birthday|anniversary|christening|naming\s+ceremony|party|bereave\w*|buried|cremat\w*|went\s+home|sent\s+home|came\s+in|seen\s+by|review\w*|ward\s+round|shift|` +
    // v8: more events of a patient's care and life: supplies running out, devices fitted, periods, calls home
    String.raw`passed\s+on|fall|(?:baby|babies|twins|she|her\s+(?:baby|delivery))(?:\s+(?:is|was|are|were))?,?\s+due|due\s+date|EDD|seizure|crash|attack|bitten|bite|stroke|assault|overdose|ran\s+out|run\s+out|implant\w*|fitted|inserted|removed|LMP|last\s+(?:menstrual\s+)?period|flew|flown|airlift\w*|evacuat\w*|phoned|rang|` +
    // v9: inflections and more events of care: "had fallen", "overdosed", "his trache came out", "missed her dialysis"
    String.raw`fallen|overdosed|seized|crashed|tracheostomy|` +
    // v17: a procedure named by its suffix ("did a hemiarthroplasty on 12/9"), and an arrival by ambulance ("came to
    // Stroger by ambulance on 3/14")
    String.raw`\w+(?:ectomy|otomy|ostomy|plasty|pexy|scopy|desis|centesis)|ambulance|EMS|paramedics|` +
    // v10: prehospital calls and handovers, incidents, follow-up visits, a baby's arrival, bleeding and labour
    String.raw`handed\s+(?:him|her|them)\s+over|handover|handed\s+over|got\s+(?:a|the)\s+call|call(?:ed)?\s+out|rollover|roll-over|collision|RTA|RTC|MVA|MVC|stabbed|drown\w*|bitten|snake|came\s+to\s+(?:the\s+)?(?:ER|ED|A&E|casualty|emergency|hospital|clinic|us)|(?:see|saw|visit)\s+(?:him|her|them)\s+again|follow[\s-]?up|come\s+back|came\s+back|(?:baby|babies|twins)\s+(?:came|arrived)|bleeding|bled|in\s+labou?r|trache?\s+(?:came\s+)?out|decannulat\w*|restarted\s+(?:dialysis|treatment|ARVs?|insulin)|missed\s+(?:the|her|his|their)\s+(?:collection|dose|appointment|dialysis|session|clinic|review|pick-?up)|(?:he|she|they)\s+went\s+home|took\s+(?:him|her|them)\s+home)\b`,
  "i",
);
const STRONG_BEFORE = /\b(?:DOB|d\.o\.b\.?|date\s+of\s+birth|born|admitted|readmitted|discharged|died|passed\s+away|seen|operated|presented|attended|reviewed|delivered|transferred|intubated|extubated|collapsed|arrested|deteriorated)\s*(?:on)?\s*[:-]?\s*$/i;
// A day and month written with a dot ("died on 12.3") reads as a decimal anywhere else: only right after such a word.
const NUMERIC_DM_DOT_RE = /(?<![A-Za-z0-9.\-/])(\d{1,2})\.(\d{1,2})(?![A-Za-z0-9]|[.\-/]\d|\s*(?:%|mg|mcg|g|kg|ml|mL|L|mmol|cm|mm|hours?|days?|weeks?|units?))/g;

// A year of birth that makes the patient 90 or over ("born in 1931", "YOB 1929") gives their age as surely as "aged 95"
// (HIPAA Safe Harbor keeps a birth year only below 90). A later one ("born in 1988") is a year alone, and one more than
// 125 years back is history. The bounds move with the calendar.
const BIRTH_YEAR_RE = /\b(?:born|b\.|year\s+of\s+birth|YOB|DOB)\s*[:-]?\s*(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?((?:18|19)\d{2})(?![\d/.-]\d|\d|s\b|['’]s)/gi;
const BIRTH_YEAR_REASON = "A year of birth that makes the patient 90 or over is an exact age in other words; it points to very few people.";
const BIRTH_YEAR_SUGGESTION = "Leave out the year of birth; 'in her nineties' is enough.";
const DOB_BEFORE = /\b(?:DOB|d\.o\.b\.?|date\s+of\s+birth|born)\s*(?:on)?\s*[:-]?\s*$/i;

const FULL_REASON = "A full date (day, month and year) can tie the story to one patient's admission, birth or death.";
const PARTIAL_REASON =
  "A day and month tied to a patient event (admission, clinic, operation) lets people who were there work out who it was.";
const MONTH_YEAR_REASON =
  "A month and year is flagged here because it is tied to a patient event; with the hospital it can narrow the case to one person.";
const WEAK_DAY_REASON =
  "A particular day of the year, in a post that already points to a patient, lets people who were there line it up with the story.";
const DOB_REASON = "A date of birth identifies a patient almost on its own.";
const DATE_SUGGESTION = "Remove the exact date; write 'recently', 'earlier this year' or 'on day 3 of the admission' instead.";
const DOB_SUGGESTION = "Remove the date of birth; an age band such as 'in her seventies' is enough.";

function validDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day <= max;
}

// v10: a weekday in any of the languages our writers mix in (CLDR's names, from Intl; Portuguese "-feira" optional), then
// a day/month in figures: "Thursday 22/2", "quinta, 17/10", "domingo, 8/9", "Huwebes 3/4". A weekday with a day and a
// month is one particular day, like "Tuesday 9 April".
const WEEKDAY_NAMES = ((): string => {
  const names = new Set<string>();
  for (const locale of ["en", "pt", "es", "fr", "it", "fil", "sw", "ms", "id", "af", "ga"]) {
    const f = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    for (let d = 0; d < 7; d++) names.add(f.format(new Date(Date.UTC(2024, 0, 1 + d))).toLowerCase().replace(/-feira$/, ""));
  }
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s")).join("|");
})();
const WEEKDAY_BEFORE_DM_RE = new RegExp(`(?:^|[^\\p{L}])((?:${WEEKDAY_NAMES}|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?:-feira)?\\.?,?\\s(?:the\\s)?)$`, "iu");
const ON_SINCE_BEFORE = /\b(?:on|since|from|until|till)\s$/i;

// v8: what is written before a date and belongs to it: a day's name in other languages or a named day ("Jumaat, 7 November", "Labour Day, 27 October",
// "Christmas Eve, 24/12/2024", "Hari Raya Haji, 17 June").
const DAY_NAME_BEFORE_RE =
  /(?:^|[^\p{L}])((?:Isnin|Selasa|Rabu|Khamis|Jumaat|Sabtu|Ahad|Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili|Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo|Maandag|Dinsdag|Woensdag|Donderdag|Vrydag|Saterdag|Sondag|(?:[\p{Lu}][\p{Ll}]+(?:['’]s)?\s){1,2}[Dd]ay|Christmas(?:\sEve)?|New\sYear['’]s\sEve|Easter\s(?:Sunday|Monday)|Good\sFriday|Boxing\sDay|Eid(?:\s(?:al|ul)-[\p{L}]+)?|Diwali|Deepavali|Hari\sRaya(?:\s[\p{Lu}][\p{Ll}]+)?|Waitangi\sDay|Anzac\sDay),?\s)$/u;

// v8: a full date in a sentence about the author's exam, results or application, with no patient event in it
// ("The MRCP Part 1 is on 9 January 2026").
const EXAM_SENTENCE = /\b(?:exam|exams|OSCE|MRCP|MRCS|PLAB|USMLE|FCPS|MCCQE|AMC|finals|viva|results|deadline|application|interview|CaRMS)\b/;
const PATIENT_EVENT = /\b(?:admit\w*|discharg\w*|born|birth\w*|DOB|died|death|deliver\w*|operat\w*|seen|presented|collapsed|patient|his|her|mum|mother|father|son|daughter|wife|husband)\b/i;

const DAY_OF_BEFORE_RE = /(?:^|\s)(the\s(?:[\p{L}'’-]+\s){1,4}of\s)$/u;
const DESCRIBED_DAY_BEFORE_RE = /(?:^|[\s(])(the\s[^,.;:!?\n]{1,60}?),\s$/i;
const DAY_WORD_RE = /\b(?:day|eve|night|morning|evening|afternoon|week|weekend|feast|festival|holiday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|after|before)\b/i;
const WEEKDAY_START_RE = new RegExp(`^${WEEKDAY}\\b`, "i");
const MY_BIRTHDAY_AFTER = /^,?\s+(?:which\s+(?:was|is)\s+)?(?:also\s+)?(?:the\s+day\s+(?:after|before)\s+)?my\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?birthday\b/i;

const AWARENESS_DAY_AFTER = /^,?\s*(?:\(|[–—-]\s*)?(?:for|as|is|which\s+is|marking|to\s+mark)?\s*(?:the\s+)?(?:World|International|National|Global|Universal)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,5}(?:Day|Week|Month)\b/u;

function push(out: Candidate[], text: string, startIn: number, endIn: number, kind: "full" | "partial" | "month-year", weak = false): void {
  if (kind === "full") {
    const sentence = sentenceAround(text, startIn, endIn);
    if (EXAM_SENTENCE.test(sentence) && !PATIENT_EVENT.test(sentence)) return;
  }
  // v9: a date in a sentence about the author's own drills, lectures, rotations, parties or postings, with no patient
  // or relative in it ("Next drill is booked for 6 June", "the unit party on 19 December"), and a week of a month
  // ("week 2 of October") are not a patient's day.
  if (/\bweeks?\s$/i.test(before(text, startIn, 6))) return;
  // v10: the writer's own birthday ("on the 22nd, which was also my 35th birthday", "the day after my birthday").
  if (MY_BIRTHDAY_AFTER.test(text.slice(endIn, endIn + 48))) return;
  // v22: a public awareness day everyone keeps ("the walk on 19 June for World Sickle Cell Day").
  if (AWARENESS_DAY_AFTER.test(text.slice(endIn, endIn + 60))) return;
  const soft = weak || ownWorkSentence(text, startIn, endIn);
  let start = startIn;
  let end = endIn;
  // Speed: both look-backs below end in whitespace (",?\s$" and ",\s$"), so a date not after a space-like unit skips them.
  const named = start > 0 && isSpaceLike(text.charCodeAt(start - 1)) ? DAY_NAME_BEFORE_RE.exec(text.slice(Math.max(0, start - 40), start)) : null;
  if (named) {
    start -= (named[1] ?? "").length;
    // v10: "the first day of Eid, 6 June": what says which day of the named day belongs to it.
    const of = DAY_OF_BEFORE_RE.exec(text.slice(Math.max(0, start - 50), start));
    if (of) start -= (of[1] ?? "").length;
  }
  // v10: a day described before the date in apposition belongs to it ("on the first day of Eid, 6 June", "the eve of
  // All Saints', 31 October"), and so does "the" before a weekday ("on the Sunday, 13 July").
  const described = start > 1 && text.charCodeAt(start - 2) === 44 && isSpaceLike(text.charCodeAt(start - 1)) ? DESCRIBED_DAY_BEFORE_RE.exec(text.slice(Math.max(0, start - 70), start)) : null;
  if (described && DAY_WORD_RE.test(described[1] ?? "")) start -= (described[1] ?? "").length + 2;
  else if (WEEKDAY_START_RE.test(text.slice(start, start + 10)) && /\bthe\s$/i.test(before(text, start, 4))) start -= 4;
  // "on 5 Jan." — the full stop ends the sentence; not a calendar's mark ("2016 E.C.", "1445 A.H.")
  if (!/\b(?:[A-Z]\.){2}$/.test(text.slice(Math.max(start, end - 5), end))) while (end > start && text[end - 1] === ".") end--;
  const dob = DOB_BEFORE.test(before(text, start, 30));
  const reason = dob ? DOB_REASON : kind === "full" ? FULL_REASON : weak ? WEAK_DAY_REASON : kind === "partial" ? PARTIAL_REASON : MONTH_YEAR_REASON;
  out.push({
    start,
    end,
    type: "DATE",
    reason,
    suggestion: dob ? DOB_SUGGESTION : DATE_SUGGESTION,
    priority: kind === "full" ? 62 : 60,
    soft,
  });
}

// v8: the author's own course, exam or conference is not a patient event ("I attended the APLS course in March 2024").
const AUTHOR_EVENT =
  /\b(?:I|we|I'm|we're|I\s+am|we\s+are)\s+(?:\w+\s+)?(?:attended|attend|attending|sat|sitting|passed|completed|did|took|presented|presenting|booked|registered)\b[^.!?\n]{0,60}?\b(?:course|conference|congress|exam|exams|OSCE|workshop|webinar|module|training|symposium|summit|hui|convention|viva|finals)\b/i;

const HOLIDAY_STRETCH_AFTER = /^\s+(?:weekend|week|season|holidays?|break|period|rush|festivities)\b/i;

function inEventContext(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return EVENT_CONTEXT.test(sentence) && !AUTHOR_EVENT.test(sentence);
}

/**
 * v12: a particular day of the year (a day and a month, a weekday with an ordinal, "on the 14th") with no event word in
 * its sentence. Writers name the days of a patient's story without saying "admitted" every time ("On 3 March the
 * ambulance …", "by Friday 9th the swelling …"), and the list of event words can never be complete. Such a day is a
 * weak identifier: soft, so it is reported only in a text that already singles a patient out, where a reader can
 * line it up with the rest of the story. The writer's own course or exam ("I sat the OSCE on 3 June") stays out.
 */
function pushDay(out: Candidate[], text: string, start: number, end: number): void {
  const sentence = sentenceAround(text, start, end);
  if (AUTHOR_EVENT.test(sentence)) return;
  push(out, text, start, end, "partial", !EVENT_CONTEXT.test(sentence));
}

// v19: and in Italian, Romanian, Turkish, German, Dutch, Indonesian/Malay and Polish ("7 ianuarie", "23 Nisan", "3. März",
// "12 Mei", "5 stycznia"), always after a day number (v37: and Serbian and Croatian, "6. decembar 2025", "3. travnja").
const OTHER_MONTHS =
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|januar|februar|märz|maerz|oktober|dezember|januari|februari|maart|mei|juli|augustus|maret|agustus|ogos|oktober|desember|disember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba|mars|mai|maj|augusti|desember|mutarama|gashyantare|werurwe|gicurasi|kamena|nyakanga|kanama|nzeri|ukwakira|ugushyingo|ukuboza|hamal|sawr|jawza|saratan|asad|sunbula|mizan|aqrab|qaws|jadi|dalw|avgust|septembar|oktobar|novembar|decembar|jun|jul|siječnja|sijecnja|veljače|veljace|ožujka|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca";
// v7: dates written in Portuguese, Spanish or French, with a weekday: "domingo, 3 de março", "15 de enero de 2024", "le 3 mars 2023".
const ROMANCE_DATE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:domingo|segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|lunes|martes|miércoles|miercoles|jueves|viernes|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?:-feira)?),?\\s)?(${DAY})(?:º|°|er|\\.)?\\s(?:de\\s)?(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|${OTHER_MONTHS})(?:\\s(?:de\\s)?(${YEAR4}))?(?![\\p{L}\\d])`,
  "giu",
);

// v8: Hijri dates ("1st of Ramadan", "14 Shawwal 1446"), used for births, deaths and admissions in Egypt, the Gulf,
// Pakistan, Bangladesh and Malaysia; a weekday with a bare ordinal ("Monday 3rd", "Sat the 5th").
const HIJRI_MONTH = String.raw`(?:Muharram|Safar|(?:Jamadi|Jamadil|Jumadi|Rabi|Rabbi)[- ]?(?:ul|al|us|us-)?[- ]?(?:Awal|Awwal|Sani|Thani|Akhir|Akhar|Aakhir)|Rabi['’]?\s?(?:al|ul|-al|-ul)[- ](?:Aw?wal|Thani|Akhir)|Jumad(?:a|al)[- ](?:al|ul)?[- ]?(?:Ula|Akhirah|Awwal|Thani|Akhir)|Rajab|Sha['’]?ban|Shawwal|Syawal|Dhu?[l']?[- ]?(?:Qa['’]?dah|Qi['’]?dah|Hijjah)|Zul?[- ]?(?:Qa['’]?dah|Hijjah))`;
// v20: a week or some days of a Hijri month other than Ramadan, which is a season ("deported in the first week of Rabi ul
// Awal"); weak like a festival's week unless the sentence holds a patient's event.
const HIJRI_WEEK_RE = new RegExp(String.raw`\b(?:the\s+)?(?:first|second|third|fourth|last|final|middle)\s+(?:week|fortnight|days?|ten\s+days)\s+of\s+${HIJRI_MONTH}(?![A-Za-z])`, "g");
const HIJRI_RE = new RegExp(
  `(?<![A-Za-z0-9])${DAY}(?:st|nd|rd|th)?(?:\\s+of)?\\s(?:${HIJRI_MONTH}|Ramadan|Ramzan|Ramadhan|Ramazan)(?:\\s(?:1[34]\\d{2})(?:\\s?AH)?)?(?![A-Za-z0-9])`,
  "g",
);
const WEEKDAY_ORDINAL_RE = new RegExp(
  `(?<![A-Za-z0-9])${WEEKDAY}\\s(?:the\\s)?${DAY}(?:st|nd|rd|th)(?![A-Za-z0-9])(?!\\s+(?:of\\s+)?${MONTH})(?!\\s+(?:floor|week|year|time|day|dose|cycle|round|attempt|line|term|semester|trimester|stage|place|rotation|shift|month)\\b)`,
  "gi",
);

// v9: a named holiday is one day of the year ("went home on Boxing Day", "turned 100 on Bonfire Night"): a date when
// the sentence has a patient event and a patient or relative in it.
// v10: the names on their own, so a holiday with a year ("Christmas Eve 1931") and a holiday after "the night of"
// ("on the night of Diwali") are found too.
// v17: more festivals that writers date a story by: Turkish bayrams, Tết, Lebaran, Dhanteras and the Hindu lunar days,
// Ethiopian and Nepali feasts, Irish and Iranian days.
const MORE_FESTIVALS = String.raw`(?:Kurban\s+|Şeker\s+|Seker\s+|Ramazan\s+)?Bayram(?:ı|i)?|T(?:ết|et)|Lebaran|Idul\s+Fitri|Idul\s+Adha|Galungan|Nyepi|Dhanteras|Bhai\s+Dooj|Govardhan\s+Puja|Ugadi|Gudi\s+Padwa|Bihu|Tihar|Dashain(?:\s+[Tt]ika)?|Tika\s+[Dd]ay|Ferragosto|(?:the\s+)?[Ff]east\s+of\s+the\s+Assumption|Assumption\s+Day|Laylat\s+al-?Qadr|(?:the\s+)?Night\s+of\s+(?:Destiny|Power)|(?:the\s+)?Eleventh\s+Night|D[ií]a\s+de\s+(?:los\s+)?Muertos|Semana\s+Santa|Festa\s+Junina|S[ãa]o\s+Jo[ãa]o|Obon|Golden\s+Week|Koningsdag|Juhannus|Midsummer(?:\s+(?:Eve|Day))?|Walpurgis(?:nacht)?|Sukkot|Shavuot|Teej|Vishu|Puthandu|(?:the\s+)?New\s+Yam\s+[Ff]estival|Iri\s+Ji|Timkat|Meskel|Enkutatash|Fasika|Kwanzaa|Sizdah\s+Bedar|Yalda(?:\s+Night)?|Sham\s+el[-\s]Nessim|Lá\s+Fhéile\s+Bríde|(?:St\.?\s+)?Brigid['’]s\s+Day|Kartik\s+Purnima|Guru\s+Purnima|Buddha\s+Purnima|Mahashivratri|Maha\s+Shivratri|Raksha\s+Bandhan|Fourth\s+of\s+July|Cinco\s+de\s+Mayo|` +
  // v28: saints' feasts and fiestas, the Virgin of Guadalupe, Chhath puja and Wigilia
  String.raw`(?:the\s+)?Virgen\s+de\s+Guadalupe|D[ií]a\s+de\s+(?:la\s+Virgen|los\s+Muertos|(?:los\s+)?Reyes)|[Ff]east\s+(?:day\s+)?of\s+(?:St\.?|Saint|San|Santa|Santo|São|Our\s+Lady\s+of)\s+\p{Lu}\p{L}+|(?:Santo\s+Ni[ñn]o|San\s+\p{Lu}\p{L}+|Santa\s+\p{Lu}\p{L}+)\s+[Ff]iesta|Chhath(?:\s+[Pp]uja)?|Wigilia|` +
  // v27: a festival's day named with its weekday or its full-moon day, and Northern Ireland's "the Twelfth"
  String.raw`(?:Vesak|Poson|Esala|Navam|Duruthu|Binara|Unduvap)\s+Poya|Sinulog(?:\s+(?:Sunday|Day|Festival|weekend))?|Ati-?Atihan|Pahiyas|Kadayawan|Panagbenga|the\s+Twelfth(?!\s+(?:of|man|century|floor|grade|day|week|time|year|night|stitch))`;
const HOLIDAY_NAMES = String.raw`(?:${MORE_FESTIVALS}|Nowruz|Songkran|Hogmanay|Burns\s+Night|Matariki|Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hallowe['’]?en|Thanksgiving(?:\s+Day)?|Easter\s+(?:Sunday|Monday)|Good\s+Friday|Ash\s+Wednesday|Eid(?:\s(?:al|ul)-[a-z]+)?|Diwali|Deepavali|Onam|Vesak|Holi|Pongal|Thaipusam|Hari\s+Raya(?:\s[A-Z][a-z]+)?|Chinese\s+New\s+Year|Independence\s+Day|Emancipation\s+Day|Madaraka\s+Day|Jamhuri\s+Day|Waitangi\s+Day|Anzac\s+Day|Australia\s+Day|Canada\s+Day|Remembrance\s+Day|(?:St\.?\s+)?Patrick['’]s\s+Day|Paddy['’]s\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Valentine['’]s\s+Day|` +
  // v14: public holidays named after a person or a cause ("a shift on Martin Luther King Jr. Day"): a day, not a name
  String.raw`Martin\s+Luther\s+King(?:\s+Jr\.?)?(?:['’]s)?\s+Day|MLK\s+Day|Juneteenth|Memorial\s+Day|Labou?r\s+Day|Presidents['’]?\s+Day|Veterans['’]?\s+Day|Republic\s+Day|Youth\s+Day|Heritage\s+Day|Freedom\s+Day|Workers['’]?\s+Day)`;
/** v10: text that starts with a holiday's name (names.ts: a festival is not a person). */
export const HOLIDAY_START_RE = new RegExp(String.raw`^${HOLIDAY_NAMES}(?![\p{L}])`, "iu");
const HOLIDAY_RE = new RegExp(
  String.raw`\b(?:on|over|for|after|before)\s+(?:the\s+(?:night|eve|morning|evening|afternoon|day|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+day)\s+of\s+)?(${HOLIDAY_NAMES})(?![\p{L}])(?!,?\s+(?:\d|the\s+\d))`,
  "giu",
);
// v12: a named day of the year, in any of the calendars our writers live by, is one particular day: "Boxing Day",
// "Diwali night", "Sallah day", "Matariki weekend", "Remembrance Sunday", "Melbourne Cup day", "August bank holiday
// Monday", with what pins it down around it ("the Friday before Thanksgiving", "the night of Chand Raat", "Sunday after
// Anzac Day", "the first week after Sankranti", "…, 2024"). Festivals that are days on their own, and civic days that
// need their "Day"/"Sunday"/"weekend"; capitals as written (a festival is a proper noun).
const FESTIVAL_ALONE = String.raw`${MORE_FESTIVALS}|Christmas(?:\s+Eve)?|Easter|Thanksgiving|Hallowe['’]?en|Diwali|Divali|Deepavali|Dussehra|Dasara|Vijayadashami|Navratri|(?:Makar\s+)?Sankranti|Pongal|Onam|Holi|Lohri|Baisakhi|Vaisakhi|Raksha\s+Bandhan|Janmashtami|Ganesh\s+Chaturthi|Durga\s+Puja|Chhath|Karva\s+Chauth|Chand\s+Raat|Shab-?e-?Barat|Eid(?:[\s-](?:al|ul|el)[\s-][A-Z]?[a-z]+)?|Sallah|Mawlid|Ashura|Nowruz|Songkran|Chuseok|(?:Lunar|Chinese)\s+New\s+Year|Hanukkah|Chanukah|Passover|Yom\s+Kippur|Rosh\s+Hashanah|Purim|Carnival|Carnaval|Mardi\s+Gras|Ash\s+Wednesday|Good\s+Friday|Holy\s+Saturday|Palm\s+Sunday|Pentecost|Whitsun|Hogmanay|Burns\s+Night|Bonfire\s+Night|Guy\s+Fawkes(?:\s+Night)?|Matariki|Juneteenth|Thaipusam|Vesak|Wesak|Poson|Hari\s+Raya(?:\s+[A-Z][a-z]+)?|Black\s+Friday|Cyber\s+Monday|Melbourne\s+Cup|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|` +
  // …and in Portuguese and Spanish ("quarta-feira de cinzas", "Dia de Finados", "Nochebuena"; v36: a day of Carnaval, the
  // feast of San Juan, and the Javanese new year, "malam 1 Suro")
  String.raw`[Qq]uarta-feira\s+de\s+[Cc]inzas|[Ss]exta-feira\s+[Ss]anta|Dia\s+de\s+Finados|Dia\s+das\s+M[ãa]es|P[áa]scoa|R[ée]veillon|S[ãa]o\s+Jo[ãa]o|Semana\s+Santa|Nochebuena|Nochevieja|D[íi]a\s+de\s+(?:los\s+)?Muertos|Viernes\s+Santo|(?:(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|s[áa]bado|domingo)\s+de\s+Carnaval|(?:la\s+)?(?:Fiesta|Noche|D[íi]a)\s+de\s+San\s+Juan|(?:malam\s+)?(?:1|[Ss]atu)\s+Sur[ao]`;
/** v17: text that starts with a festival's name, from the longer list the named days are found by (names.ts). */
export const FESTIVAL_START_RE = new RegExp(String.raw`^(?:${FESTIVAL_ALONE})(?![\p{L}])`, "u");
const CIVIC_DAY = String.raw`(?:Martyrs['’]?|Heroes['’]?|Unity|Democracy|National|Remembrance|Veterans|Memorial|Labou?r|Heritage|Freedom|Youth|Mashujaa|Madaraka|Jamhuri|Republic|Independence|Emancipation|Australia|Canada|Victoria|Anzac|Waitangi|Armistice|Election|Mother['’]s|Father['’]s|Valentine['’]s|(?:St\.?\s+)?Patrick['’]s|Paddy['’]s|All\s+Saints['’]?|All\s+Souls['’]?|(?:(?:August|May|spring|Spring|summer|Summer|Easter)\s+)?bank\s+holiday)`;
const DAY_SUFFIX = String.raw`(?:['’]s)?\s+(?:Day|day|Eve|eve|Night|night|Sunday|Monday|Friday|Saturday|weekend|Weekend|week|morning|evening|afternoon|holiday)`;
const WEEKDAY_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// The named day itself is found by one scan; what pins it down before it ("the night of", "the Friday before") is read
// back from there (matches are rare, so the look-back costs nothing, and the scan has no optional prefix to try at every
// position).
const NAMED_DAY_RE = new RegExp(
  String.raw`\b(?:(?:${FESTIVAL_ALONE})(?:${DAY_SUFFIX})?|${CIVIC_DAY}${DAY_SUFFIX})(?![\p{L}\d])(?:,?\s(?:19|20)\d{2}(?!\d))?`,
  "gu",
);
const NAMED_DAY_PREFIX_RE = new RegExp(
  // v17: and what pins a day to a festival in other calendars' own words ("mùng 3 Tết", "H+2 Lebaran", "the 13th day of Nowruz")
  String.raw`(?:\b(?:the\s+)?(?:(?:first|last|second|third|fourth|fifth|sixth|seventh|tenth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:night|eve|morning|evening|afternoon|day|weekend|week|${WEEKDAY_WORD})\s+(?:of|after|before)\s+(?:the\s+)?|(?<![\p{L}])m[ùồ]ng\s+\d{1,2}\s+|(?<![\p{L}\d])H[+-]\d{1,2}\s+)$`,
  "u",
);
// Checked only behind a year that follows a word: years are few, holidays fewer.
const YEAR_RE = /(?<![\p{L}\d])(?:19|20)\d{2}(?![\p{L}\d])/gu;
const HOLIDAY_END_RE = new RegExp(String.raw`(?:^|[^\p{L}])(${HOLIDAY_NAMES}),?\s{1,3}$`, "iu");

// Speed: each date regex tried only near what every match of it contains (see nearMatcher); reaches are upper bounds on
// the distance from a match's start to that anchor (a weekday or month name is at most 10 characters with its dot).
const DIGIT_G = /\d/g;
// A month's or a weekday's first letter ("i" regexes without "u": ASCII letters only fold to ASCII letters).
const MONTH_INITIAL = charIn("jfmasondJFMASOND");
const WEEKDAY_INITIAL = charIn("mtwfsMTWFS");
const MDY_TEXT_NEAR = nearMatcher(MDY_TEXT_RE, DIGIT_G, 16, (text, s) => MONTH_INITIAL(text, s) && afterNonAlnum(text, s));
const MY_TEXT_NEAR = nearMatcher(MY_TEXT_RE, /(?:19|20)\d{2}/g, 16, afterNonAlnum);
const WEEKDAY_DATE_NEAR = nearMatcher(WEEKDAY_DATE_RE, DIGIT_G, 32, (text, s) => WEEKDAY_INITIAL(text, s) && afterNonAlnum(text, s));
// v27: a day of the month written in words after "on the" ("a callback re the tribunal on the twenty-third"), not a
// count ("on the third attempt"): only where the phrase ends.
const ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";
const WORD_DAY_RE = new RegExp(
  `\\b(?:on|by|until|till|before|after|from)\\sthe\\s((?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|${ORDINAL_WORDS})(?=\\s*[.,;:)!?]|\\s+(?:at|when|and|but|as|so|if)\\b)`,
  "gi",
);
// v32: a day in words and its month ("due on the twenty-third of March", "the first of May, 2024")
const FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WORD_DMY_RE = new RegExp(
  `\\b(?:the\\s)?(?:(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|${ORDINAL_WORDS})\\sof\\s${FULL_MONTH}(?:,?\\s(${YEAR4})(?!\\d))?(?![\\p{L}\\d])`,
  "giu",
);
// v33: a full date written in another script, as the scanned text stands it in (normalise step 4b: digits of every script
// are ASCII digits, letters of a caseless script "ª", Cyrillic and Greek letters their look-alikes or "Ð"/"ð"): a day, a
// month word in such letters and a year ("১৫ মার্চ ২০২৫" is "15 ªªª 2025", "3 серпня 1931" is "3 cepððð 1931"), and the
// year-month-day of Chinese, Japanese and Korean ("2024年8月15日" is "2024ª8ª15ª").
// (v34: and a Thai month's abbreviation with the Buddhist year, "15 ต.ค. 2567")
// (v37: and the Bengali calendar's year, "১৫ শ্রাবণ ১৪৩২")
const SCRIPT_DMY_RE = new RegExp(`(?<![\\p{L}\\d])(${DAY})\\.?\\s(?:ª{1,14}(?:\\.ª{1,6}){0,2}|(?=[a-zA-ZÐð]*[Ðð])[a-zA-ZÐð]{3,14})\\.?\\s((?:19|20|25|14)\\d{2})(?!\\d)`, "gu");
// (v36: or the year of a Japanese era, "令和6年5月12日" scanned "ªª6ª5ª12ª"; v37: or of the Republic of China, "民國114年3月2日")
const SCRIPT_YMD_RE = /(?<!\d)((?:19|20)\d{2}|ªª\d{1,3})\s?ª\s?(\d{1,2})\s?ª\s?(\d{1,2})\s?ª/g;
// v33: the Ethiopian calendar's months with a day ("Meskerem 7, 2017", "12 Tir"), and a day of Tết counted in
// Vietnamese ("mùng 5 Tết", scanned "mung 5 Tet").
const ETHIOPIAN_MONTH = "(?:Meskerem|Tikimt|Tekemt|Hidar|Hedar|Tahsas|Tahesas|Tir|Ter|Yekatit|Megabit|Miyazya|Miazia|Ginbot|Sene|Hamle|Nehase|Nehasse|Pagume|Pagumen)";
// (v36: with the calendar's mark after the year, "Meskerem 12, 2016 E.C.")
const ETHIOPIAN_DATE_RE = new RegExp(`\\b(?:${ETHIOPIAN_MONTH}\\s(${DAY})(?![\\d:])(?:,?\\s(\\d{4})(?!\\d))?|(${DAY})\\s${ETHIOPIAN_MONTH}(?:,?\\s(\\d{4})(?!\\d))?)\\b(?:\\s?E\\.C\\.|\\s?EC\\b)?`, "g");
// v37: Nepal's Bikram Sambat dates with the month in Latin letters ("2082 Asar 15", "15 Shrawan 2081"), always with a
// year of 2040–2099 (the months include English words: "Push", "Magh"); and the lunar day of the Gujarati and Hindi
// calendars with its fortnight ("Magshar sud 5, Samvat 2081").
const BS_MONTH = "(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Asadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Kartik|Mangsir|Poush|Push|Magh|Falgun|Fagun|Chaitra|Chait)";
const BS_DATE_RE = new RegExp(`\\b(?:(20[4-9]\\d)\\s${BS_MONTH}\\s(${DAY})|(${DAY})\\s${BS_MONTH},?\\s(20[4-9]\\d)|${BS_MONTH}\\s(${DAY}),?\\s(20[4-9]\\d))(?![\\d:])`, "g");
const LUNAR_DAY_RE =
  /\b(?:Kartak|Kartik|Magshar|Margashirsha|Posh|Paush|Maha|Magh|Fagan|Phalgun|Chaitra|Chaitar|Vaishakh|Vaisakh|Jeth|Ashadh|Asadh|Aashad|Shravan|Sawan|Bhadarvo|Bhadrapad|Bhadon|Aso|Ashwin|Asoj)\s(?:sud|vad|sudi|vadi|shukla|krishna)\s\d{1,2}(?:,?\s(?:Samvat|VS|V\.S\.)\s(?:20|19)\d{2})?\b/g;
const TET_DAY_RE = /\b(?:m[uù]ng|m[oồ]ng)\s\d{1,2}\s(?:T[eế]t|th[aá]ng\s\d{1,2})\b/gi;
const WEEKDAY_ORDINAL_NEAR = nearMatcher(WEEKDAY_ORDINAL_RE, DIGIT_G, 20, (text, s) => WEEKDAY_INITIAL(text, s) && afterNonAlnum(text, s));
const ROMANCE_DATE_NEAR = nearMatcher(
  ROMANCE_DATE_RE,
  new RegExp(`janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|${OTHER_MONTHS}`, "giu"),
  48,
);

// v19: a day told by a festival, a feast or a public event not on the lists, in an event's sentence (v13.ts reads "the
// night/morning/Saturday of …"; this reads "day" and "week", which it leaves): "the day before
// Timket", "the day after Inti Raymi", "the week after the Galway Races", "the first day of Khmer New Year", "the
// fifteenth day of the first lunar month", "on J'Ouvert morning", "on White Sunday", "on the Double Ninth Festival".
// Soft unless the sentence holds a patient's event (admitted, died, fell, delivered…): a festival alone dates nothing.
const DAY_BY_EVENT_RE =
  /\bthe\s(?:(?:first|second|third|last|final|\d{1,2}(?:st|nd|rd|th)|fifteenth|tenth|twelfth)\s)?(?:day|week)\s(?:of|after|before|following)\s(?:the\s)?(?:(?:first|second|third|last)\s(?:lunar\s)?month|[\p{Lu}][\p{L}'’-]{1,30}(?:\s(?:[\p{Lu}][\p{L}'’-]{1,30}|(?:of|de|del|la|v|vs\.?|and|&)(?=\s[\p{Lu}\d]))){0,4}(?:\s(?:derby|match|final|game|festival|fair|show|parade|mela|urs|marathon|race|races|carnival|concert|durbar|regatta|rally))?)/gu;
const ON_NAMED_DAY_RE =
  /(?<=\bon\s)(?:the\s)?(?:[\p{Lu}][\p{L}'’-]{1,30}\s){1,3}(?:Festival|Day|Sunday|Monday|Eve|Night|morning|night|eve)(?![\p{L}])/gu;
const FESTIVAL_DAY_REASON = "A day named by a festival or public event lets people who were there line it up with the story.";
const FESTIVAL_DAY_SUGGESTION = "Write 'during the festival season' or leave the day out.";
const NOT_EVENT_WORD = /^(?:Ward|Unit|Hospital|Clinic|Round|Rounds|Meeting|Exam|Exams|OSCE|Conference|Lecture|Teaching|Session|Course|Audit|Rota|Shift|Handover|Team|Department|Mr|Mrs|Ms|Dr|His|Her|Their|Our|My|The|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;


export function detectDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(HOLIDAY_RE, text, (m) => {
    const g = m[1] ?? "";
    const start = m.index + m[0].length - g.length;
    const end = start + g.length;
    if (!inEventContext(text, start, end) || !patientInSentence(text, start, end)) return;
    // v17: a holiday's weekend, week or season is a stretch of days a department remembers for its rush ("an ED night
    // shift over the St. Patrick's Day weekend"), not the patient's own day: weak (soft), like a day with no event.
    push(out, text, start, end, "partial", HOLIDAY_STRETCH_AFTER.test(text.slice(end, end + 16)));
  });
  eachMatch(NAMED_DAY_RE, text, (m) => {
    let start = m.index;
    const end = m.index + m[0].length;
    const prefix = NAMED_DAY_PREFIX_RE.exec(before(text, start, 48));
    if (prefix) start -= prefix[0].length;
    const sentence = sentenceAround(text, start, end);
    if (AUTHOR_EVENT.test(sentence)) return;
    // Tied to a patient event and a patient in the sentence: a date; otherwise a weak one (see pushDay). v17: so is a
    // holiday's weekend or week (HOLIDAY_STRETCH_AFTER).
    // (v19: and when the stretch word is the match's own suffix: "Halloween weekend", "the Christmas week")
    const stretch = HOLIDAY_STRETCH_AFTER.test(text.slice(end, end + 16)) || /\s(?:weekend|Weekend|week)$/.test(m[0]);
    const weak = !(EVENT_CONTEXT.test(sentence) && patientInSentence(text, start, end)) || (!/\d{4}$/.test(m[0]) && stretch);
    push(out, text, start, end, /\d{4}$/.test(m[0]) ? "full" : "partial", weak);
  });
  eachMatch(YEAR_RE, text, (m) => {
    if (!/[\p{L}'’],?\s{1,3}$/u.test(before(text, m.index, 5))) return;
    const w = before(text, m.index, 40);
    const h = HOLIDAY_END_RE.exec(w);
    if (h) push(out, text, m.index - w.length + h.index + h[0].indexOf(h[1] ?? ""), m.index + m[0].length, "full");
  });
  eachMatch(HIJRI_RE, text, (m) => {
    const full = /\d{4}/.test(m[0].slice(3));
    if (full || inEventContext(text, m.index, m.index + m[0].length)) push(out, text, m.index, m.index + m[0].length, full ? "full" : "partial");
    // v17: otherwise a day of the Hijri year is still one particular day ("the polio campaign of 12 Rabi ul Awwal week"):
    // weak, like a day and month with no event (pushDay)
    else pushDay(out, text, m.index, m.index + m[0].length);
  });
  eachMatch(HIJRI_WEEK_RE, text, (m) => {
    if (inEventContext(text, m.index, m.index + m[0].length)) push(out, text, m.index, m.index + m[0].length, "partial");
    else pushDay(out, text, m.index, m.index + m[0].length);
  });
  eachMatchNear(WEEKDAY_ORDINAL_NEAR, text, (m) => pushDay(out, text, m.index, m.index + m[0].length));
  if (/[ªÐð]/.test(text)) {
    eachMatch(SCRIPT_DMY_RE, text, (m) => push(out, text, m.index, m.index + m[0].length, "full"));
    eachMatch(SCRIPT_YMD_RE, text, (m) => {
      if (validDayMonth(Number(m[3]), Number(m[2]))) push(out, text, m.index, m.index + m[0].length, "full");
    });
  }
  eachMatch(ETHIOPIAN_DATE_RE, text, (m) => {
    if (m[2] !== undefined || m[4] !== undefined) push(out, text, m.index, m.index + m[0].length, "full");
    // (without a year, not the months that are also words or names: "Sene 4 times", "the Tir 2 tank")
    else if (!/\b(?:Tir|Ter|Sene)\b/.test(m[0])) pushDay(out, text, m.index, m.index + m[0].length);
  });
  eachMatch(TET_DAY_RE, text, (m) => pushDay(out, text, m.index, m.index + m[0].length));
  eachMatch(BS_DATE_RE, text, (m) => push(out, text, m.index, m.index + m[0].length, "full"));
  eachMatch(LUNAR_DAY_RE, text, (m) => push(out, text, m.index, m.index + m[0].length, /\d{4}$/.test(m[0]) ? "full" : "partial"));
  eachMatch(WORD_DMY_RE, text, (m) => {
    if (m[1] !== undefined) push(out, text, m.index, m.index + m[0].length, "full");
    else pushDay(out, text, m.index, m.index + m[0].length);
  });
  eachMatch(WORD_DAY_RE, text, (m) => {
    const day = m[1] ?? "";
    const start = m.index + m[0].length - day.length - 4;
    pushDay(out, text, start, m.index + m[0].length);
  });

  eachMatch(DMY_TEXT_RE, text, (m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[3] !== undefined) push(out, text, start, end, "full");
    else pushDay(out, text, start, end);
  });
  eachMatchNear(MDY_TEXT_NEAR, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] !== undefined) push(out, text, start, end, "full");
    else pushDay(out, text, start, end);
  });
  eachMatchNear(MY_TEXT_NEAR, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (inEventContext(text, start, end)) push(out, text, start, end, "month-year");
  });
  eachMatch(NUMERIC_RE, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!validDayMonth(a, b) && !validDayMonth(b, a)) return;
    push(out, text, m.index, m.index + m[0].length, "full");
  });
  eachMatch(ISO_RE, text, (m) => {
    if (!validDayMonth(Number(m[4]), Number(m[3]))) return;
    push(out, text, m.index, m.index + m[0].length, "full");
  });
  eachMatchNear(ROMANCE_DATE_NEAR, text, (m) => push(out, text, m.index, m.index + m[0].length, m[1] !== undefined || m[3] !== undefined ? "full" : "partial"));
  // A weekday with a day and month is one particular day: "Tuesday 9 April", "Sat 3rd June", "Monday, March 4th".
  eachMatchNear(WEEKDAY_DATE_NEAR, text, (m) => push(out, text, m.index, m.index + m[0].length, m[1] !== undefined || m[2] !== undefined ? "full" : "partial"));
  // "on the 14th", "since the 3rd": a day of the month tied to a patient event in the same sentence.
  eachMatch(ORDINAL_DAY_RE, text, (m) => {
    const start = m.index + m[0].indexOf("the");
    const end = m.index + m[0].length;
    pushDay(out, text, start, end);
  });
  eachMatch(NUMERIC_DM_RE, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!validDayMonth(a, b) && !validDayMonth(b, a)) return;
    const wd = WEEKDAY_BEFORE_DM_RE.exec(before(text, m.index, 24));
    if (wd) {
      push(out, text, m.index - (wd[1] ?? "").length, m.index + m[0].length, "partial");
      return;
    }
    const strong = STRONG_BEFORE.test(before(text, m.index, 40));
    if (!strong && !(ON_SINCE_BEFORE.test(before(text, m.index, 7)) && inEventContext(text, m.index, m.index + m[0].length))) return;
    push(out, text, m.index, m.index + m[0].length, "partial");
  });
  eachMatch(NUMERIC_DM_DOT_RE, text, (m) => {
    if (!validDayMonth(Number(m[1]), Number(m[2]))) return;
    if (!STRONG_BEFORE.test(before(text, m.index, 40))) return;
    push(out, text, m.index, m.index + m[0].length, "partial");
  });
  const oldestYear = new Date().getUTCFullYear() - 90;
  eachMatch(BIRTH_YEAR_RE, text, (m) => {
    const g = m[1] ?? "";
    // Not a historical figure's ("Florence Nightingale was born in 1820"): a patient is at most about 125.
    if (Number(g) > oldestYear || Number(g) < oldestYear - 35) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "DATE", reason: BIRTH_YEAR_REASON, suggestion: BIRTH_YEAR_SUGGESTION, priority: 58 });
  });
  for (const re of /\bthe\s/.test(text) || /\bon\s/.test(text) ? [DAY_BY_EVENT_RE, ON_NAMED_DAY_RE] : []) {
    eachMatch(re, text, (m) => {
      const named = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (named.length > 0 && named.every((w) => NOT_EVENT_WORD.test(w))) return;
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      if (AUTHOR_EVENT.test(sentence)) return;
      // ("the second day of Pchum Ben" is a day, not a person called Ben: above the names' priority)
      const priority = re === DAY_BY_EVENT_RE ? 50 : 44;
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", reason: FESTIVAL_DAY_REASON, suggestion: FESTIVAL_DAY_SUGGESTION, priority, ...(EVENT_CONTEXT.test(sentence) ? {} : { soft: true }) });
    });
  }
  return out;
}
