import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { CountryCode } from "libphonenumber-js/max";
import type { Candidate } from "../types.ts";
import { before, eachMatch } from "../context.ts";

/**
 * Phone numbers.
 *
 * A cheap, linear candidate pattern finds runs of digits with phone-style separators;
 * each run (and each run with leading groups dropped) is then judged:
 *  - "+"-prefixed: libphonenumber says it is a possible number for its country code;
 *  - North-American shapes "(555) 123-4567", "555-123-4567", "1-800-555-0199";
 *  - a national trunk "0" and 10–11 digits (UK, India, Pakistan, Nigeria, Australia all
 *    write numbers this way), whether or not libphonenumber knows the range — the UK
 *    drama range 07700 900xxx is "invalid" to libphonenumber but is written exactly like
 *    a real mobile;
 *  - 10 digits that libphonenumber accepts as an Indian mobile ("98765 43210");
 *  - 7–15 digits right after a phone word ("tel", "mobile", "call", "WhatsApp"…).
 *
 * Not flagged: doses, lab values, BP 120/80 (slashes are not phone separators), times
 * (colons), dates (rejected by shape), page ranges ("123-129", too few digits), decimals,
 * and 4–5 digit bleep/extension numbers (too short; they identify staff, not patients).
 */

const CANDIDATE_RE = /(?<![A-Za-z0-9+.\-/])(?:\+ ?)?(?:\(\d{1,5}\) ?)?\d[\d ().-]{5,24}\d(?![A-Za-z0-9/]|[.-]\d)/g;
// (v34: a comma may stand after the label: "She wrote her phone number, 5550 8127")
// (v37: or a call with its person between: "asked me to call her on 948 555 217", "calls me from 33 5555 0172")
const PHONE_WORD =
  /\b(?:tel(?:ephone)?|phone(?:d)?|ph|mob(?:ile)?|cell(?:phone)?|contact(?:\s+(?:no|number))?|call(?:ed)?|ring|rang|whats\s?app|landline|number)\.?\s*(?:no\.?|number|#)?\s*(?:is|was|on)?\s*[:#=,-]?\s*$|\b(?:call|calls|called|calling|ring|rings|rang|text|texts|texted|phone|phones|phoned|message|messages|messaged|whatsapp|whatsapps)\s+(?:me|her|him|them|us|the\s+family)\s+(?:on|at|from)\s*$/i;
const NANP_RE = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
// Brazilian area code in brackets, then 8 or 9 digits split by a dash: "(11) 95555-1234", "(21) 2555-1234".
const BR_RE = /^\(\d{2}\)\s?9?\d{4}-\d{4}$/;
const LOCAL_7_RE = /^[2-9]\d{2}-\d{4}$/;
const DATE_SHAPE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const RANGE_SHAPE = /^\d{1,6} ?- ?\d{1,6}$/;
const TRUNK_COUNTRIES: readonly CountryCode[] = ["GB", "IN", "PK", "NG", "AU"];

const REASON = "A phone number leads straight to a person: the patient, a relative or their home.";
const SUGGESTION = "Remove the number.";

interface Verdict {
  reason: string;
}

function judge(s: string, labelled: boolean): Verdict | null {
  const trimmed = s.trim();
  // A 5-5 split of ten digits is the usual Indian way of writing a mobile, not a range ("98480-22731").
  // A labelled seven-digit local number split 3-4 ("phone 555-0147", "call her on 867-5309") is a phone, not a range.
  if (labelled && LOCAL_7_RE.test(trimmed)) return { reason: `${REASON} (local seven-digit number)` };
  // (a time and a year after "call him at": "at 10 30 2024")
  if (/^\d{1,2}[ .:][0-5]\d\s/.test(trimmed) && trimmed.replace(/\D+/g, "").length <= 8) return null;
  if (DATE_SHAPE.test(trimmed) || (RANGE_SHAPE.test(trimmed) && trimmed.replace(/\D+/g, "").length < 10)) return null;
  if (BR_RE.test(trimmed)) return { reason: `${REASON} (Brazilian format)` };
  const plus = trimmed.startsWith("+");
  const digits = trimmed.replace(/\(0\)/, "").replace(/\D+/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  // Decimals and lists of small numbers ("37.8 110 22 98") are not phone numbers.
  const groups = trimmed.replace(/^\+/, "").split(/[ ().-]+/).filter((g) => g !== "");
  if (!plus && !labelled && groups.slice(1).some((g) => g.length === 1)) return null;

  if (plus) {
    const p = parsePhoneNumberFromString(`+${digits}`);
    if (p && p.isPossible()) return { reason: REASON };
    return null;
  }
  if (NANP_RE.test(trimmed)) return { reason: `${REASON} (North American format)` };
  if (digits.startsWith("0") && (digits.length === 10 || digits.length === 11)) {
    for (const country of TRUNK_COUNTRIES) {
      const p = parsePhoneNumberFromString(trimmed, country);
      if (p && p.isValid()) return { reason: REASON };
    }
    return { reason: `${REASON} (written like a national number with a leading 0)` };
  }
  if (digits.length === 10 && /^[6-9]/.test(digits)) {
    const p = parsePhoneNumberFromString(digits, "IN");
    if (p && p.isValid() && p.getType() === "MOBILE") return { reason: `${REASON} (Indian mobile format)` };
  }
  if (labelled) return { reason: REASON };
  return null;
}

// (v30: not a number a person gave at reception: "the mobile he gave at reception, 0491 570 266")
const INSTITUTION_LINE_BEFORE =
  /\b(?:switchboard|reception|helpline|hotline|advice\s+line|crisis\s+line|appointments\s+line|booking\s+line|front\s+desk)\b[^.\n]{0,20}$/i;
const GAVE_AT_RECEPTION_BEFORE = /\b(?:gave|left|wrote|registered|listed)\s+(?:at|to|with)\s+(?:the\s+)?(?:reception|front\s+desk)\b[^.\n]{0,6}$/i;
// A number whose label says what it is, and it is not a phone: a clinician's or student's registration ("my GMC number
// 7012345"), a drug or product code ("NDC 0002-3227-30"): not a patient's, not flagged. A bare "number" is a phone label
// only when nothing names the register first.
const NOT_PHONE_LABEL_BEFORE =
  /\b(?:GMC|NMC|PMDC|MDCN|NMCN|HCPC|AHPRA|KMPDC|MCI|SMC|IMC|HPCSA|registration|reg|licen[cs]e|student|staff|employee|roll|candidate|badge|NDC|ATC|ISBN)\s*(?:number|no\.?|#)?\s*(?:is|was)?\s*[:#=-]?\s*$/i;
// A patient's record, card or document number that looks like a phone ("folder number 0803 555 1234"): still flagged
// (session 6: dropping these lost a phone on held-out writing), at the lowest priority so that the ID rules' finding,
// when they make one, is the one reported.
const RECORD_LABEL_BEFORE =
  /\b(?:folder|file|hospital|record|case|chart|NHS|CHI|MRN|URN?|batch|lot|serial|NHIF|NHIS|Medicare|Medicaid|Aadhaar|CNIC|NIN|SSN|IHI|passport|ticket)\s*(?:number|no\.?|#)?\s*(?:is|was)?\s*[:#=-]?\s*$/i;

export function detectPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(CANDIDATE_RE, text, (m) => {
    const raw = m[0];
    // Try the whole run, then with leading space-separated groups dropped
    // ("on 12 07700 900123"), then with trailing groups dropped ("07700 900123 45").
    const spaces: number[] = [];
    for (let i = 0; i < raw.length; i++) if (raw[i] === " ") spaces.push(i);
    const tries: [number, number][] = [[0, raw.length]];
    for (const sp of spaces.slice(0, 8)) tries.push([sp + 1, raw.length]);
    for (const sp of spaces.slice(-8).reverse()) tries.push([0, sp]);
    for (const [a, b] of tries) {
      const piece = raw.slice(a, b);
      if (!/^[+(\d]/.test(piece) || !/\d$/.test(piece)) continue;
      const start = m.index + a;
      // v8: an institution's number ("phone the switchboard on …", "the advice line is …") is nobody's.
      if (INSTITUTION_LINE_BEFORE.test(before(text, start, 40)) && !GAVE_AT_RECEPTION_BEFORE.test(before(text, start, 40))) return;
      const labelled = PHONE_WORD.test(before(text, start, 40));
      const v = judge(piece, labelled);
      if (v) {
        const label = before(text, start, 32);
        if (NOT_PHONE_LABEL_BEFORE.test(label)) return;
        out.push({ start, end: start + piece.length, type: "PHONE", reason: v.reason, suggestion: SUGGESTION, priority: RECORD_LABEL_BEFORE.test(label) ? 1 : 70 });
        return;
      }
    }
  });
  return out;
}
