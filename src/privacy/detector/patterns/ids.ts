import type { Candidate } from "../types.ts";
import {
  aadhaarIsValid,
  chiIsValid,
  cnicIsPlausible,
  cpfIsValid,
  emiratesIdIsValid,
  hkidIsValid,
  iranNationalCodeIsValid,
  luhnIsValid,
  nhiIsValid,
  nhsNumberIsValid,
  nifIsValid,
  nricIsValid,
  peselIsValid,
  chineseResidentIdIsValid,
  cnpIsValid,
  codiceFiscaleIsValid,
  ssnIsValid,
  tcKimlikIsValid,
} from "../checksums.ts";
import { before, digitsOf, eachMatch } from "../context.ts";

/**
 * Patient identifiers: national numbers with their check digits, and hospital numbers
 * introduced by a label (MRN, hospital number, UHID…). The span is the number, not the label.
 */

const SUGGESTION = "Remove the number; write 'the patient' instead.";
// Shared tail: not followed by another digit-ish group.
const END = "(?![A-Za-z0-9]|[.\\-\\/]\\d)";
const START = "(?<![A-Za-z0-9.\\-\\/])";

const NHS_RE = new RegExp(`${START}(\\d{3})([ .\\-]?)(\\d{3})\\2(\\d{4})${END}`, "g");
const NHS_LABEL = /\bNHS\s*(?:no|num|nr|number|#)?\.?\s*(?:is|was)?\s*[:#=-]?\s*$/i;

const AADHAAR_RE = new RegExp(`${START}([2-9]\\d{3})([ \\-]?)(\\d{4})\\2(\\d{4})${END}`, "g");
const AADHAAR_LABEL = /\b(?:aadhaa?r|UID|UIDAI)\s*(?:card)?\s*(?:no|num|number|#)?\.?\s*[:#=-]?\s*$/i;

const SSN_RE = new RegExp(`${START}(\\d{3})-(\\d{2})-(\\d{4})${END}`, "g");
const SSN_LABELLED_RE = /\b(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#=]?\s*(\d{3}[ -]?\d{2}[ -]?\d{4})(?![A-Za-z0-9]|[.\-/]\d)/gi;

const CNIC_RE = new RegExp(`${START}(\\d{5})-(\\d{7})-(\\d)${END}`, "g");
const CNIC_LABELLED_RE = /\b(?:CNIC|NIC|B-?form|ID\s+card)\s*(?:no|number|#)?\.?\s*[:#=]?\s*(\d{13})(?![A-Za-z0-9])/gi;

// Scottish CHI: DDMMYY + four digits ("120385 4323"); valid date and mod-11 check digit.
const CHI_RE = new RegExp(`${START}(\\d{6})[ -]?(\\d{4})${END}`, "g");
// Singapore NRIC / FIN: "S1234567D", "G1234567X".
const NRIC_RE = /(?<![A-Za-z0-9])[STFGMstfgm]\d{7}[A-Za-z](?![A-Za-z0-9])/g;
const NRIC_LABEL = /\b(?:NRIC|FIN|IC|I\/C|identity\s+card|pink\s+IC|blue\s+IC)\s*(?:no\.?|number|#)?\s*(?:is|was)?\s*[:#=-]?\s*$/i;
// UAE Emirates ID: "784-1985-1234567-3", "784198512345673".
const EID_RE = /(?<![A-Za-z0-9.\-/])784[ -]?\d{4}[ -]?\d{7}[ -]?\d(?![A-Za-z0-9]|[.\-/]\d)/g;
// Brazilian CPF: "529.982.247-25", or eleven bare digits with a valid check pair.
const CPF_RE = /(?<![A-Za-z0-9.\-/])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![A-Za-z0-9]|[.\-/]\d)/g;
// New Zealand NHI: "ZAC5361" (old), "ZBN77VL" (new).
const NHI_RE = /(?<![A-Za-z0-9])[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})(?![A-Za-z0-9])/g;
// Portuguese NIF: nine digits; only when a label is near (nine bare digits are usually a phone number).
const NIF_RE = /(?<![A-Za-z0-9.\-/])\d{3}[ .]?\d{3}[ .]?\d{3}(?![A-Za-z0-9]|[.\-/]\d)/g;
const NIF_LABEL = /\b(?:NIF|contribuinte|tax\s+(?:number|no\.?|ID)|fiscal)\b[^.\n]{0,20}$/i;
// Egyptian national ID: 14 digits, century digit 2/3, YYMMDD, governorate code, serial, check digit.
const EG_ID_RE = /(?<![A-Za-z0-9.\-/])[23]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}(?![A-Za-z0-9]|[.\-/]\d)/g;
// Sri Lankan NIC: old "853021234V" (year, day of year — +500 for women — serial, V/X), new 12 digits YYYYDDD….
const LK_NIC_RE = /(?<![A-Za-z0-9.\-/])(?:\d{2}(?:[0-3]\d{2}|[5-8]\d{2})\d{4}[VvXx]|(?:19|20)\d{2}(?:[0-3]\d{2}|[5-8]\d{2})\d{5})(?![A-Za-z0-9]|[.\-/]\d)/g;
// Zimbabwean national ID: "63-2145789 F 42", "08-123456K08".
const ZW_ID_RE = /(?<![A-Za-z0-9.\-/])\d{2}[ -]?\d{6,7}[ -]?[A-Z][ -]?\d{2}(?![A-Za-z0-9])/g;

// v17: national numbers with their own check characters, written the way their cards print them: a Hong Kong ID
// ("D418265(1)"), a Turkish T.C. Kimlik No (eleven digits), an Iranian national code ("007-284195-8", or ten digits
// after its label), a PhilHealth number ("12-050417382-6"), and any sixteen-digit number (an Indonesian NIK, a card or an
// account: nothing in a reflection needs one).
const HKID_RE = /(?<![A-Za-z0-9])([A-Z]{1,2})(\d{6})\s?\(\s?([0-9A])\s?\)/g;
// (a PESEL of someone born in the 2000s starts with 0, which T.C. Kimlik numbers never do)
const PESEL_ZERO_RE = /(?<![A-Za-z0-9.\-/+])0\d{10}(?![A-Za-z0-9]|[.\-/]\d)/g;
const NUMBER_ENDING_RE =
  /\b(?:number|no\.?|card|account|mobile|phone|Aadhaar|NHS|MRN|UHID|CNIC|NIN|PPSN|SSN|ID)\s+(?:ending|ends|that\s+ends)\s+(?:in\s+|with\s+)?(\d{3,6})(?![\d.,/-])/gi;
const TCKN_RE = /(?<![A-Za-z0-9.\-/+])[1-9]\d{10}(?![A-Za-z0-9]|[.\-/]\d)/g;
const IR_CODE_RE = /(?<![A-Za-z0-9.\-/+])\d{3}-?\d{6}-?\d(?![A-Za-z0-9]|[.\-/]\d)/g;
const IR_CODE_LABEL = /\b(?:national\s+code|(?:kod|code)[-\s]?e?[-\s]?melli|melli\s+code|shenasnameh)\b[^.\n]{0,24}$/i;
// v32: an Italian codice fiscale and a Romanian CNP, each with its check character ("ZNLBRN51M14C458J", "2880312120482")
const CODICE_FISCALE_RE = /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g;
// v37: an eighteen-character Chinese resident ID, valid by its check character and birth date
const CN_RESIDENT_ID_RE = /(?<![A-Za-z0-9.\-/+])\d{17}[\dX](?![A-Za-z0-9]|[.\-/]\d)/g;
const HOUSE_BEFORE_NO_RE = /\b(?:Door|House|H\.?|Plot|Flat|Shop|Block)\s?$/i;
const PIN_LATER_IN_CLAUSE_RE = /^,\s[^.;\n]{3,80}?\b[1-8]\d{2}\s?\d{3}(?![\d-])/;
const CNP_RE = /(?<![A-Za-z0-9.\-/+])[1-8]\d{12}(?![A-Za-z0-9]|[.\-/]\d)/g;
// v33: a Ugandan National Identification Number: CM or CF (sex), eight digits, four letters or digits ("CF39021103XK7P")
const UG_NIN_RE = /(?<![A-Za-z0-9])C[FM]\d{8}[A-Z0-9]{4}(?![A-Za-z0-9])/g;
const PHILHEALTH_RE = /(?<![A-Za-z0-9.\-/+])\d{2}-\d{9}-\d(?![A-Za-z0-9]|[.\-/]\d)/g;
const SIXTEEN_DIGITS_RE = /(?<![A-Za-z0-9.\-/+])(?:\d{16}|\d{4}([ -])\d{4}\1\d{4}\1\d{4})(?![A-Za-z0-9]|[.\-/]\d)/g;

// Labels that introduce a hospital/record identifier. Sticky tail parsing happens in code.
const LABEL_RE = new RegExp(
  "\\b(?:" +
    [
      "MRN",
      "M\\.R\\.N\\.?",
      "MR\\s?(?:#|no\\.?|number)",
      "medical\\s+record(?:\\s+(?:number|no\\.?|#))?",
      "(?:case\\s+)?record\\s+(?:number|no\\.?|#)",
      "hospital\\s+(?:number|no\\.?|#|ID)",
      "hosp\\.?\\s*(?:no\\.?|number|#)",
      "unit\\s+(?:number|no\\.?|#)",
      "patient\\s+(?:ID|number|no\\.?|#)",
      "pt\\.?\\s+(?:ID|no\\.?|#)",
      "CR\\s*(?:number|no\\.?|#)",
      "UHID",
      // v29: Kazakhstan's IIN and Jamaica's TRN ("IIN 870415401237", "TRN on the chart: 114-837-492")
      "IIN",
      "TRN(?:\\s+on\\s+the\\s+(?:chart|card|form|notes))?",
      "UR\\s*(?:number|no\\.?|#)",
      "I\\.?P\\.?D?\\s*(?:no\\.?|number|#)",
      "O\\.?P\\.?D?\\s*(?:no\\.?|number|#)",
      "reg(?:istration)?\\.?\\s*(?:number|no\\.?|#)",
      "CHI\\s*(?:number|no\\.?|#)?",
      "NHI\\s*(?:number|no\\.?|#)?",
      "Emirates\\s+ID(?:\\s+(?:card\\s+)?(?:number|no\\.?|#))?",
      "(?:national\\s+)?ID\\s+card(?:\\s+(?:number|no\\.?|#))?",
      "national\\s+ID",
      "NRIC(?:\\s*(?:number|no\\.?|#))?",
      "FIN(?=\\s*(?:number|no\\.?|[:#]))(?:\\s*(?:number|no\\.?))?",
      "IC\\s+(?:number|no\\.?)",
      "CPF",
      "NIF",
      "NID(?:\\s*(?:number|no\\.?|#))?",
      "NIC(?:\\s*(?:number|no\\.?|#))?",
      "TRN",
      "PhilHealth(?:\\s+(?:ID|number|no\\.?|PIN|#))?",
      "(?:n[úu]mero\\s+de\\s+)?(?:utente|contribuinte)(?:\\s+(?:number|no\\.?))?",
      "(?:cart[ãa]o\\s+)?SUS(?:\\s+card)?(?:\\s+(?:number|no\\.?))?",
      "CNS",
      "tax\\s+(?:number|no\\.?|ID)",
      "(?:prison(?:er)?|inmate|custody|booking)\\s+(?:number|no\\.?|#|ID)",
      "(?:UNHCR|refugee|ration|proGres|case|registration)\\s+(?:card\\s+)?(?:number|no\\.?|#|ID)",
      // v10: immigration and refugee numbers ("Her A-number is A-219 884 307", "Proof of Registration card number")
      "A-number",
      "alien\\s+(?:registration\\s+)?(?:number|no\\.?|#)",
      "USCIS\\s+(?:number|no\\.?|#)",
      "(?:proof\\s+of\\s+registration|PoR)\\s+(?:card\\s+)?(?:number|no\\.?|#)",
      "medicare\\s*(?:number|no\\.?|#|card)",
      "case\\s+(?:number|no\\.?)",
      "file\\s+(?:number|no\\.?)",
      // An Indian ward's bed-head ticket (the admission sheet that carries the patient's number) and US insurance IDs.
      "bed[\\s-]?(?:head[\\s-]?)?ticket\\s*(?:number|no\\.?|#)",
      "(?:Medicaid|member|subscriber)\\s+(?:ID|number|no\\.?|#)",
      "ID\\s*(?:number|no\\.?|#)",
      "ID(?=\\s*[:#])",
      // v19: national numbers by their own names (Argentina and Peru's DNI, the cédula of Colombia and Ecuador, Morocco's
      // CIN, Zambia's NRC, Chile's RUT/RUN, Mexico's CURP, Spain's NIE, Greece's AMKA, Poland's PESEL, Romania's CNP, the
      // Netherlands' BSN, Malaysia's IC and MyKad, Indonesia's KTP/NIK, the UK's National Insurance number)
      "DNI",
      "c[ée]dula(?:\\s+de\\s+(?:ciudadan[ií]a|identidad))?",
      // v36: Colombia's child's number on the tarjeta de identidad
      "NUIP",
      "CIN",
      "NRC",
      "RU[TN]",
      "CURP",
      "NIE",
      "AMKA",
      "PESEL",
      "CNP",
      "BSN",
      "IC(?=\\s*[:#]?\\s*\\d)",
      "MyKad",
      "(?:KTP|NIK)(?:\\s+(?:number|no\\.?))?",
      "(?:national\\s+insurance|NI)\\s+(?:number|no\\.?)",
      // v20: Nordic and Dutch personal numbers by their own names, and the Rohingya family number ("FCN 171-0932-04")
      "personnummer|personnr\\.?|samordningsnummer|f[øo]dselsnummer|personnummer|CPR(?:-nummer|\\s+(?:number|no\\.?))?|henkil[öo]tunnus|kennitala|burgerservicenummer",
      "FCN(?=\\s*\\d)",
      // v22: numbers worn or carried ("His wristband read FW24-0871163", "race number 1187", "ABHA health ID, 91-4417-…",
      // "PMKeyS 8841927", an Australian Defence member's number)
      "(?:wrist)?band\\s+(?:read|reads|said|says|number|no\\.?)",
      "(?:race|bib|runner|competitor|entry)\\s+(?:number|no\\.?)",
      "(?:ABHA|health|patient|hospital|member|service)\\s+ID(?=\\s*,)",
      "PMKeyS|service\\s+(?:number|no\\.?)|army\\s+(?:number|no\\.?)",
      // v32: Italy's codice fiscale, Lusophone Africa's bilhete de identidade, Greece's PAAYPA, a custody record, a
      // medico-legal case (MLC, India and Pakistan) and the ID a detention centre or a boat gives a person
      "codice\\s+fiscale",
      // v35: a clinic's or hospital's file ("Her clinic file is CAP-TIJ-07731")
      "(?:clinic|hospital|patient|health)\\s+file",
      "bilhete\\s+de\\s+identidade",
      "PAAYPA",
      "custody\\s+record",
      "MLC(?:\\s+(?:number|no\\.?))?",
      "(?:boat|detainee|detention|inmate)\\s+ID",
    ].join("|") +
    ")(?:\\s+(?:for|on)\\s+(?:him|her|them|it|the\\s+(?:patient|baby|child|transfer|card|form)))?\\s*(?:is|was)?\\s*(?:[:#=\\-,]|\\((?=[A-Za-z0-9-]{4,24}\\)))?\\s*",
  "gi",
);

// Any "<something> number / no. / #" or "… card / licence" label, and labels that only ever mean a
// personal number (NIN, CCC, NHIF, BVN, PPSN, IHI…), followed by a code with at least four digits:
// "pharmacy account number RX-4471920", "driver's licence number, LAG84512AA17", "CCC number 13939-24517",
// "his NIN, 48213907561", "His health card, 5584-201-932", "folder number KBTH/OB/24/09981".
// Found by their keyword first (cheap), then the words before it are checked.
const LABEL_KEY_RE =
  /\b(?:[Nn]umber|[Nn]o\.|[Nn]um|[Cc]ard|[Ll]icen[cs]e|[Pp]assport|NIN|CCC|NHIF|NHIS|BVN|PPSN?|IHI|PHN|HCN|OHIP|RAMQ|MyKad|NRIC|KTP|NIK|TIN|TFN|SIN|SSNIT|NUPI|UPN|ULI|PAN|ABHA|CHI|NHI|MRN|UHID|IPD|OPD)(?![\p{L}\d])|#/gu;
const ID_ACRONYM = /^(?:NIN|CCC|NHIF|NHIS|BVN|PPSN?|IHI|PHN|HCN|OHIP|RAMQ|MyKad|NRIC|KTP|NIK|TIN|TFN|SIN|SSNIT|NUPI|UPN|ULI|PAN|ABHA|CHI|NHI|MRN|UHID|IPD|OPD)$/;
// "<word> number": any word but these (phones, pages, beds, doses… are not personal numbers).
const NOT_ID_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:phone|mobile|cell|telephone|tel|contact|fax|pager|bleep|page|extension|ext|room|bed|bay|ward|version|serial|lot|batch|model|guideline|table|figure|step|item|question|station|exam|seat|flight|bus|route|house|flat|street|plot|case|size|small|large|big|huge|great|high|low|total|any|the|a|an|same|this|that|whole|odd|even|lucky|random|my|our|GMC|NMC|HCPC|PIN|registration|roll|candidate|student|staff|employee|badge|helpline|hotline|quitline|lifeline|crisis|freephone|toll-?free|line|switchboard|reference)\s+$/iu;
// v13: NID, Sehat, Ayushman, PMJAY, ESIC, CGHS, DVA, PVC and Huduma cards.
const CARD_BEFORE = /(?:^|[^\p{L}])(?:NID|Sehat|Ayushman|PMJAY|ESIC|CGHS|DVA|PVC|Huduma|Omang|health|medical|insurance|ID|identity|national\s+ID|voter(?:['’]s)?|ration|Medicaid|NHIF|NHIS|Ghana|clinic|hospital|patient|green|blue|yellow|Aadhaar|PAN|Medicare)\s+$/iu;
const LICENCE_BEFORE = /(?:^|[^\p{L}])(?:driver['’]?s?|driving)\s+$/iu;
const STREET_BEFORE_HASH = /(?:Calle|Carrera|Cra|Kra|Cl|Diagonal|Dg|Transversal|Tv|Avenida|Av)\.?\s\d{1,3}[A-Z]?(?:\s(?:Bis|Sur|Norte|Este|Oeste|[A-Z]))*\s*$/;
// v20: and where the number is kept, before it: "his card number at our hospital, 0412-2017-E", "her family number at
// the barangay health station is BHS-QZ-2023-0417"
const LABEL_TAIL_RE =
  /(?:\s+(?:card\s+)?(?:number|no\.?|num|#|ID))?(?:\s+(?:at|in|with|from)\s+(?:the|our|this|that|her|his|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s+(?:is|was)\b|,))?\s*(?:is|was|of)?\s*[:#=,-]?\s*/uy;
// v20: "the MCP card (number RJ-JD-0419-2271)": the number in brackets after the thing it is written on
const HELD_ON_BRACKET_BEFORE = /(?:^|[^\p{L}])(?:card|book|booklet|file|folder|register|chart|ticket|slip|form|band|wristband)\s*[(,]\s*$/iu;
// v20: "a prisoner, Muhammad Akram, number SWL-2417 in our register": a number said to be kept in a register
const KEPT_IN_AFTER = /^\s+(?:in|on)\s+(?:our|the|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:register|records?|system|books?|list|files?|database|log|ledger)\b/u;
// Groups split by "/", "-" or "." ("KBTH/OB/24/09981", "APH.0009127734").
const CODE_RE = /[A-Za-z0-9][A-Za-z0-9]*(?:[/.-][A-Za-z0-9]+){0,5}(?![A-Za-z0-9])/y;
// Unlabelled record codes: letters then slash- or dash-separated digit groups ("IPD/2024/045871", "KBTH/OB/24/09981", "RX-4471920").
// (v26: and a hyphenated code of several parts ending in a run of digits, "MDU-ART-2024-03318", "KATH-PS-2023-4418",
// "FCN-1187-204533", "CI24RE-5821937": seven digits or more in all)
const SLASH_CODE_RE =
  /(?<![A-Za-z0-9/.-])[A-Z]{2,6}(?:\/[A-Z0-9]{1,8}){1,5}(?![A-Za-z0-9/])|(?<![A-Za-z0-9/.-])[A-Z]{2,4}-\d{5,10}(?![A-Za-z0-9/-])|(?<![A-Za-z0-9/.-])[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,6}){0,3}-\d{4,8}(?![A-Za-z0-9/]|-[A-Za-z0-9])/g;
// Not a Ghana digital address ("GA-183-8164", addresses.ts's), nor a journal's article code ("S0140-6736"): a first part
// with digits in it needs a longer number after it ("CI24RE-5821937").
function severalPartCode(code: string, digits: number): boolean {
  if (digits < 7 || STANDARD_CODE_PREFIX.test(code) || /^[A-Z]{2}-\d{3,4}-\d{3,4}$/.test(code)) return false;
  const first = code.slice(0, code.indexOf("-"));
  return !/\d/.test(first) || /-\d{5,}$/.test(code);
}
const STANDARD_CODE_PREFIX = /^(?:ISO|EN|BS|IEC|ICD|NCT|ISRCTN|ISBN|ISSN|DOI|SARS|COVID|MERS|RFC|IEEE|ASTM|DSM|SNOMED|LOINC|ATC|NG|CG|QS|TA|NICE|WHO|CDC)-/;
const TOKEN_RE = /[A-Za-z0-9][A-Za-z0-9/-]{0,24}(?![A-Za-z0-9])/y;
const MORE_DIGITS_RE = / \d{2,6}(?![A-Za-z0-9])/y;
const DOTTED_THOUSANDS_RE = /^(?:\.\d{3}){1,3}(?:-[\dkK])?(?![\d.]\d|[A-Za-z0-9])/;
// v19: a Mexican CURP: four letters, birth date, sex, state, three consonants, a character and a check digit.
const CURP_RE = /(?<![A-Za-z0-9])[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d(?![A-Za-z0-9])/g;
// v19: a Malaysian identity card number (MyKad): birth date YYMMDD, a two-digit place of birth, four digits.
const MY_IC_RE = /(?<![A-Za-z0-9.\-/])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}(?![A-Za-z0-9]|[.\-/]\d)/g;

// South African ID: YYMMDD SSSS C A Z, Luhn check digit ("8001015009087", "800101 5009 087").
const SA_ID_RE = /(?<![A-Za-z0-9.\-/+])(\d{6})[ -]?(\d{4})[ -]?(\d{3})(?![A-Za-z0-9]|[.\-/]\d)/g;
// Australian Medicare: 10 digits (4-5-1) with a weighted check digit at position 9, optional issue/IRN digit ("2123 45670 1", "2123 45670 1/2").
const MEDICARE_RE = /(?<![A-Za-z0-9.\-/+])([2-6]\d{3})[ -]?(\d{5})[ -]?(\d)(?:[ -/]?\d)?(?![A-Za-z0-9]|[.\-/]\d)/g;

function saIdIsValid(d: string): boolean {
  if (d.length !== 13) return false;
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return false;
  if (d[10] !== "0" && d[10] !== "1") return false;
  return luhnIsValid(d);
}

function medicareIsValid(d: string): boolean {
  if (d.length < 9) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (w[i] ?? 0);
  return sum % 10 === Number(d[8]);
}

function id(start: number, end: number, reason: string, priority: number): Candidate {
  return { start, end, type: "ID", reason, suggestion: SUGGESTION, priority };
}

export function detectIds(text: string): Candidate[] {
  const out: Candidate[] = [];

  eachMatch(NHS_RE, text, (m) => {
    const digits = digitsOf(m[0]);
    if (nhsNumberIsValid(digits)) {
      out.push(id(m.index, m.index + m[0].length, "An NHS number (valid mod-11 checksum) identifies a patient directly.", 92));
    } else if (NHS_LABEL.test(before(text, m.index, 30))) {
      out.push(
        id(
          m.index,
          m.index + m[0].length,
          "This is labelled as an NHS number. Its mod-11 checksum fails (perhaps a typo), but a near-miss NHS number still identifies a patient.",
          90,
        ),
      );
    }
  });

  eachMatch(AADHAAR_RE, text, (m) => {
    const digits = digitsOf(m[0]);
    if (aadhaarIsValid(digits)) {
      out.push(id(m.index, m.index + m[0].length, "An Aadhaar number (valid Verhoeff checksum) identifies a person directly.", 92));
    } else if (AADHAAR_LABEL.test(before(text, m.index, 30))) {
      out.push(
        id(m.index, m.index + m[0].length, "This is labelled as an Aadhaar number. Its Verhoeff checksum fails, but it still points to a person.", 90),
      );
    }
  });

  eachMatch(CHI_RE, text, (m) => {
    if (!chiIsValid(digitsOf(m[0]))) return;
    out.push(id(m.index, m.index + m[0].length, "A Scottish CHI number (date of birth and valid mod-11 check digit) identifies a patient directly.", 92));
  });
  eachMatch(NRIC_RE, text, (m) => {
    const valid = nricIsValid(m[0]);
    if (!valid && !NRIC_LABEL.test(before(text, m.index, 30))) return;
    out.push(
      id(
        m.index,
        m.index + m[0].length,
        valid
          ? "A Singapore NRIC/FIN (valid check letter) identifies a person directly."
          : "This is labelled as an identity card number; even with a wrong check letter it points to a person.",
        92,
      ),
    );
  });
  eachMatch(EID_RE, text, (m) => {
    if (!emiratesIdIsValid(digitsOf(m[0])) && !/-/.test(m[0])) return;
    out.push(id(m.index, m.index + m[0].length, "An Emirates ID number (784, year of birth, serial, check digit) identifies a person directly.", 92));
  });
  eachMatch(CPF_RE, text, (m) => {
    if (!cpfIsValid(digitsOf(m[0]))) return;
    out.push(id(m.index, m.index + m[0].length, "A Brazilian CPF (valid mod-11 check digits) identifies a person directly.", 92));
  });
  eachMatch(NHI_RE, text, (m) => {
    if (!nhiIsValid(m[0])) return;
    out.push(id(m.index, m.index + m[0].length, "A New Zealand NHI number (valid check character) identifies a patient directly.", 90));
  });
  eachMatch(NIF_RE, text, (m) => {
    if (!NIF_LABEL.test(before(text, m.index, 40))) return;
    const valid = nifIsValid(digitsOf(m[0]));
    out.push(
      id(
        m.index,
        m.index + m[0].length,
        valid ? "A Portuguese NIF (valid mod-11 check digit) identifies a person directly." : "This is labelled as a tax number, which identifies a person.",
        91,
      ),
    );
  });
  eachMatch(EG_ID_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A 14-digit Egyptian national ID (century, date of birth, governorate) identifies a person directly.", 91));
  });
  eachMatch(LK_NIC_RE, text, (m) => {
    if (/^\d{12}$/.test(m[0]) && !/\b(?:NIC|ID|identity)\b[^.\n]{0,20}$/i.test(before(text, m.index, 30))) return;
    out.push(id(m.index, m.index + m[0].length, "A Sri Lankan NIC number (year and day of birth) identifies a person directly.", 91));
  });
  eachMatch(ZW_ID_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A Zimbabwean national ID number (district, serial, check letter) identifies a person directly.", 91));
  });

  eachMatch(HKID_RE, text, (m) => {
    if (!hkidIsValid(m[1] ?? "", m[2] ?? "", m[3] ?? "")) return;
    out.push(id(m.index, m.index + m[0].length, "A Hong Kong identity card number (valid check character) identifies a person directly.", 92));
  });
  eachMatch(TCKN_RE, text, (m) => {
    if (tcKimlikIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "A Turkish T.C. Kimlik number (valid check digits) identifies a person directly.", 92));
    else if (peselIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "A Polish PESEL number (a birth date and valid check digits) identifies a person directly.", 92));
  });
  eachMatch(UG_NIN_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A Ugandan National Identification Number identifies one person.", 90));
  });
  eachMatch(CODICE_FISCALE_RE, text, (m) => {
    if (codiceFiscaleIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "An Italian codice fiscale (name letters, birth date, birthplace and a check letter) identifies one person.", 92));
  });
  eachMatch(CN_RESIDENT_ID_RE, text, (m) => {
    if (chineseResidentIdIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "A Chinese resident identity number (birthplace, birth date and a check character) identifies one person.", 92));
  });
  eachMatch(CNP_RE, text, (m) => {
    if (cnpIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "A Romanian personal numeric code (CNP: sex, birth date and a check digit) identifies one person.", 92));
  });
  eachMatch(PESEL_ZERO_RE, text, (m) => {
    if (peselIsValid(m[0])) out.push(id(m.index, m.index + m[0].length, "A Polish PESEL number (a birth date and valid check digits) identifies a person directly.", 92));
  });
  // v28: the last digits of a number, told as such ("that Aadhaar number ending 7353 is her full number")
  eachMatch(NUMBER_ENDING_RE, text, (m) => {
    const digits = m[1] ?? "";
    const start = m.index + m[0].length - digits.length;
    out.push(id(start, start + digits.length, "The last digits of a record or card number, with the story, narrow it to one person.", 70));
  });
  eachMatch(IR_CODE_RE, text, (m) => {
    const digits = digitsOf(m[0]);
    const dashed = m[0].includes("-");
    if (!iranNationalCodeIsValid(digits) || (!dashed && !IR_CODE_LABEL.test(before(text, m.index, 40)))) return;
    out.push(id(m.index, m.index + m[0].length, "An Iranian national code (valid check digit) identifies a person directly.", 91));
  });
  eachMatch(PHILHEALTH_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A PhilHealth identification number identifies a member directly.", 90));
  });
  eachMatch(SIXTEEN_DIGITS_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A sixteen-digit number (a national identity number such as an Indonesian NIK, a card or an account) points to one person.", 88));
  });

  eachMatch(SSN_RE, text, (m) => {
    if (!ssnIsValid(digitsOf(m[0]))) return;
    out.push(id(m.index, m.index + m[0].length, "A US Social Security number identifies a person directly.", 91));
  });
  eachMatch(SSN_LABELLED_RE, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    const valid = ssnIsValid(digitsOf(num));
    out.push(
      id(
        start,
        start + num.length,
        valid
          ? "A US Social Security number identifies a person directly."
          : "This is labelled as a Social Security number; even with an impossible area or group it still points to a person.",
        91,
      ),
    );
  });

  eachMatch(CNIC_RE, text, (m) => {
    if (!cnicIsPlausible(digitsOf(m[0]))) return;
    out.push(id(m.index, m.index + m[0].length, "A Pakistani CNIC (national identity card number) identifies a person directly.", 91));
  });
  eachMatch(CNIC_LABELLED_RE, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    out.push(id(start, start + num.length, "A national identity card number identifies a person directly.", 91));
  });

  eachMatch(LABEL_RE, text, (m) => {
    const at = m.index + m[0].length;
    TOKEN_RE.lastIndex = at;
    const t = TOKEN_RE.exec(text);
    if (!t) return;
    let token = t[0].replace(/[/-]+$/, "");
    let end = at + token.length;
    // v19: a number grouped in thousands by dots, as DNIs, cédulas and RUTs are written ("12.418.593", "15.204.331-K").
    const dotted = /^\d{1,3}$/.test(token) ? DOTTED_THOUSANDS_RE.exec(text.slice(end, end + 16)) : null;
    if (dotted !== null) {
      end += dotted[0].length;
      token = text.slice(at, end);
    }
    // "123 456 7" style: a short all-digit first group may continue with space-separated digit groups.
    if (/^\d{2,6}$/.test(token)) {
      for (let k = 0; k < 3; k++) {
        MORE_DIGITS_RE.lastIndex = end;
        const g = MORE_DIGITS_RE.exec(text);
        if (!g) break;
        end += g[0].length;
      }
      token = text.slice(at, end);
    }
    if (digitsOf(token).length < 3) return;
    const label = m[0].trim().replace(/[\s:#=-]+$/, "");
    // (a prefix written as part of the number, "FCN 171-0932-04", is part of it)
    const from = /^FCN\s$/.test(m[0]) ? m.index : at;
    out.push(
      id(
        from,
        end,
        `A hospital or record number (introduced by "${label}") identifies a patient to anyone with access to that system.`,
        88,
      ),
    );
  });

  eachMatch(CURP_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A CURP (name letters, birth date, sex and state) identifies one person.", 88));
  });
  eachMatch(MY_IC_RE, text, (m) => {
    out.push(id(m.index, m.index + m[0].length, "A Malaysian identity card number (birth date, birthplace and serial) identifies one person.", 88));
  });

  eachMatch(SA_ID_RE, text, (m) => {
    if (!saIdIsValid(digitsOf(m[0]))) return;
    out.push(id(m.index, m.index + m[0].length, "A South African ID number (valid date and Luhn check digit) identifies a person directly.", 93));
  });
  eachMatch(MEDICARE_RE, text, (m) => {
    const d = digitsOf(m[0]);
    if (!medicareIsValid(d)) return;
    if (!/medicare|card|number|no\.?|#/i.test(before(text, m.index, 40))) return;
    out.push(id(m.index, m.index + m[0].length, "An Australian Medicare number (valid check digit) identifies a person and their family.", 91));
  });
  eachMatch(LABEL_KEY_RE, text, (m) => {
    const key = m[0];
    const b = before(text, m.index, 40);
    if (/^(?:number|no\.|num|#)$/i.test(key)) {
      // a word must come right before: "CCC number", "pharmacy account number", "folder no."
      const bracketed = key !== "#" && HELD_ON_BRACKET_BEFORE.test(b);
      const listed = key !== "#" && /,\s*$/.test(b);
      if (!bracketed && !listed && (!/[\p{L}'’]\s+$/u.test(b) || NOT_ID_WORD_BEFORE.test(b))) return;
      if (listed && !bracketed) {
        const at0 = m.index + key.length;
        const code0 = /^\s+([A-Za-z0-9][A-Za-z0-9/-]{3,24})/.exec(text.slice(at0, at0 + 30));
        if (code0 === null || !KEPT_IN_AFTER.test(text.slice(at0 + code0[0].length, at0 + code0[0].length + 40))) return;
      }
      // v19: the "#" of a Colombian address is the house's block and number ("Calle 63 Sur # 24-17"): addresses.ts's
      if (key === "#" && STREET_BEFORE_HASH.test(b)) return;
    } else if (/^card$/i.test(key)) {
      if (!CARD_BEFORE.test(b)) return;
    } else if (/^licen[cs]e$/i.test(key)) {
      if (!LICENCE_BEFORE.test(b)) return;
    } else if (!/^passport$/i.test(key) && !ID_ACRONYM.test(key)) return;
    LABEL_TAIL_RE.lastIndex = m.index + key.length;
    const tail = LABEL_TAIL_RE.exec(text);
    const at = m.index + key.length + (tail ? tail[0].length : 0);
    CODE_RE.lastIndex = at;
    const t = CODE_RE.exec(text);
    if (!t) return;
    let end = at + t[0].length;
    // "5584 201 932": space-separated digit groups continue the number.
    if (/^\d{2,6}$/.test(t[0])) {
      for (let k = 0; k < 3; k++) {
        MORE_DIGITS_RE.lastIndex = end;
        const g = MORE_DIGITS_RE.exec(text);
        if (!g) break;
        end += g[0].length;
      }
    }
    const code = text.slice(at, end);
    if (digitsOf(code).length < 4 || code.length < 5) return;
    if (/^(?:19|20)\d{2}$/.test(code)) return; // a year
    // v37: a door or house number at the head of an address is the address's (v13 joins it): "Door No. 4/112, Kamarajar
    // Street, Thiruvallur 602001", "No. 12, 3rd Cross, … 570012"
    if (/^no\.?$/i.test(key) && (HOUSE_BEFORE_NO_RE.test(b) || PIN_LATER_IN_CLAUSE_RE.test(text.slice(end, end + 100)))) return;
    const label = key;
    out.push(id(at, end, `A personal or record number (introduced by "${label}") identifies a patient to anyone with access to that system.`, 65));
  });
  eachMatch(SLASH_CODE_RE, text, (m) => {
    const digits = digitsOf(m[0]).length;
    if (digits < 5 || (m[0].includes("-") && !m[0].includes("/") && !/^[A-Z]{2,4}-\d{5,10}$/.test(m[0]) && !severalPartCode(m[0], digits))) return;
    out.push(id(m.index, m.index + m[0].length, "A record code (letters and numbered parts, like a folder, IPD or account number) points to one patient's file.", 86));
  });

  return out;
}
