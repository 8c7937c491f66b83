import type { Candidate } from "../types.ts";
import { eachMatch, sentenceAround } from "../context.ts";
import { FIRST_NAMES, PLACES_ALONE, keyOf } from "../lexicon/names.ts";
import { CALENDAR, EPONYMS, ORGANISATIONS } from "../lexicon/terms.ts";
import { isEnglishWord } from "../lexicon/english.ts";

/**
 * v19: identifiers quoted back in feedback. A mentor's or a peer's comment that asks the writer to take an identifier
 * out names it again, and the comment is as public as the post: "please remove Kholsi and the detail about the pass",
 * "Please remove Hamid's registration number", "it has Isla Gardiner's full name in the address", "please anonymise
 * before submitting: Bhagwanpur, the farmer's full name and …". Only in a sentence that talks about identifying someone
 * (anonymise, identifiable, full name, would know, newsletter…), so "remove Foley catheter" or "take out Tegaderm" are
 * not read; a known city or country alone, an eponym, a drug or an organisation is never taken for one.
 */

// (a name's own apostrophe, "O'Brien", but not a possessive's "'s")
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}-]+(?:['’](?!s\b)[\p{L}\p{M}-]+)*`;
// "remove Kholsi", "take out Hamid's registration number", "delete Mrs Gill"
const REMOVE_THEN_NAME_RE = new RegExp(
  String.raw`\b(?:remove|removing|delete|take\s+out|cut|redact|anonymi[sz]e|drop|change|replace)\s+["“‘']?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?${CAP}(?:\s${CAP}){0,2})(?!\s+(?:Hospital|Clinic|Ward|Unit|catheter|tube|line|cannula|drain|dressing|sutures?|stitches|staples|clips|plaster|cast)\b)`,
  "gu",
);
// "Isla Gardiner's full name", "Geth's date of birth": a name owned by a detail only a person has
const NAME_OF_DETAIL_RE = new RegExp(
  String.raw`((?:(?:Mr|Mrs|Ms|Miss)\.?\s)?${CAP}(?:\s${CAP}){0,2})['’]s\s+(?:full\s+name|surname|real\s+name|first\s+name|name|address|date\s+of\s+birth|DOB|phone\s+number|number|NHS\s+number|registration(?:\s+number)?|details|photo|face)\b`,
  "gu",
);
// v20: "you've got Granny Mags by name", "it still names Ifeoma by name": a person quoted while saying she is named
const BY_NAME_RE = new RegExp(String.raw`\b(?:got|have|has|named?|names|mentions?|mentioned|includes?|included|call|called|calls)\s+["“‘']?((?:(?:Mr|Mrs|Ms|Miss)\.?\s)?${CAP}(?:\s${CAP}){0,2})["”’']?\s+by\s+(?:(?:her|his|their)\s+)?(?:full\s+|first\s+|real\s+)?name\b`, "gu");
// v20: a commenter who knew the patient names them: "I knew Mikey from the meetings on Wayne Ave and this wrecked me" (in a
// comment that also talks about who could tell who it is)
const KNEW_NAME_RE = new RegExp(String.raw`\b(?:I|we|We)\s+(?:knew|know|remember|met|nursed|looked\s+after|cared\s+for)\s+(${CAP})(?=\s+(?:from|when|too|well|through|at|in)\b|[,.;])`, "gu");
// v20: and comments that say who could tell it is the patient, or how she is reached: "anyone from Asiakwa will know it's
// Opanin Kwabena", "they make Noor findable by anyone", "don't email Yusuf at a student address"
const KNOW_ITS_NAME_RE = new RegExp(String.raw`\b(?:know|knows|tell|guess|recogni[sz]e|see)\s+(?:(?:that\s+)?it['’]s|(?:that\s+)?it\s+is|who\s+it\s+is:?)\s+((?:(?:Mr|Mrs|Ms|Miss|Opanin|Mama|Baba|Mzee|Auntie|Uncle|Granny|Nana)\.?\s)?${CAP}(?:\s${CAP}){0,2})`, "gu");
// v27: a commenter who guesses the patient ("I think I know exactly who this is. Jolene?") or warns that the person is known
// ("be careful — Mossie with the sheepdog out past Ballinacarriga is known to half the parish")
const WHO_THIS_IS_RE = new RegExp(String.raw`\bknow\s+(?:exactly\s+)?who\s+(?:this|that|she|he)\s+(?:is|was)[.!:]?\s+(${CAP})(?=\s?[?,!])`, "gu");
const KNOWN_TO_PLACE_RE = new RegExp(
  String.raw`(?:[—–]|\s-{1,2}(?=\s)|\b[Cc]areful,?|\b[Bb]eware,?)\s+(${CAP})\s(?:[^.;\n—–-]{0,60}\s)?(?:is|was)\s+known\s+to\s+(?:half\s+|all\s+|everyone\s+in\s+|the\s+whole\s+)?(?:the\s+)?(?:parish|village|town|street|estate|county|community|ward|island|district|neighbourhood|neighborhood|valley|townland|camp)\b`,
  "gu",
);
// v28: "naming the outstation and young Kirra, anyone from there will know who it is": what the comment says is named
const NAMING_RE = new RegExp(String.raw`\bnaming\s+(?:(?:the|her|his|their)\s+[\p{Ll}-]+\s+and\s+)?(?:(?:young|little|old|baby)\s+)?(${CAP})(?=\s?[,.;]|\s+(?:and|in|is|was)\b)`, "gu");
// v29: "I'd know Jacko anywhere from that description", "Were these the Begay twins?", "Was this the Hollins lad from the
// Grange estate?": a commenter who recognises the patient names them
const KNOW_ANYWHERE_RE = new RegExp(String.raw`\b(?:I['’]d|I\s+would|anyone\s+would|you['’]d)\s+know\s+(${CAP})\s+anywhere\b`, "gu");
const WAS_THIS_THE_RE = new RegExp(String.raw`\b(?:Was|Were|Is|Are)\s+(?:this|these|that|those|they)\s+the\s+(${CAP})\s+(?:lad|lass|boy|girl|twins|family|kids|children|brothers|sisters|woman|man|baby|fella|bloke)\b`, "gu");
const MAKES_FINDABLE_RE = new RegExp(String.raw`\bmakes?\s+(${CAP}(?:\s${CAP})?)\s+(?:findable|identifiable|recogni[sz]able|traceable|easy\s+to\s+(?:find|identify|recogni[sz]e|trace))\b`, "gu");
// v22: "I took the caption off the photo of Abena": a photo named for the person in a comment about consent
const PHOTO_OF_NAME_RE = new RegExp(String.raw`\b(?:photo|photos|picture|pictures|pic|video|image|caption)\s+of\s+(${CAP})(?=\s+(?:this|last|yesterday|today|on|in|from|with|and)\b|[,.;])`, "gu");
// (said as a warning, with or without its apostrophe: "don't email Yusuf at …", "dont email …"; not "please email Sarah at
// the deanery")
const CONTACTED_NAME_RE = new RegExp(String.raw`\b(?:[Dd]on['’]?t|[Dd]o\s+not|[Nn]ever|[Ss]houldn['’]?t|[Ss]hould\s+not|[Aa]void)\s+(?:email|e-mail|text|message|WhatsApp|ring|phone|contact|DM)(?:ing)?\s+(${CAP})\s+(?:at|on|from|via|through|using)\b`, "gu");
const PLACE_PEOPLE_KNOW_RE = new RegExp(String.raw`\b(?:anyone|everyone|everybody|people|someone)\s+(?:from|in)\s+(${CAP}(?:\s${CAP})?)\s+(?:will|would|could|can|might)\s+(?:know|tell|recogni[sz]e|work\s+out)\b`, "gu");
// "anonymise before submitting to the department: Bhagwanpur, the farmer's full name and …": the first item of the list
const ANONYMISE_LIST_RE = new RegExp(String.raw`\b(?:anonymi[sz]e|remove|take\s+out|de-identify)\b[^.:\n]{0,60}:\s(${CAP}(?:\s${CAP}){0,2})(?=,|\sand\b)`, "gu");
const IDENTIFYING_TALK_RE =
  /\b(?:anonymi[sz]\w*|de-?identif\w*|identif\w*|full\s+name|real\s+name|privacy|confidential\w*|recogni[sz]\w*|work\s+it\s+out|would\s+know|could\s+tell|findable|traceable|consent\s+form|caption|permission|newsletter|before\s+(?:this|it)\s+goes|before\s+(?:(?:you|we)\s+)?(?:submit|post|publish|shar|upload)\w*|before\s+(?:the\s+)?(?:final\s+)?submission|by\s+name|anywhere\s+public|public\s+(?:group|page|post|blog|site|feed|forum|channel)|go(?:es|ing)?\s+public|goes\s+any\s+wider|case\s+study|(?:didn['’]t|did\s+not|never)\s+(?:agree|consent)|out\s+of\s+the\s+post|in\s+your\s+post|in\s+the\s+post|your\s+reflection|registration\s+number|NHS\s+number|date\s+of\s+birth|home\s+address|know\s+(?:exactly\s+)?who\s+(?:this|that|she|he|it)\s+(?:is|was)|know\s+\w+\s+anywhere|(?:was|were|is|are)\s+(?:this|these|that|those)\s+the\s+\w+\s+(?:lad|lass|boy|girl|twins|family|kids|children|brothers|sisters|woman|man|baby)|known\s+to\s+(?:half|all|everyone|the\s+whole))\b/i;
const TITLE_RE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
// v20: a family title before a name is said with it ("Granny Mags", "Auntie Bisi", "Uncle Joe")
const KIN_TITLE_RE = /^(?:Granny|Grandma|Grandpa|Gran|Nana|Nanna|Nan|Auntie|Aunty|Aunt|Uncle|Baba|Mama|Mami|Papa|Mamá|Papá|Nani|Dadi|Nonna|Nonno|Oma|Opa)$/;

// v20: a detail said to be in the post: "your log entry still contains Murugesan's name", "it has Kiri's address"
const CONTAINS_BEFORE_RE = /\b(?:contains?|containing|includes?|including|mentions?|mentioning|has|have|got|gives?|uses?|using|shows?|showing)\s+$/;

// (`inQuotes`: a word quoted as what someone is called, 'take out "Bluey"', may be an English word as well)
function quotedIdentifier(name: string, inQuotes = false): boolean {
  const words = name.split(/\s+/).filter((w) => !TITLE_RE.test(w) && !KIN_TITLE_RE.test(w));
  if (words.length === 0) return false;
  if (words.every((w) => PLACES_ALONE.has(keyOf(w)))) return false;
  return !words.some((w) => {
    const k = keyOf(w);
    return EPONYMS.has(k) || ORGANISATIONS.has(k) || CALENDAR.has(k) || (!inQuotes && isEnglishWord(k) && !FIRST_NAMES.has(k));
  });
}

const R_QUOTED = "Feedback that names the identifier it asks to remove publishes it again: the comment is as public as the post.";
const S_QUOTED = "Point to it without repeating it: 'the village name in your second paragraph', 'the number in the photo'.";
// (a comment that recognises the patient, or warns who could, asks nothing to be removed: its own wording)
const R_RECOGNISED = "A comment that names who the patient is, or where, publishes it again: the comment is as public as the post.";
const S_RECOGNISED = "Say it without the name or the place: 'I think I know this family', 'people from his village would know him'.";

export function detectQuotedInFeedback(text: string): Candidate[] {
  if (!IDENTIFYING_TALK_RE.test(text)) return [];
  const out: Candidate[] = [];
  // (`strong`: the words around the name already say it identifies someone, so its own sentence need not)
  const push = (start: number, name: string, owned: boolean, strong = false, reason = R_QUOTED, suggestion = S_QUOTED): void => {
    const end = start + name.length;
    // (a quoted word that is also an English word only where the sentence talks of names: 'take out "Bluey" and the
    // station name')
    const quoted = /["“‘']$/.test(text.slice(Math.max(0, start - 1), start)) && /^["”’']/.test(text.slice(end, end + 1));
    const inQuotes = quoted && /\b(?:name|names|nickname|called|calls)\b/i.test(sentenceAround(text, start, end, 200));
    if (!quotedIdentifier(name, inQuotes)) return;
    // (and otherwise a quoted English word is a word: 'take out "Ward" before submitting')
    if (quoted && !inQuotes && name.split(/\s+/).some((w) => isEnglishWord(keyOf(w)))) return;
    const said = strong || (owned && CONTAINS_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)));
    if (!said && !IDENTIFYING_TALK_RE.test(sentenceAround(text, start, end, 200))) return;
    const first = name.split(/\s+/).find((w) => !TITLE_RE.test(w)) ?? "";
    const person = owned || inQuotes || KIN_TITLE_RE.test(name.split(/\s+/)[0] ?? "") || TITLE_RE.test(name.split(/\s+/)[0] ?? "") || FIRST_NAMES.has(keyOf(first));
    out.push({ start, end, type: person ? "NAME" : "LOCATION", reason, suggestion, priority: 46 });
  };
  eachMatch(REMOVE_THEN_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    push(m.index + m[0].length - name.length, name, /^['’]s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)));
  });
  eachMatch(NAME_OF_DETAIL_RE, text, (m) => push(m.index, m[1] ?? "", true));
  eachMatch(KNEW_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    if (!isEnglishWord(keyOf(name))) push(m.index + m[0].length - name.length, name, true, true, R_RECOGNISED, S_RECOGNISED);
  });
  for (const re of [KNOW_ITS_NAME_RE, MAKES_FINDABLE_RE, CONTACTED_NAME_RE, PHOTO_OF_NAME_RE, WHO_THIS_IS_RE, KNOWN_TO_PLACE_RE, NAMING_RE, KNOW_ANYWHERE_RE, WAS_THIS_THE_RE]) {
    eachMatch(re, text, (m) => {
      const name = m[1] ?? "";
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      // (each of these says the name is a person's: one who is known, findable, emailed or photographed)
      push(start, name, true, true, R_RECOGNISED, S_RECOGNISED);
    });
  }
  eachMatch(PLACE_PEOPLE_KNOW_RE, text, (m) => {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
    if (quotedIdentifier(name) && !name.split(/\s+/).some((w) => isEnglishWord(keyOf(w)))) {
      out.push({ start, end: start + name.length, type: "LOCATION", reason: R_RECOGNISED, suggestion: S_RECOGNISED, priority: 46 });
    }
  });
  eachMatch(BY_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    push(m.index + m[0].indexOf(name, m[0].search(/\s/)), name, true);
  });
  eachMatch(ANONYMISE_LIST_RE, text, (m) => {
    const name = m[1] ?? "";
    push(m.index + m[0].length - name.length, name, false);
  });
  return out;
}
