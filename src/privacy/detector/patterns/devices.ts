import type { Candidate } from "../types.ts";
import { luhnIsValid } from "../checksums.ts";
import { digitsOf, eachMatch } from "../context.ts";

/**
 * DEVICE: serial numbers and device identifiers introduced by a label ("serial no. PJN123456",
 * "pacemaker serial 8812-AB-33", "IMEI 356938035643809", "implant ID …", "S/N …"), any
 * Luhn-valid 15-digit IMEI after "IMEI", and vehicle registration plates.
 *
 * Vehicle plates are reported as DEVICE (HIPAA lists vehicle identifiers and serial numbers
 * next to device identifiers; both point to one person's property): the current UK format
 * "AB12 CDE" anywhere, and any plate-like token after "reg", "registration", "number plate"
 * or "licence/license plate". The span is the identifier, not its label.
 */

const LABEL_RE =
  /\b(?:(?:pacemaker|pump|implant|device|defibrillator|ICD|stent|valve|prosthesis|hearing\s+aid|model\s+(?:and\s+)?)\s+)?(?:serial|s\/n|SN(?=\s*[:#])|IMEI|MEID|UDI|lot|(?<=(?:device|implant|pump)\s+)(?:ID|number|no\.?|card))(?:\s+(?:no\.?|number|#))?\s*(?:is|was)?\s*[:#=-]?\s*/gi;
const TOKEN_RE = /[A-Za-z0-9][A-Za-z0-9\-/]{3,30}(?![A-Za-z0-9])/y;
const UK_PLATE_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![A-Za-z0-9])/g;
const PLATE_LABEL_RE =
  /\b(?:(?:car|vehicle|motorcycle|motorbike|bike|van|truck|taxi|keke|boda(?:\s+boda)?)(?:['’]s)?\s+)?(?:reg(?:istration)?(?:\s+(?:no\.?|number|plate))?|rego|number\s+plate|licen[cs]e\s+plate(?:\s+(?:no\.?|number))?|plate\s+(?:no\.?|number)|(?<=(?:car|vehicle|motorcycle|motorbike|bike|van|truck|taxi)(?:['’]s)?\s+)(?:number|plate))\s*(?:is|was)?\s*[:#=,-]?\s*((?:[A-Z][a-z]+\s+plate\s+)?[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2})(?![A-Za-z0-9])/g;
// Indian plates: state code, district number, series, number ("KA 05 MJ 4417", "MH12AB1234").
const IN_PLATE_RE = /(?<![A-Za-z0-9])(?:AN|AP|AR|AS|BR|CH|CG|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}(?![A-Za-z0-9])/g;

const R_DEVICE = "A device serial number or identifier is recorded against one patient and leads straight back to them.";
const R_PLATE = "A vehicle registration identifies the owner through public records.";
const S_DEVICE = "Remove the number; 'a pacemaker' or 'his phone' is enough.";
const S_PLATE = "Remove the registration; 'his car' is enough.";

export function detectDevices(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(LABEL_RE, text, (m) => {
    const at = m.index + m[0].length;
    TOKEN_RE.lastIndex = at;
    const t = TOKEN_RE.exec(text);
    if (!t) return;
    const token = t[0].replace(/[-/]+$/, "");
    if (digitsOf(token).length < 3) return;
    const imei = /imei/i.test(m[0]) && /^\d{15}$/.test(token) && luhnIsValid(token);
    out.push({
      start: at,
      end: at + token.length,
      type: "DEVICE",
      reason: imei ? `${R_DEVICE} (a valid IMEI identifies one phone)` : R_DEVICE,
      suggestion: S_DEVICE,
      priority: 89,
    });
  });
  eachMatch(UK_PLATE_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DEVICE", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  eachMatch(IN_PLATE_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DEVICE", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  eachMatch(PLATE_LABEL_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!/\d/.test(g) || !/[A-Z]/.test(g)) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "DEVICE", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  return out;
}
