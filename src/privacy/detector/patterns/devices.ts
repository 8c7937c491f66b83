import type { Candidate } from "../types.ts";
import { luhnIsValid } from "../checksums.ts";
import { digitsOf, eachMatch, eachMatchNear, nearMatcher, notAfter } from "../context.ts";

/**
 * DEVICE: serial numbers and device identifiers introduced by a label ("serial no. PJN123456",
 * "pacemaker serial 8812-AB-33", "IMEI 356938035643809", "implant ID …", "S/N …"), any
 * Luhn-valid 15-digit IMEI after "IMEI", and vehicle registration plates.
 *
 * Vehicle plates (HIPAA lists vehicle identifiers next to device serials; both point to one person's property): the
 * current UK format "AB12 CDE" anywhere, and any plate-like token after "reg", "registration", "number plate" or
 * "licence/license plate". The span is the identifier, not its label. Found here, beside the serials they resemble, but
 * typed OTHER as ANNOTATION.md marks them (a plate is a quasi-identifier of the owner, not a device on the patient).
 */

// A device label ("numbers" is tried before "number", so "serial numbers 2103447 and 2103448" does not stop at "number";
// "gave the serial as PJN 402771 H").
const LABEL_RE =
  /\b(?:(?:pacemaker|pump|implant|device|defibrillator|ICD|stent|valve|prosthesis|hearing\s+aid|model\s+(?:and\s+)?)\s+)?(?:serials?|ser\.(?=\s*no)|(?<=(?:implant|prosthesis|stent|valve|lens|graft|mesh|pacemaker|device|cup|stem|liner)\s+)batch|s\/n|SN(?=\s*[:#]|\s+(?:[A-Z0-9-]+\s){0,2}[A-Z0-9-]*\d)|IMEI|MEID|UDI|lot|asset(?:\s+(?:tag|number|no\.?|ID))?|(?<=(?:device|implant|pump|pacemaker|defibrillator|ICD|CRT-?D|LVAD|VAD|stent|valve|prosthesis|hearing\s+aid|cochlear\s+implant|processor|ventilator|CPAP|BiPAP|concentrator|monitor|glucometer|wheelchair|handset|phone|tag|tracker|bracelet|beacon|PLB|EPIRB|transponder|collar)(?:['’]s)?\s+(?:hex\s+)?)(?:ID|number|no\.?|card|tag|code)|hex\s+ID)(?:\s+(?:no\.?|numbers|number|#))?\s*(?:(?:is|was|were|are|reads|read|says|said|shows|showed)(?:\s+(?:listed|recorded|noted|logged|given|written))?(?:\s+as)?|as)?\s*[:#=,-]?\s*['"“‘]?/gi;
// The serial itself: one token, or several short upper-case/digit groups ("PZK 448812 H", "CI512 8839201").
const TOKEN_RE = /(?:[A-Z]{1,3}\s(?=[A-Z0-9]*\d))?[A-Za-z0-9][A-Za-z0-9\-/]{2,30}(?:\s(?=[A-Z0-9-]{1,12}(?![a-z]))(?=[A-Z-]{0,3}(?![A-Za-z])|[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9\-/]{0,11}(?![A-Za-z0-9])){0,3}(?![A-Za-z0-9])/y;
const UK_PLATE_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![A-Za-z0-9])/g;
const PLATE_LABEL_RE =
  /\b(?:(?:car|vehicle|motorcycle|motorbike|bike|van|truck|taxi|keke|boda(?:\s+boda)?)(?:['’]s)?\s+)?(?:reg(?:istration)?(?:\s+(?:no\.?|number|plate))?|rego|placa|matr[ií]cula|plaka|(?<=[,(:]\s)plate|number\s+plate|licen[cs]e\s+plate(?:\s+(?:no\.?|number))?|plate\s+(?:no\.?|number)|(?<=\b(?:the|his|her|their|its|a|[A-Z][a-z]+)\s)plate|(?<=(?:car|vehicle|motorcycle|motorbike|bike|van|truck|taxi)(?:['’]s)?\s+)(?:number|plate))\s*(?:is|was)?\s*[:#=,-]?\s*((?:[A-Z][a-z]+\s+plate\s+)?[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2})(?![A-Za-z0-9])/g;
// Indian plates: state code, district number, series, number ("KA 05 MJ 4417", "MH12AB1234").
const IN_PLATE_RE = /(?<![A-Za-z0-9])(?:AN|AP|AR|AS|BR|CH|CG|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}(?![A-Za-z0-9])/g;

// v10: Kenyan motorcycle plates have four letters ("KMFA 221Q").
// Also three letters and four digits (Philippines, Malaysia, many US states: "ABC 1234", "WXY 1234"), a digit and three
// letters then three digits (Australia, California: "1ABC 234", "7ABC123") and the Irish year-county-number form
// ("191-D-12345"): all only in a sentence about a vehicle, and three letters, a space and digits ("NHS 1234", "CPR 3014"
// look the same) only right after the vehicle's own word.
const PLATE_SHAPE_RE =
  /(?<![A-Za-z0-9-])(?:[A-Z]{2,3}[ -]?\d{3,4}[ -]?[A-Z]{1,2}|K[A-Z]{3}[ -]?\d{3}[A-Z]|[A-Z]{1,3}[ -]\d{3}[ -]\d{3}|\d[A-Z]{3}[ -]?\d{3}|[A-Z]{3}[ -]\d{3,4}|[A-Z]{2}[ -]\d{4}[ -]\d{2}|\d{2,3}-[A-Z]{1,2}-\d{1,6})(?![A-Za-z0-9]|-\d)/g;
// Speed: tried only within 6 characters ("KMFA ") before a digit.
const PLATE_SHAPE_NEAR = nearMatcher(PLATE_SHAPE_RE, /\d/g, 6, notAfter("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"));
const VEHICLE_RE =
  /\b(?:car|cars|bakkie|van|minibus|bus|taxi|cab|matatu|danfo|okada|keke|boda(?:[\s-]boda)?|tuk[\s-]?tuk|rickshaw|auto|motorbike|motorcycle|scooter|moped|bike|truck|lorry|pickup|pick-up|ute|jeep|SUV|sedan|hatchback|tractor|trotro|tro-tro|jeepney|tricycle|vehicle|Corolla|Camry|Hilux|Land\s+Cruiser|Quantum|Civic|Prado|Probox|Vitz|loader|chingchi|qingqi|Ford|Chevy|Chevrolet|Toyota|Nissan|Honda|Hyundai|Suzuki|Mahindra|Tata|Isuzu|Mitsubishi|Dodge|GMC|Ram)\b/i;
const VEHICLE_JUST_BEFORE_RE = new RegExp(String.raw`${VEHICLE_RE.source}(?:['’]s)?(?:\s+(?:plate|number\s+plate|reg(?:istration)?))?,?\s{1,2}$`, "i");
// v19: "plate(s)" then a plate with a digit and a letter or dash, in a sentence about a vehicle or after a place's name
// ("Montana plates 6-4471B", "the blue Ford with plate 4-8812B", "his motorbike, plate Takeo 1C-4273"), and a vehicle's
// "number" ("the loader number RIR 4417"). Not a bone plate ("a 7-hole plate", "plate 3.5 mm") or a culture plate with a
// bare number.
const PLATE_WORD_THEN_RE =
  /(?<![A-Za-z])([A-Za-z]+\s+)?plates?\s+(?:no\.?\s+|number\s+)?((?:[A-Z][a-z]+\s+)?(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,6}){0,3})(?![A-Za-z0-9]|[.,]\d|-hole|\s?mm\b)/g;
const VEHICLE_NUMBER_RE = new RegExp(String.raw`${VEHICLE_RE.source}(?:['’]s)?\s+(?:number|no\.?|reg)\s+([A-Z]{1,3}[ -]?\d{1,5}[A-Z]?)(?![A-Za-z0-9])`, "gi");
const LETTERS_SPACE_DIGITS_RE = /^[A-Z]{3} \d/;
// A GS1 unique device identifier as printed under an implant's barcode: "(01)00643169007222(17)250101(10)22C19(21)4471".
// The (01) product code alone names a model; with a lot (10) or serial (21) it names the one device in the patient.
const UDI_GS1_RE = /(?<![A-Za-z0-9)])\(01\)\d{14}(?:\((?:10|11|17|21|240|30)\)[A-Za-z0-9-]{1,20}){1,5}/g;
const UDI_UNIT_RE = /\((?:10|21)\)/;
const IMEI_RE = /(?<![A-Za-z0-9-])(?:35|86|01|49|99|33|44|45|52|53|54)\d{13}(?![A-Za-z0-9]|[-.]\d)/g;

const IMPLANT_WORD_RE = /\b(?:implant\w*|pacemaker|valve|stent|prosthes[ie]s|lens|graft|mesh|pump|device|defibrillator|ICD|shunt|electrode|processor)\b/i;
// v10: an unlabelled code right after the device it belongs to ("her Dexcom transmitter 8GV4R2", "his pump 7719-2281-K"):
// letters and digits mixed, or six digits or more; not a model ("model BM-200", "Lifepak 15", "HeartMate 3").
const DEVICE_THEN_CODE_RE =
  /\b(?:transmitter|sensor|receiver|pump|pacemaker|defibrillator|implant|processor|concentrator|ventilator|hearing\s+aids?|glucometer|monitor|shunt\s+valve|stimulator|wheelchair)\s+(?:no\.?\s|#\s?)?((?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,19}|\d{6,15})(?![A-Za-z0-9])/g;
const MEDICINE_STOCK_RE = /\b(?:batch|batches|expiry|expires|recall\w*|carton|cartons|vials?|ampoules?|stock|vaccines?|doses|tablets|bottles?|oxytocin|insulin|drug|medicine|medicines)\b/i;
const R_DEVICE = "A device serial number or identifier is recorded against one patient and leads straight back to them.";
const R_PLATE = "A vehicle registration identifies the owner through public records.";
const S_DEVICE = "Remove the number; 'a pacemaker' or 'his phone' is enough.";
const S_PLATE = "Remove the registration; 'his car' is enough.";

const SERIAL_READ_FROM_RE = /^,?\s*(?:off|on|from|in)\s+(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:card|box|label|chart|form|sticker|booklet|passport|wristband|record|letter)(?=\s+[A-Z0-9])|[\p{L}-]+\s*[:,])\s*(?:(?:was|is|reads?|read)\s+)?/u;

export function detectDevices(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(LABEL_RE, text, (m) => {
    // v8: a "phone number" is a phone number (PHONE finds it), not a handset's serial.
    if (/^(?:number|no)/i.test(m[0]) && /(?:phone|mobile|cell)['’]?s?\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return;
    // v10: a medicine's lot or batch ("a recalled batch of oxytocin, lot OX-23-0918") is stock, not a patient's device.
    if (/^lot\b/i.test(m[0])) {
      const window = text.slice(Math.max(0, m.index - 60), m.index);
      if (MEDICINE_STOCK_RE.test(window) && !IMPLANT_WORD_RE.test(window)) return;
    }
    // v22: where the serial was read, between the label and the serial ("the serial off the coil, CI-A3X7720194", "serial on
    // his wallet card: LNQ318827G")
    const via = SERIAL_READ_FROM_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    const at = m.index + m[0].length + (via ? via[0].length : 0);
    TOKEN_RE.lastIndex = at;
    const t = TOKEN_RE.exec(text);
    if (!t) return;
    const token = t[0].replace(/[-/]+$/, "");
    // v10: a serial may have only two digits among its letters ("FH7XQ2LMJ"), if it is long enough.
    // (v32: and a transmitter's six characters with two digits, "8G4KTR")
    if (digitsOf(token).length < 3 && !(digitsOf(token).length === 2 && token.length >= 6 && /^[A-Z0-9-]+$/.test(token) && /[A-Z]/.test(token) && !/^\d+[A-Z]+$/.test(token))) return;
    const imei = /imei/i.test(m[0]) && /^\d{15}$/.test(token) && luhnIsValid(token);
    out.push({
      start: at,
      end: at + token.length,
      type: "DEVICE",
      reason: imei ? `${R_DEVICE} (a valid IMEI identifies one phone)` : R_DEVICE,
      suggestion: S_DEVICE,
      priority: 89,
    });
    // v8: several serials after one label: "serials 21-445103 and 21-445104".
    let next = at + token.length;
    for (let k = 0; k < 3; k++) {
      const join = /^(?:,\s|\s(?:and|&)\s|,\s(?:and|&)\s)/.exec(text.slice(next, next + 8));
      if (!join) break;
      TOKEN_RE.lastIndex = next + join[0].length;
      const t2 = TOKEN_RE.exec(text);
      if (!t2) break;
      const tok2 = t2[0].replace(/[-/]+$/, "");
      if (digitsOf(tok2).length < 3 || !/\d{3}/.test(tok2)) break;
      const s2 = next + join[0].length;
      out.push({ start: s2, end: s2 + tok2.length, type: "DEVICE", reason: R_DEVICE, suggestion: S_DEVICE, priority: 89 });
      next = s2 + tok2.length;
    }
  });
  eachMatch(DEVICE_THEN_CODE_RE, text, (m) => {
    const g = m[1] ?? "";
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "DEVICE", reason: R_DEVICE, suggestion: S_DEVICE, priority: 88 });
  });
  eachMatch(UK_PLATE_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  eachMatch(IN_PLATE_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  // A plate-shaped token in a sentence about a vehicle: "the boda boda UBE 123K", "his Corolla, KCA 123B", "okada LSD 431 XA".
  eachMatchNear(PLATE_SHAPE_NEAR, text, (m) => {
    const back = text.slice(Math.max(0, m.index - 80), m.index);
    const cut = Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n"));
    if (!VEHICLE_RE.test(cut >= 0 ? back.slice(cut) : back)) return;
    if (LETTERS_SPACE_DIGITS_RE.test(m[0]) && !VEHICLE_JUST_BEFORE_RE.test(back)) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  // Speed: the pattern cannot be keyed to word starts (it starts with a bracket); without "(01)" it cannot match.
  if (text.includes("(01)")) eachMatch(UDI_GS1_RE, text, (m) => {
    if (!UDI_UNIT_RE.test(m[0])) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DEVICE", reason: R_DEVICE, suggestion: S_DEVICE, priority: 90 });
  });
  // An unlabelled 15-digit number that passes the IMEI check (Luhn) and starts like a real device type allocation code.
  eachMatch(IMEI_RE, text, (m) => {
    if (!luhnIsValid(m[0])) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DEVICE", reason: `${R_DEVICE} (a valid IMEI identifies one phone)`, suggestion: S_DEVICE, priority: 75 });
  });
  if (/plate/i.test(text)) {
    eachMatch(PLATE_WORD_THEN_RE, text, (m) => {
      const g = m[2] ?? "";
      const plate = g.replace(/^[A-Z][a-z]+\s+/, "");
      if (!/[A-Z]/.test(plate) && !/-/.test(plate)) return;
      const back = text.slice(Math.max(0, m.index - 80), m.index + (m[1] ?? "").length);
      const cut = Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n"));
      const word = (m[1] ?? "").trim();
      if (!VEHICLE_RE.test(cut >= 0 ? back.slice(cut) : back) && !/^\p{Lu}\p{Ll}/u.test(word) && !/^(?:licen[cs]e|number|registration|reg)$/i.test(word)) return;
      const start = m.index + m[0].length - g.length;
      out.push({ start, end: start + g.length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
    });
  }
  eachMatch(VEHICLE_NUMBER_RE, text, (m) => {
    const g = m[1] ?? "";
    // (the pattern ignores case for the vehicle's word; the plate itself is in capitals: not "the bus number is 42")
    if (!/^[A-Z]{1,3}[ -]?\d{1,5}[A-Z]?$/.test(g)) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  eachMatch(PLATE_LABEL_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!/\d/.test(g) || !/[A-Z]/.test(g)) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "OTHER", reason: R_PLATE, suggestion: S_PLATE, priority: 89 });
  });
  return out;
}
