import type { Candidate } from "../types.ts";
import { afterNonAlnum, asciiCapAt, asciiLetterWordStart, charIn, eachMatch, eachMatchNear, nearMatcher } from "../context.ts";

/**
 * Addresses: UK postcodes (full, real format), US ZIP codes in an address context,
 * Indian PIN codes after "PIN", Australian postcodes after a state, and street addresses.
 * Cities, countries and partial postcodes ("SW1A", a district) are not flagged.
 */

// Outward code: area (1–2 letters, no Q/V/X first, no I/J/Z second) + district; inward: digit + 2 letters (no C/I/K/M/O/V).
const UK_POSTCODE_RE = /(?<![A-Za-z0-9])([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g;
const UK_POSTCODE_FORMS = /^(?:[A-Z]\d|[A-Z]\d\d|[A-Z]{2}\d|[A-Z]{2}\d\d|[A-Z]\d[A-Z]|[A-Z]{2}\d[A-Z])$/;

const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";
const US_STATE_ZIP_RE = new RegExp(`(?<![A-Za-z0-9])(?:${US_STATES}),?\\s{1,2}\\d{5}(?:-\\d{4})?(?![A-Za-z0-9]|-\\d)`, "g");
const ZIP4_RE = /(?<![A-Za-z0-9-])\d{5}-\d{4}(?![A-Za-z0-9]|-\d)/g;
const ZIP_LABEL_RE = /\bzip\s?(?:code)?\s*[:#]?\s*(\d{5}(?:-\d{4})?)(?![A-Za-z0-9])/gi;
const PIN_RE = /\bpin\s?(?:code)?\s*(?:no\.?)?\s*[:-]?\s*([1-9]\d{2}\s?\d{3})(?![A-Za-z0-9])/gi;
const AU_RE = /(?<![A-Za-z0-9])(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT),?\s{1,2}\d{4}(?![A-Za-z0-9])/g;

const STREET_TYPES =
  // v8: rows of houses named as one address ("2 Tŷ Isaf Cottages", "5 Railway Villas")
  "Cottages|Villas|Buildings|Houses|Trace|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Pkwy|Parkway|Circle|Cir|Trail|Loop|Layout|Chowk|Bazaar|Gali|Mohalla|Crescent|Cres|Terrace|Tce|Place|Pl|Court|Ct|Gardens|Gdns|Grove|Boulevard|Blvd|Highway|Hwy|Square|Sq|Mews|Row|Parade|Walk|Hill|Park|Green|Rise|Vale|Nagar|Marg|Colony|View|Heights|Estate|Wynd|Brae|Gate|Fold|Chase|Meadows?|Ridge|Glen|Circuit|Cct|Esplanade|Promenade|Quay|Wharf|Mall|Plaza|Extension|Bypass|Expressway|Crossing|Street\\s+(?:North|South|East|West)|Road\\s+(?:North|South|East|West)";
const STREET_RE = new RegExp(
  // A building before the unit ("Bldg 7, Room 32, …", "Block 4, Flat 12, …"), a direction before the name ("2231 W Maple St").
  "(?<![A-Za-z0-9])(?:(?:Bldg|Building|Blk|Block|Tower|Wing|Chawl)\\.?\\s{1,2}[A-Z0-9]{1,4},?\\s{1,2}(?=(?:Flat|Apartment|Apt|Unit|Suite|Room|Rm|No|House)\\b))?" +
    "(?:(?:Flat|Apartment|Apt|Unit|Suite)\\.?\\s{1,2}\\d{1,4}[A-Za-z]?,?\\s{1,2})?(?:(?:No|Number|Plot|Stand|Erf|Room|Rm|House|LP)\\.?\\s{1,2})?" +
    "(?:\\d{1,4}[A-Za-z]?\\/)?\\d{1,5}[A-Za-z]?,?\\s{1,2}(?:(?:N|S|E|W|NE|NW|SE|SW)\\.?\\s{1,2})?(?:[A-Z][A-Za-z\\u00C0-\\u024F'\\-]{1,30}\\s{1,2}){1,3}" +
    `(?:${STREET_TYPES})(?![A-Za-z0-9])`,
  "g",
);
// Street type BEFORE the name (Malay, French, Spanish, Swahili, Afrikaans…): "No. 12, Jalan Ampang", "14 Rue Victor Hugo", "Lorong 3".
const PREFIX_STREET_RE =
  /(?<![A-Za-z0-9])(?:(?:No|Lot|Unit|Blok|Block)\.?\s{1,2})?\d{1,5}[A-Za-z]?(?:-\d{1,4})?,?\s{1,2}(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Taman|Kampung|Rue|Avenue\s+de|Calle|Carrera|Avenida|Av\.|Rua|Travessa|Alameda|Via|Viale|Mtaa|Barabara|Straat|Soi|Thanon|Shara|Sharia|Shari|Sh\.|Tariq|Midan|Heol|Ffordd|Stryd|Lôn|Rhodfa|Maes|Teras)\s{1,2}(?:(?:y|yr|de|da|do|das|dos|el|al)\s)?(?:[A-Z0-9][\p{L}\d'’/-]{0,24})(?:\s{1,2}[A-Z0-9][\p{L}\d'’/-]{0,24}){0,3}/gu;
// Numbered street with an ordinal or direction: "310 West 85th Street", "12 5th Avenue", "4421 N 3rd St".
const ORDINAL_STREET_RE =
  /(?<![A-Za-z0-9])(?:(?:Flat|Apartment|Apt|Unit|Suite)\.?\s{1,2}\d{1,4}[A-Za-z]?,?\s{1,2})?\d{1,5}[A-Za-z]?\s{1,2}(?:(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\.?\s{1,2})?\d{1,3}(?:st|nd|rd|th)\s{1,2}(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Drive|Dr|Cross|Main|Lane|Ln)\b\.?/g;
// Street name first, number after (Brazil, Portugal, Spain, Latin America): "Rua das Flores 120, apto 31", "Calle 45 #12-30".
// (v37: and Italy, Serbia and Croatia, Turkey, and the street word in lower case as English prose writes it: "via dei
// Mulini 7", "calle Las Heras 1742", "Bulevar oslobođenja 47")
const NAME_THEN_NUMBER_RE =
  /(?<![\p{L}])(?:[Rr]ua|[Aa]venida|Av\.|[Cc]alle|[Cc]arrera|[Tt]ravessa|[Aa]lameda|[Pp]raça|[Rr]odovia|[Ee]strada|Strasse|Straße|Straat|Via|via(?=\s(?:dei|del|della|delle|degli|di|San|Santa)\s)|Viale|[Bb]ulevar|[Uu]lica|[Cc]addesi|[Ss]okak)\s(?:[\p{L}'’.-]+,?\s){1,4}?(?:#\s?)?\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?:,?\s(?:apto|apt|ap|casa|bloco|piso|depto|dpto)\.?\s?\d{1,4}[A-Za-z]?)?(?![\p{L}\d])/gu;
// v19: a Colombian address, street number then "#" and the house's block and number ("Calle 63 Sur # 24-17", "Cra. 7
// Bis No. 12-40"); a Polish one ("ul. Józefińska 14/3, 30-529 Kraków"); a Korean one, lot number first ("112-4
// Sujeong-dong 3-ga, Dong-gu, Busan").
const CO_ADDRESS_RE =
  /(?<![\p{L}])(?:Calle|Carrera|Cra\.?|Kra\.?|Cl\.?|Diagonal|Dg\.?|Transversal|Tv\.?|Avenida(?:\s(?:Calle|Carrera))?|Av\.)\s\d{1,3}[A-Z]?(?:\s(?:Bis|Sur|Norte|Este|Oeste|[A-Z]))*\s?(?:#|No\.?|N[°º])\s?\d{1,3}[A-Z]?-\d{1,3}(?![\d])/gu;
// (v28: with the flat after "m.": "ul. Nadbystrzycka 14 m. 9, 20-618 Lublin")
const PL_ADDRESS_RE =
  /\b(?:ul|al|os|pl)\.\s(?:[\p{Lu}][\p{L}'’-]+\s){1,3}\d{1,4}[A-Za-z]?(?:\/\d{1,4}|\s(?:m|lok)\.\s?\d{1,4})?(?:,\s\d{2}-\d{3}\s[\p{Lu}][\p{L}-]+)?/gu;
const KR_ADDRESS_RE =
  /(?<![\d-])\d{1,4}(?:-\d{1,4})?\s[A-Z][a-z]+(?:-[a-z]+)?-(?:dong|ro|gil)(?:\s\d{1,2}-ga)?(?:,\s[A-Z][a-z]+-(?:gu|si|gun|eup|myeon))*(?:,\s[A-Z][a-z]+)?(?![\p{L}])/gu;
// v20: Nordic addresses: the street word joined to its name or after it, the number, a flat, a postcode of five digits
// and the town ("Ramels väg 84, lgh 1203, 213 69 Malmö", "Storgatan 12, 411 38 Göteborg", "Nørrebrogade 4, 2200 København").
// (v33: and Finnish, German and Dutch streets written as one word: "Ounasjoentie 14, 99400 Enontekiö", "Lindenstraße 7,
// 10969 Berlin", "Kerkstraat 12, 3581 RD Utrecht")
const NORDIC_ADDRESS_RE =
  /(?<![\p{L}])[\p{Lu}][\p{L}'’-]{0,40}(?:(?<=\p{Ll})(?:vägen|gatan|gränd|vej|gade|veien|gaten|katu|tie|kuja|polku|straße|strasse|straat|laan|gracht|weg|gasse)|\s(?:väg|vägen|gata|gatan|gränd|stig|backe|allé|torg|vej|gade|veien|gate|gaten))\s\d{1,4}[A-Za-z]?(?!\s(?:times|x|km|kms|miles|mins?|minutes|hours?|days?|weeks?|months?|years?|people|patients)\b)(?:,\s(?:lgh|lägenhet|th|tv|st)\.?\s\d{1,4})?(?:,\s\d{3}\s?\d{2}\s[\p{Lu}][\p{L}-]+|,\s\d{4,5}\s[\p{Lu}][\p{L}-]+|,\s\d{4}\s?[A-Z]{2}\s[\p{Lu}][\p{L}-]+)?/gu;
// (speed: tried only within 50 characters before the street word and its number; its name part is at most 40 letters)
const NORDIC_ADDRESS_NEAR = nearMatcher(NORDIC_ADDRESS_RE, /(?:väg|vägen|gata|gatan|gränd|stig|backe|allé|torg|vej|gade|veien|gate|gaten|katu|tie|kuja|polku|straße|strasse|straat|laan|gracht|weg|gasse)\s\d/gu, 50);
// v6: Portuguese postcode with its locality ("4000-447 Porto", "1200-195 Lisboa").
const PT_POSTCODE_RE = /(?<![A-Za-z0-9-])\d{4}-\d{3}\s[A-ZÀ-Ý][\p{L}'’-]+(?:\s(?:de|da|do)?\s?[A-ZÀ-Ý][\p{L}'’-]+)?/gu;
// v6: a street named head-first without a number, after "lives on / in / at": "lives on Jalan Besar", "lives in Rua Augusta".
const LIVES_ON_STREET_RE =
  /(?<=\b(?:lives?|lived|living|stays?|stayed|staying|home\s+is)\s(?:on|in|at|off)\s)(?:Jalan|Jln\.?|Lorong|Rua|Avenida|Travessa|Calle|Sharia|Shari|Heol|Ffordd|Stryd|Lôn|Soi|Thanon|Mtaa)\s(?:(?:de|da|do|das|dos|el|al|y)\s)?[A-ZÀ-Ý][\p{L}'’-]+(?:\s(?:(?:de|da|do|das|dos|el|al|y)\s)?[A-ZÀ-Ý][\p{L}'’-]+){0,2}/gu;
// v6: after "lives in", a numbered area or unit followed by more address: "lives in Mirpur 10, Block C, Road 4",
// "lives in Sector 12, Uttara", "living in Zone 3, Chitungwiza".
const LIVES_IN_NUMBERED_RE =
  /(?<=\b(?:lives?|lived|living|stays?|stayed|staying|resides?|resided|moved)\s(?:in|at|to)\s)(?:[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?|Sector|Block|Phase|Zone|Ward|Section|Unit)\s\d{1,3}[A-Z]?(?=,\s)/gu;
// v8: a block, street and unit number ("Blk 58 Lengkok Bahru #11-204, Singapore 150058", "Block 312C Tampines St 32 #05-118"):
// the #floor-unit makes one flat; the postcode, when written, is part of it.
const BLOCK_UNIT_RE =
  /(?<![A-Za-z0-9])(?:Blk|Block|Apt|Bldg)\.?\s\d{1,4}[A-Z]?\s(?:[A-Z][\p{L}'’-]*\s|\d{1,3}\s){1,5}#\d{1,3}-\d{1,5}[A-Z]?(?:,?\s(?:Singapore\s|S\()?\d{6}\)?)?(?![\p{L}\d])/gu;
// P.O. Box 1234, PO Box 12-00100, Private Bag X1
const PO_BOX_RE = /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Private\s+Bag)\s{1,2}[A-Z]?\d{1,6}(?:-\d{3,5})?/gi;
// Town and PIN/postcode with a dash: "Delhi - 110052", "Nairobi 00100", "Kampala – 256".
const TOWN_DASH_PIN_RE = /(?<![\p{L}])[A-Z][\p{L}'’-]{2,24}(?:\s[A-Z][\p{L}'’-]{2,24})?\s?[-–]\s?[1-9]\d{5}(?![\d])/gu;
// v14: a town and its PIN code without a dash, after a word that places someone there ("lives near Madanapalle
// 517325", "from Kottayam 686001"). The town is written as a word (capital then lower case), not a label ("MRN", "UHID").
// Not after a comma: there it ends a longer address, which the chains (chains.ts) grow whole from its first piece.
const TOWN_PIN_RE = /\b(?:in|at|near|from|outside)\s([A-Z][a-z][\p{L}'’-]{1,23}(?:\s[A-Z][a-z][\p{L}'’-]{1,23})?\s[1-8]\d{5})(?![\d\p{L}])/gu;
// Speed: tried only within reach of the six digits every match ends with (the preposition, a space and two words).
const TOWN_PIN_NEAR = nearMatcher(TOWN_PIN_RE, /[1-8]\d{5}/g, 62, asciiLetterWordStart);
const TOWN_PIN_LABEL = /^(?:Folder|Number|File|Case|Account|Registration|Ward|Bed|Room|Card|Policy|Ref|Reference|Serial|Ticket|Token|Batch|Lot|Box|Code|Order|Receipt|Invoice|Scheme|Member|Patient|Record|Records|Hospital|Clinic|Study|Trial|Lab|Sample|Specimen|Kit|Product|Model|Version|Phone|Mobile|Tel|Cell)\b/;
// v14: a house number in a numbered zone, extension or section, then the township ("4432 Zone 3, Ga-Rankuwa", "1187
// Extension 9, Ivory Park"); a New Zealand rural delivery route ("RD 3, Whakatāne 3193"); a plot off a named road
// ("plot 14 off the Enugu–Onitsha expressway").
const ZONE_HOUSE_RE = /(?<![\p{L}\d])\d{1,5}[A-Z]?\s(?:Zone|Extension|Ext\.?|Section|Phase)\s\d{1,3}[A-Z]?(?=,\s[A-Z])/gu;
const RURAL_DELIVERY_RE = /(?<![\p{L}\d])RD\s\d{1,2}(?=,\s[A-Z])/gu;
const PLOT_OFF_RE =
  /\b[Pp]lot\s(?:[Nn]o\.?\s)?\d{1,5}[A-Za-z]?\s(?:off|along|on|by|beside|behind)\s(?:the\s)?(?:[A-Z][\p{L}'’–-]+\s){1,3}(?:[Ee]xpressway|[Rr]oad|[Hh]ighway|[Ss]treet|[Ww]ay|[Bb]ypass|[Cc]rescent|[Aa]venue)\b/gu;

// South Asian form: House No. 12, Street 4, G-9/1 / H# 45, Block C / Flat No. 402
const HOUSE_RE =
  /(?<![A-Za-z0-9])(?:House|H\.?|Flat|Plot)\s{0,2}(?:No\.?|#|Number)?\s{0,2}\d{1,5}[A-Za-z]?(?:,?\s{0,2}(?:Street|St|Gali|Lane|Road|Block|Sector|Phase|Mohalla)\.?\s{0,2}(?:No\.?|#)?\s{0,2}[A-Z0-9]{1,4}){0,3}(?:,?\s{0,2}[A-Z]{1,2}-\d{1,2}(?:\/\d)?)?/g;

// Eircode: routing key + unique identifier ("D15 XR2W", "A65 F4E2").
const EIRCODE_RE = /(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])/g;
// Canadian postal code ("M5V 2T6", "J8X 2B1") and GhanaPost digital address ("GA-183-8164").
// v17: not a Glasgow Coma Scale written out ("E2V1M4", "E4 V5 M6" is the eyes, voice and motor scores).
const CA_POSTAL_RE = /(?<![A-Za-z0-9])(?!E[1-4]\s?V[1-5]\s?M[1-6](?![A-Za-z0-9]))[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/g;
const GH_GPS_RE = /(?<![A-Za-z0-9-])[A-Z]{2}-\d{3,4}-\d{4}(?![A-Za-z0-9-])/g;
// An administrative unit with a number that starts an address when more address follows ("Ward No. 6, Bhadrachalam, …", "Sector 4, …").
const UNIT_START_RE = /(?<![A-Za-z0-9])(?:(Ward|Sector|Block|Phase|Mohalla|Gali)|(Plot|House|Villa|Stand|Erf|Lot|H\.?\s?No\.?|#))\s{0,2}(?:No\.?\s{0,2}|#\s?)?\d{1,5}(?:[-/]\d{1,5}){0,3}(?:\/[A-Z])?[A-Za-z]?(?![A-Za-z0-9])|(?<![A-Za-z0-9-])[A-Z]{1,2}-\d{1,4}[A-Z]?(?=,)/g;
// What may follow a piece of an address: ", Apt 12B", ", Evanston", ", IL 60201", " Hull HU9 2QT", ", G-9/2", ", Imo State", ", 7785", ", Telangana 507111".
const CONT_RE = new RegExp(
  "(,\\s{1,2}|\\s{1,2}|\\.\\s(?=(?:Apt|Flat|Unit|Suite)\\b))(" +
    "(?:Flat|Apartment|Apt|Unit|Suite|Floor|Block|Blk|Lot|Plot|House|Purok|Street|Sector|Phase|Lane|Gali|Zone|Extension|Ext)\\.?\\s{0,2}(?:No\\.?\\s{0,2}|#\\s?)?[A-Z0-9]{1,5}" +
    "|\\d{1,2}(?:st|nd|rd|th)\\s(?:Cross|Main|Stage|Phase|Block|Sector|Floor|Lane|Street|Road|Avenue|Ave)" +
    "|(?:Co|County)\\.?\\s[A-Z][\\p{L}'’-]{1,24}" +
    // v19: the neighbourhood named with its word in Spanish ("…, barrio Tunjuelito, Bogotá")
    "|(?:[Bb]arrio|[Cc]olonia|[Ll]ocalidad|[Cc]omuna|[Vv]ereda|[Uu]rbanizaci[óo]n)\\s[A-Z][\\p{L}'’-]{1,24}(?:\\s[A-Z][\\p{L}'’-]{1,24})?" +
    "|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\\s{1,2}[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d" +
    "|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d" +
    "|[A-Z]{1,2}-\\d{1,2}(?:\\/\\d{1,2})?" +
    "|(?:[A-Z][\\p{L}'’-]{1,24}\\s){0,3}[A-Z][\\p{L}'’-]{1,24}(?:\\s\\d{1,2}W?(?![\\d:]|\\.\\d))?(?:,?\\s{1,2}(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|(?:" + US_STATES + "|NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\\s{1,2}\\d{4,5}(?:-\\d{4})?|\\d{4,6}|[AC-FHKNPRTV-Y]\\d{2}\\s?[0-9AC-FHKNPRTV-Y]{4}))?" +
    "|(?:" + US_STATES + "|NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\\s{1,2}\\d{4,5}(?:-\\d{4})?" +
    "|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}" +
    "|\\d{4,6}(?:\\s{1,2}(?:[A-Z][\\p{L}'’-]{1,24}\\s){0,2}[A-Z][\\p{L}'’-]{1,24}|(?![\\d,.\\/:-]))" +
    ")(?![\\p{L}\\d])",
  "uy",
);
// v17: nor a number's label, which starts the next identifier ("…, Bundaberg QLD 4670, Medicare 2951 06375 1").
const CONT_STOP = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|He|She|They|His|Her|Their|I|We|The|A|An|This|It|And|But|Then|When|After|Before|So|NHS|MRN|DOB|Medicare|Medicaid|NIN|NIC|CNIC|NRIC|Aadhaar|Aadhar|SSN|UHID|IHI|PPSN|PHN|HCN|OHIP|NHI|CHI|TRN|BVN|KTP|NIK|Tel|Phone|Mobile|Cell|Email|Ph|Mob)$/;
const CONT_FOLLOW = /^(?:$|[,.;:)!?\n—–(]|\s(?:with|where|for|and|after|before|when|because|on|in|at|since|until|under|while|so|but|who|which|that|was|is|had|has|to|from|by|as|the|his|her|their)\b|\s[—–-]\s)/;

/**
 * Extend an address piece over what follows it: unit, town, region, postcode. A street or
 * house address keeps any town/region/postcode after it; an administrative unit
 * ("Ward No. 6") counts only when a postcode or at least two more pieces follow.
 */
function chain(text: string, start: number, end0: number): { end: number; pieces: number; postcode: boolean } {
  let end = end0;
  let pieces = 0;
  let postcode = false;
  for (let k = 0; k < 5; k++) {
    CONT_RE.lastIndex = end;
    const m = CONT_RE.exec(text);
    if (!m) break;
    const seg = m[2] ?? "";
    if (CONT_STOP.test(seg.split(/\s/)[0] ?? "")) break;
    // Rooms and hospitals are not address pieces ("Ward 2, Bed 11, Services Hospital").
    if (/^(?:Bed|Beds|Bay|Ward|Room|Cot|Cubicle|Theatre|Theater|Side|Pod|Chair|ICU|HDU|ITU|NICU|PICU)\b|\b(?:Hospital|Clinic|Infirmary|Hospice|Centre|Center|Ward|Unit)\b/.test(seg)) break;
    if ((m[1] ?? "").startsWith(" ") && !/\d/.test(seg)) break; // a town needs a comma before it unless a postcode follows
    // A piece ending in a postcode or number ends cleanly; a town must be followed by punctuation or a function word.
    if (!/\d$/.test(seg) && !CONT_FOLLOW.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) break;
    end = m.index + m[0].length;
    pieces++;
    if (/\d{4,}|\d[A-Z]{2}$|[A-Z]\d{2}\s?[0-9A-Z]{4}$/.test(seg)) postcode = true;
  }
  void start;
  return { end, pieces, postcode };
}

// v17: the town or suburb written before a state and its code belongs to the address ("Pharr, TX 78577", "Parramatta
// NSW 2150"), as ANNOTATION.md marks a town before a postcode ("Hull HU9 2QT"); up to three capitalised words, not a
// sentence's first word or a function word.
const LOCALITY_BEFORE_RE = /(?:^|[^\p{L}'’-])((?:[A-Z][\p{L}'’-]+\s){0,2}[A-Z][\p{L}'’-]+),?\s$/u;
const NOT_LOCALITY_WORD = /^(?:The|A|An|In|At|On|To|From|Near|Of|He|She|They|We|I|His|Her|Their|Our|My|Lives|Moved|Address|Home|And|But|Then|Mr|Mrs|Ms|Miss|Dr|Rd|Road|St|Street|Ave|Avenue|Dr|Drive|Ln|Lane|Way|Blvd|Hwy|SW|SE|NW|NE|N|S|E|W)$/;

function localityBefore(text: string, at: number): number {
  const m = LOCALITY_BEFORE_RE.exec(text.slice(Math.max(0, at - 48), at));
  if (m === null) return at;
  const words = (m[1] ?? "").split(/\s/);
  let k = 0;
  while (k < words.length && NOT_LOCALITY_WORD.test(words[k] ?? "")) k++;
  // a word that begins a sentence is no town ("Address: … Moved here. Texas TX …" is rare; "In TX 75001" is common)
  if (k === words.length) return at;
  const kept = words.slice(k).join(" ");
  return at - (m[0].length - m[0].indexOf(m[1] ?? "")) + ((m[1] ?? "").length - kept.length);
}

const REASON_POSTCODE = "A full postcode covers a handful of homes; with any other detail it finds the patient.";
export const REASON_ADDRESS = "A street address points to the patient's home.";
export const SUGGESTION_ADDRESS = "Remove the address; 'lives locally' or 'lives alone in a flat' keeps what matters clinically.";

function add(out: Candidate[], start: number, end: number, reason: string): void {
  out.push({ start, end, type: "ADDRESS", reason, suggestion: SUGGESTION_ADDRESS, priority: 50 });
}

// Speed: regexes tried only within reach of a digit or a dash-and-PIN every match has (see nearMatcher); the reach is the
// most characters a match can have before it (a building, a flat and a "Number" before a street number: 30). Regexes
// that start with their digits or a short code are left to the regex engine's own scan, faster there.
const DIGIT_G = /\d/g;
// Every STREET_RE match starts (after its look-behind) with a digit or the capital of one of its leading words (Bldg,
// Tower, Wing, Chawl, Flat, Apartment, Unit, Suite, No, Plot, Stand, Erf, Room, House; no "i"): session 7, tried only there.
const STREET_INITIAL = charIn("0123456789BTWCFAUSNPERH");
const STREET_NEAR = nearMatcher(STREET_RE, DIGIT_G, 40, (text, s) => STREET_INITIAL(text, s) && afterNonAlnum(text, s));
const TOWN_DASH_PIN_NEAR = nearMatcher(TOWN_DASH_PIN_RE, /[-–]\s?[1-9]\d{5}/g, 110, asciiCapAt);
// Every UNIT_START_RE match starts with a capital or "#" (the regex has no "i").
const UNIT_INITIAL = charIn("ABCDEFGHIJKLMNOPQRSTUVWXYZ#");
const UNIT_START_NEAR = nearMatcher(UNIT_START_RE, DIGIT_G, 16, (text, s) => UNIT_INITIAL(text, s) && afterNonAlnum(text, s));

const NUMBERED_TEXT_BEFORE = /\b(?:Bill|Bills|Form|Section|Clause|Article|Chapter|Schedule|Part|Rule|Regulation|Paragraph|Standard|Annex|Appendix|Table|Figure|Item)\s$/;

export function detectAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(UK_POSTCODE_RE, text, (m) => {
    if (!UK_POSTCODE_FORMS.test(m[1] ?? "")) return;
    add(out, m.index, m.index + m[0].length, REASON_POSTCODE);
  });
  eachMatch(US_STATE_ZIP_RE, text, (m) => add(out, localityBefore(text, m.index), m.index + m[0].length, "A state and ZIP code narrow the patient's home to a small area."));
  eachMatch(ZIP4_RE, text, (m) => add(out, m.index, m.index + m[0].length, "A ZIP+4 code narrows the patient's home to a few buildings."));
  eachMatch(ZIP_LABEL_RE, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    add(out, start, start + num.length, "A ZIP code narrows the patient's home to a small area.");
  });
  eachMatch(PIN_RE, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    add(out, start, start + num.length, "A PIN code narrows the patient's home to a small area.");
  });
  eachMatch(AU_RE, text, (m) => add(out, localityBefore(text, m.index), m.index + m[0].length, "A state and postcode narrow the patient's home to a suburb."));
  eachMatch(EIRCODE_RE, text, (m) => add(out, m.index, m.index + m[0].length, "An Eircode identifies a single home."));
  eachMatch(BLOCK_UNIT_RE, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", reason: REASON_ADDRESS, suggestion: SUGGESTION_ADDRESS, priority: 92 }));
  eachMatchNear(STREET_NEAR, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatch(HOUSE_RE, text, (m) => {
    if (/^H\.?\s?No/.test(m[0])) return; // handled with the unit starts below
    const c = chain(text, m.index, m.index + m[0].length);
    // "House 14" alone could be anything; with "No." or more address after it, it is an address.
    if (!/No\.?|#|Number/.test(m[0]) && c.pieces === 0 && !/,/.test(m[0])) return;
    add(out, m.index, c.end, REASON_ADDRESS);
  });
  eachMatch(PREFIX_STREET_RE, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatch(ORDINAL_STREET_RE, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatch(NAME_THEN_NUMBER_RE, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatchNear(NORDIC_ADDRESS_NEAR, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  for (const re of [CO_ADDRESS_RE, PL_ADDRESS_RE, KR_ADDRESS_RE]) eachMatch(re, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatch(PO_BOX_RE, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, "A post-office box delivers to one person or family."));
  eachMatchNear(TOWN_DASH_PIN_NEAR, text, (m) => add(out, m.index, m.index + m[0].length, "A town with its PIN code narrows the patient's home to a small area."));
  eachMatchNear(UNIT_START_NEAR, text, (m) => {
    // v17: a numbered law, form or section is not a house ("Bill C-7, 2021", "Form B-12, 2019").
    if (NUMBERED_TEXT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    const c = chain(text, m.index, m.index + m[0].length);
    // A plot, house or erf number with a place after it is an address; a ward or sector needs more.
    if (c.postcode || c.pieces >= 2 || (m[2] !== undefined && c.pieces >= 1)) add(out, m.index, c.end, REASON_ADDRESS);
  });
  eachMatch(LIVES_IN_NUMBERED_RE, text, (m) => {
    const c = chain(text, m.index, m.index + m[0].length);
    if (c.pieces >= 1 || c.postcode) add(out, m.index, c.end, REASON_ADDRESS);
  });
  eachMatchNear(TOWN_PIN_NEAR, text, (m) => {
    const town = m[1] ?? "";
    if (TOWN_PIN_LABEL.test(town)) return;
    const start = m.index + m[0].length - town.length;
    add(out, start, start + town.length, "A town with its PIN code narrows the patient's home to a small area.");
  });
  eachMatch(ZONE_HOUSE_RE, text, (m) => {
    const c = chain(text, m.index, m.index + m[0].length);
    if (c.pieces >= 1) add(out, m.index, c.end, REASON_ADDRESS);
  });
  eachMatch(RURAL_DELIVERY_RE, text, (m) => {
    const c = chain(text, m.index, m.index + m[0].length);
    if (c.pieces >= 1) add(out, m.index, c.end, REASON_ADDRESS);
  });
  eachMatch(PLOT_OFF_RE, text, (m) => add(out, m.index, m.index + m[0].length, REASON_ADDRESS));
  eachMatch(PT_POSTCODE_RE, text, (m) => add(out, m.index, m.index + m[0].length, REASON_POSTCODE));
  eachMatch(LIVES_ON_STREET_RE, text, (m) => add(out, m.index, chain(text, m.index, m.index + m[0].length).end, REASON_ADDRESS));
  eachMatch(CA_POSTAL_RE, text, (m) => add(out, m.index, m.index + m[0].length, REASON_POSTCODE));
  eachMatch(GH_GPS_RE, text, (m) => add(out, m.index, m.index + m[0].length, "A digital address points to one building."));
  // Pieces of one address next to each other ("Flat 2B, Rowan Court" + "9 High St, Leeds") become one span;
  // a multi-part address outranks a date-like number inside it ("H.No. 4-5-67/A, …").
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of out) {
    const last = merged[merged.length - 1];
    if (last && (c.start < last.end || /^,?\s{1,2}$/.test(text.slice(last.end, c.start)))) {
      last.end = Math.max(last.end, c.end);
      last.priority = Math.max(63, last.priority, c.priority);
      continue;
    }
    merged.push({ ...c, priority: /,/.test(text.slice(c.start, c.end)) ? Math.max(63, c.priority) : c.priority });
  }
  return merged;
}
