/**
 * Forms battery for places: LOCATION, ADDRESS and FACILITY_ROOM as clinicians in many countries write them, and the
 * hard negatives (cities, countries and regions alone; the author's and staff's own places; place-named scores,
 * criteria, trials and eponyms; street-like clinical words) that must give no finding at all.
 *
 * Written before reading the detector, from how people write, not from any corpus. No person, address or number is
 * meant to be real. Expected spans are marked inline as [[TYPE:text]].
 *
 * Three measures per form, over every marked span:
 *   flagged — some finding (any type) touches the span: the post would be held, which is what safety needs;
 *   covered — every non-space character of the span is inside some finding (any type): the highlight is whole;
 *   typed   — some finding of the marked type overlaps the span.
 * Negatives: a sentence counts as flagged when it gives any finding.
 *
 * First measured result (detector rounds-detector/13, before this branch changed it):
 *   145 marked spans in 143 forms: flagged 109, covered 100, typed 103; negatives flagged 1 of 88
 *   ("Granulocyte colony-stimulating factor" → LOCATION "Granulocyte colony").
 *
 * (That was main at 0854c00. This branch was then rebased onto main at 118aebb, which had gained facility forms: there
 * main gives, over all 160 spans of FORMS and FORMS_AFTER, flagged 113, covered 102, typed 107, and flags 1 of the 122
 * negatives, the same colony-stimulating factor.)
 *
 * After rounds-detector/13 + this branch's place forms (patterns/places.ts, facilities.ts, addresses.ts):
 *   the 145 spans above: flagged 141, covered 133, typed 136; the 88 negatives above: 0 flagged.
 *   Still missed: "walked from Abirem" (the lexicon's PLACES holds Abirem, from faker's Ghana city list, so it reads as a
 *   city), "the B4343 near Pontrhydygroes", "the blue house at the end of Cutler Hollow Road" (no patient word in the
 *   sentence: "Their place is …"), "lives on Six Nations of the Grand River".
 * FORMS_AFTER and NEGATIVES_AFTER (below the first lists) were written after reading the detector, to probe the new rules
 * and their near misses; they are counted in the same totals: 15 more spans, 14 flagged (missed: "went back to Tanay,
 * Rizal", where Rizal is not in PLACES and a plain "went back to" is not a place cue), 34 more negatives, none flagged.
 *
 * The assertions hold the current counts as floors (and the negatives as a ceiling), so a change that loses a form or
 * flags a negative fails here. Raise the floors when the detector gets better; never lower them to pass.
 */
import { describe, expect, it } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";
import type { FindingType } from "../../src/privacy/detector/index.ts";

/** Floors from the latest measurement (see the comment at the top), over the 160 spans of FORMS and FORMS_AFTER and the 122 negatives. */
const FLOOR = { flagged: 155, covered: 147, typed: 150, negativesFlagged: 0 };

/** Patients' and relatives' places, each in the voice of a clinician somewhere. */
const FORMS: readonly string[] = [
  // UK: England, Wales, Scotland, Northern Ireland
  "She farms outside [[LOCATION:Llanidloes]] and drove herself in with the chest pain.",
  "He is from a tiny hamlet up past [[LOCATION:Ballater]], an hour from the nearest GP.",
  "Her family live on the [[LOCATION:Broadwater Farm estate]] and the lifts have been broken for months.",
  "He lives in [[LOCATION:Pontrhydfendigaid]] with his brother and still keeps a few sheep.",
  "She was found by a neighbour at her bungalow in [[LOCATION:Little Snoring]].",
  "His daughter runs the post office in [[LOCATION:Aberdaron]], so everyone there knows he is unwell.",
  "The crew picked him up from the bus shelter on [[LOCATION:Hebden Road in Haworth]].",
  "Address on the referral letter was [[ADDRESS:27 Marsh Lane, Hull HU9 2QT]].",
  "He gave his postcode as [[ADDRESS:CF44 7RP]] but said he had been sleeping in his van.",
  "Her home is [[ADDRESS:14 Dunluce Avenue, Portrush BT56 8DW]], a short walk from the sea.",
  "He has been staying at the caravan park at [[LOCATION:Sandyhills]] since the flood.",
  "She lives in the last house on [[LOCATION:Pen-y-Bryn Lane]], just past the chapel.",
  "They found him collapsed opposite the [[LOCATION:Shell garage on Fenwick Road]].",
  "His croft is at the north end of [[LOCATION:Eriskay]] and the ferry was off for days.",
  "She grew up in [[LOCATION:Tregaron]] and still sings in the chapel choir there.",
  "He lives alone in a cottage near [[LOCATION:Gwbert]] and chops his own wood.",
  "A retired miner from [[LOCATION:Easington Colliery]], he was breathless at rest.",
  "She was brought in from the [[LOCATION:Meadowell estate]] by her son.",
  "The family moved to [[LOCATION:Cefn Golau]] after the house fire.",
  "He lodges above the chippy on [[LOCATION:Castle Street in Brecon]].",
  "Her address is [[ADDRESS:Ty Gwyn, Heol y Dwr, Llandysul SA44 4JU]].",
  "Their farm is just off the B4343 near [[LOCATION:Pontrhydygroes]], at the end of a long track.",
  "He stacks shelves at the [[LOCATION:Tesco in Ebbw Vale]] and went back to work too soon.",
  "A crofter from [[LOCATION:Achiltibuie]] who rows out to his creels every morning.",
  "He lives in the tenement flat at [[ADDRESS:22/4 Leith Walk]] with his partner.",
  "She comes from [[LOCATION:Balivanich]] on Benbecula and had never flown before.",
  "He grew up on [[LOCATION:the Ballymacash estate]] and left school at fifteen.",
  "Mum was admitted from [[FACILITY_ROOM:Ashgrove House care home]] with another UTI.",
  "She keeps the village shop at [[LOCATION:Pontsian]] and knows every customer by name.",
  "His postcode is [[ADDRESS:LL55 4UR]] and he has no car.",
  "He lives at [[ADDRESS:42 Bryn Road]] and his wife is his carer.",
  "She lives on [[LOCATION:Tiverton Crescent]], near the school.",
  "The flat is at [[ADDRESS:Flat 2, 9 Moray Place]], top floor, no lift.",
  "She moved into [[ADDRESS:Flat 3B, Block C, Kelvin Court]] after her husband died.",
  "He walks his dog every morning along [[LOCATION:Mill Lane in Chipping Campden]].",
  // Ireland
  "Her Eircode is [[ADDRESS:D15 XR2W]].",
  "They farm outside [[LOCATION:Ballyjamesduff]] and milk sixty cows.",
  "The coastguard helicopter brought him over from [[LOCATION:Inis Oírr]].",
  "Address: [[ADDRESS:4 Church View, Kilcolgan, Co. Galway H91 F2K7]].",
  "She lives in a council house in [[LOCATION:Moyross]] with her three children.",
  // US, including rural and tribal areas
  "She lives on the [[LOCATION:Pine Ridge Reservation]], about an hour from the IHS clinic.",
  "Mailing address was [[ADDRESS:RR2 Box 17, Hartsel, CO 80449]].",
  "Her ZIP is [[ADDRESS:59801-4417]], which put her outside our catchment.",
  "He lives in a trailer at [[LOCATION:Shady Acres mobile home park]] outside town.",
  "The patient lives at [[ADDRESS:1432 County Road 12]], a dirt road past the grain elevator.",
  "He is from [[LOCATION:Chinle]] and speaks mostly Diné at home.",
  "They live off [[LOCATION:Old Mill Road]] near the county line.",
  "She was found in the parking lot of the [[LOCATION:Dollar General in Hazard]].",
  "Home address [[ADDRESS:318 W. Elm St., Apt 2, Tulsa, OK 74103]].",
  "Their place is the blue house at the end of [[LOCATION:Cutler Hollow Road]].",
  "He drove himself in from [[LOCATION:Tuba City]] with his sugar at 500.",
  "Physical address: [[ADDRESS:HC 63 Box 2210, Romney, WV 26757]].",
  "He lives at [[ADDRESS:Apt 4C, 2201 Grand Concourse, Bronx, NY 10453]].",
  "She lives in [[LOCATION:Colonia Las Milpas]] outside Pharr, where the roads flood.",
  "He is from [[LOCATION:Zuni Pueblo]] and his clan uncle came with him.",
  "The family lives in [[LOCATION:Hoonah]], reachable only by ferry or floatplane.",
  "He came down from [[LOCATION:Lame Deer]] on the Northern Cheyenne rez for his dialysis.",
  "She lives in [[ADDRESS:Gallup, NM 87301-6215]] and drives ninety miles to see us.",
  "He is staying at the [[LOCATION:Desert Rose Motel on Route 66]] until his check comes.",
  "She grew up in the [[LOCATION:Rosewood Courts]] projects and still lives there.",
  // Canada
  "She was medevaced from [[LOCATION:Pond Inlet]] with a ruptured ectopic.",
  "He drove in from [[LOCATION:Sandy Lake First Nation]] with his granddaughter.",
  "She lives on [[LOCATION:Six Nations of the Grand River]] and works at the band office.",
  "Her postal code is [[ADDRESS:T0E 1N0]].",
  "He traps near [[LOCATION:Fort Chipewyan]] every winter.",
  "Home is [[ADDRESS:Apt 305, 120 Rideau Terrace, Ottawa ON K1M 0Z2]].",
  // Pakistan
  "He comes from [[LOCATION:Goth Allah Bux near Rahim Yar Khan]] and farms cotton.",
  "They live in [[LOCATION:Chak 47 GB near Samundri]], three hours by bus.",
  "Address given as [[LOCATION:Mohalla Islampura, Sialkot]].",
  "Address: [[ADDRESS:House 12, Street 4, G-9/2, Islamabad]].",
  "She lives in [[LOCATION:Gali No. 3, Dharampura]], behind the bakery.",
  "His village is [[LOCATION:Basti Malook]] in Multan district.",
  "The family stays in [[ADDRESS:Flat 7, Block 13, Gulshan-e-Iqbal, Karachi]].",
  "She was brought from [[LOCATION:Tando Muhammad Khan]] by rickshaw.",
  "He lives in [[LOCATION:Mohalla Qasimabad]] near the Qasba Mor.",
  "Ghar ka pata: [[ADDRESS:House No. 45, Jinnah Colony, Faisalabad]].",
  "They are from [[LOCATION:Sector I-10/4]], near the sabzi mandi.",
  "Address: [[ADDRESS:House 88-B, Street 7, Phase 5, DHA Lahore]].",
  "The house behind the [[LOCATION:Jamia Masjid in Chak Jhumra]] is theirs.",
  "He works in a brick kiln at [[LOCATION:Mouza Kot Ghulam]] with his whole family.",
  // India
  "She comes from a village called [[LOCATION:Pallikkara]], two buses from here.",
  "They live in [[LOCATION:Sector 15, Rohini]], near the metro station.",
  "Her address is [[ADDRESS:H.No. 4-7-121, Esamia Bazar, Hyderabad 500027]].",
  "He is from [[LOCATION:Kondapur village]], Nalgonda district.",
  "The family lives near [[ADDRESS:Madanapalle 517325]].",
  "She lives at [[ADDRESS:B-42, Lajpat Nagar II]] with her in-laws.",
  "He lives in a lane off [[LOCATION:Nehru Marg]] behind the bus stand.",
  "Address: [[ADDRESS:12/3, 5th Cross, Malleswaram, Bengaluru 560003]].",
  "He is a handloom weaver from [[LOCATION:Pochampally]].",
  "They stay in the [[LOCATION:Ambedkar Nagar basti]] by the railway line.",
  "She plucks tea on the [[LOCATION:Doloi Tea Estate]] near Silchar.",
  "Address: [[ADDRESS:Plot No. 118, Vasant Vihar Layout, Nagpur]].",
  "The house is near the [[LOCATION:Hanuman temple in Kothapet]].",
  "They live in [[LOCATION:Gali Qasim Jan, Ballimaran]], up the stairs.",
  "She is from [[LOCATION:Shanti Colony]], Jalandhar.",
  "Pin: [[ADDRESS:673004]], Kozhikode.",
  // Nigeria
  "He said he wanted to die back home in [[LOCATION:Ikot Ekpene]].",
  "Her shop is at [[ADDRESS:plot 14 off the Enugu–Onitsha expressway]].",
  "She lives at [[ADDRESS:No. 7, Adeola Odeku Street, Victoria Island]].",
  "He hails from [[LOCATION:Ogbunike]] in Anambra.",
  "Their compound is in [[LOCATION:Agbowo]], near the UI second gate.",
  "Address: [[ADDRESS:Block 4, Flat 2, Jakande Estate, Oke-Afa]].",
  "She lives near the [[LOCATION:Total filling station at Rumuokoro]].",
  "The family rents a room at [[ADDRESS:23 Ogui Road, Enugu]].",
  // Ghana, Kenya, South Africa
  "She walked from [[LOCATION:Abirem]] to the health post with the baby on her back.",
  "His GhanaPost address is [[ADDRESS:GA-183-8164]].",
  "He lives in [[LOCATION:Gatwekera village in Kibera]].",
  "She grows maize on a shamba outside [[LOCATION:Kapsabet]].",
  "Their homestead is near [[LOCATION:Mbooni]] market.",
  "Box number given: [[ADDRESS:P.O. Box 1234-40100, Kisumu]].",
  "He lives in an informal settlement called [[LOCATION:Enkanini]].",
  "Address: [[ADDRESS:4432 Zone 3, Ga-Rankuwa]].",
  "She comes from a village outside [[LOCATION:Lusikisiki]].",
  // Philippines, Malaysia
  "She is from [[LOCATION:Barangay San Isidro, Tanay]].",
  "Address: [[ADDRESS:Purok 3, Barangay Maligaya, Cabanatuan City]].",
  "He is from [[LOCATION:Kampung Sungai Ular]] near Kuantan.",
  "Address: [[ADDRESS:No. 21, Jalan SS 2/75, Petaling Jaya]].",
  "She lives in [[LOCATION:Taman Desa Jaya]] with her daughter.",
  "His family's longhouse is at [[LOCATION:Rumah Nanang]], upriver from Kapit.",
  "They live at [[ADDRESS:Blk 7 Lot 22, Camella Homes, Bacoor, Cavite]].",
  // Australia, New Zealand
  "He flew in from [[LOCATION:Ngukurr community]] on the mail plane.",
  "He lives at [[LOCATION:Yirrkala]] and came in on the clinic bus.",
  "Her address is [[ADDRESS:Unit 4/17 Beach Rd, Coffs Harbour NSW 2450]].",
  "He works on a station out past [[LOCATION:Tibooburra]].",
  "She lives at [[LOCATION:Kalkaringi]] and the clinic there referred her.",
  "Address: [[ADDRESS:Lot 6 Mulga Rd, Alice Springs NT 0870]].",
  "Postal address [[ADDRESS:PO Box 41, Wadeye NT 0822]].",
  "She is from [[LOCATION:Ruatoria]] on the East Coast.",
  "He lives near the marae at [[LOCATION:Te Araroa]].",
  "Address: [[ADDRESS:RD 3, Whakatāne 3193]].",
  // Egypt, Spain, Brazil
  "He farms in a village near [[LOCATION:Minya al-Qamh]].",
  "She lives in [[LOCATION:Ezbet El Nakhl]] with her mother.",
  "Her address in Spain was [[ADDRESS:Calle Mayor 14, 2º, 46003 Valencia]].",
  "His sister lives at [[ADDRESS:Rua das Flores 230, Curitiba]].",
  // Where the patient was seen or lay
  "He was in [[FACILITY_ROOM:Bay 3, bed 4 on Ward 7B at St Mary's]] overnight.",
  "She was transferred to [[FACILITY_ROOM:Ward 12 at Mayo Hospital]].",
  "The baby is in [[FACILITY_ROOM:cot 6 in SCBU]].",
  "We sent her on to [[FACILITY_ROOM:Raigmore Hospital]].",
  "He was admitted to [[FACILITY_ROOM:Lagos University Teaching Hospital]].",
  "She was in [[FACILITY_ROOM:Bed 22, Ward 4, Holy Family Hospital Rawalpindi]].",
  "He is in [[FACILITY_ROOM:Room 214 at Sunrise Manor nursing home]].",
  "She has been at [[FACILITY_ROOM:St Columba's Hospice]] since the weekend.",
  "He goes for dialysis at [[FACILITY_ROOM:Kalgoorlie Health Campus]].",
  "She lives at [[FACILITY_ROOM:Glenview Lodge care home]] and has no visitors.",
  "She spent the night in [[FACILITY_ROOM:side room 4 on AMU]].",
];

/** Written after reading the detector (see the top): the new forms' own cases. */
const FORMS_AFTER: readonly string[] = [
  "He lives on [[LOCATION:lot 14 of the Sunset Trailer Park]] with his dog.",
  "The family stays on [[LOCATION:stand 31 in the Enkanini settlement]].",
  "They live at [[ADDRESS:1187 Extension 9, Ivory Park]].",
  "Her address: [[ADDRESS:RD 2, Ruatoria 4032]].",
  "She was brought in from [[LOCATION:Kowanyama]] by the retrieval team, who had medevaced her overnight.",
  "She lives in a terraced house in [[LOCATION:Treherbert]] with her sister.",
  "A widow from [[LOCATION:Dhok Pathan]], she came with her grandson.",
  "Her son found her collapsed outside the [[LOCATION:Spar in Llandovery]].",
  "The boy, from [[LOCATION:Chinle]], Arizona, had a snakebite.",
  "She went back to [[LOCATION:Tanay]], Rizal after discharge.",
  "He was discharged home to [[LOCATION:Ballyjamesduff]].",
  "She was visiting her sister in [[LOCATION:Achiltibuie]] when she fell.",
  "His wife stayed behind in [[LOCATION:Ruatoria]] with the children.",
  "She had travelled two days from [[LOCATION:Kalkaringi]] to be seen.",
  "He collapsed at the bus stop in [[LOCATION:Tregaron]].",
];

/** Sentences with no patient's place in them. Every one must give no finding at all. */
const NEGATIVES: readonly string[] = [
  // cities, countries and regions alone
  "I moved to Leeds for F1 and loved it.",
  "I did a Lahore teaching hospital rotation last winter.",
  "Access to care in rural Punjab is patchy at best.",
  "Working in the Northern Territory changed how I think about dialysis.",
  "Out in the outback, the flying doctor is the ambulance.",
  "She moved to Canada last year.",
  "He had just flown back from Dubai.",
  "The family came from Kerala.",
  "He lives in Manchester.",
  "She lives in Nairobi with her sister.",
  "The patient was from Queensland.",
  "He travels between Delhi and Mumbai for work.",
  "Many of our patients come from across Lancashire.",
  "In the Highlands, the distances are vast.",
  "Most of the children on the ward came from rural Sindh.",
  "He was born in Nigeria and moved to London as a boy.",
  "She is from Texas and hates the cold.",
  "They had driven down from Scotland.",
  "He works offshore in Aberdeen and flies home every fortnight.",
  "She lives in a small village in Cornwall.",
  "Her son lives in Australia now.",
  "He comes from a village in Uganda.",
  // the author's, staff's and training places
  "I grew up in a village myself, so rural isolation is familiar.",
  "I trained in Karachi and now work in Birmingham.",
  "Our medical school is in Lagos.",
  "My F2 year was at a district general in Wales.",
  "I spent a year in Alice Springs as a registrar.",
  "I am writing this from my flat in Leeds.",
  "I presented the audit at the conference in Harrogate.",
  "I did my elective in a small village in Uganda.",
  "We drove out to the outreach clinic in rural Sindh.",
  // scores, criteria, tools, trials and diseases named after places
  "We used the Manchester triage system in ED.",
  "The Ottawa ankle rules were negative.",
  "The Glasgow Coma Scale was 14 on arrival.",
  "The Edinburgh Postnatal Depression Scale score was 15.",
  "Her Framingham risk score was high.",
  "She met the Rotterdam criteria for PCOS.",
  "The Rochester criteria put the infant at low risk.",
  "The Seattle Heart Failure Model gave a grim estimate.",
  "The Boston bowel preparation scale was 8.",
  "He had Lyme disease after a camping trip.",
  "Coxsackie virus was the likely cause.",
  "Norwalk virus spread through the ward.",
  "We read the Declaration of Helsinki in ethics teaching.",
  "The Liverpool Care Pathway was withdrawn years ago.",
  "Bristol stool chart type 6 twice a day.",
  "The Birmingham Vasculitis Activity Score was 12.",
  "Vancouver Scar Scale assessment was done.",
  "He was fitted with a Jaipur foot.",
  "Madras eye is going round the hostel again.",
  "The burns were mapped with a Lund and Browder chart.",
  "The CT showed a Stanford type A dissection.",
  "She met the Berlin definition of ARDS.",
  "The Atlanta classification called it moderately severe pancreatitis.",
  "The Milan criteria decide who gets a liver.",
  "The RECOVERY trial from Oxford showed dexamethasone works.",
  "The Whitehall II study looked at civil servants.",
  "The Westmead PTA scale was still positive.",
  "Addenbrooke's Cognitive Examination score was 71.",
  "The Hammersmith Infant Neurological Examination was normal.",
  "I checked the Oxford Handbook of Clinical Medicine.",
  "The Harris–Benedict equation overestimated her needs.",
  "The Sydney system was used to grade the gastritis.",
  "The Paris system for urine cytology was new to me.",
  // street-like and settlement-like words in clinical use
  "Ward round started at 8.",
  "She had a flat affect throughout.",
  "The ECG showed flat T waves in lead III.",
  "He needs close observation overnight.",
  "There was a crescent sign on the hip X-ray.",
  "The way forward is a family meeting.",
  "It is a long road to recovery.",
  "The street value of tramadol surprised me.",
  "Complete heart block on the ECG.",
  "He had a right bundle branch block.",
  "The colony count on the agar plate was high.",
  "Granulocyte colony-stimulating factor was started.",
  "Block C exams were tough this year.",
  "Phase 3 trial results were presented.",
  "The community nurses visit twice a week.",
  "She is the village health worker for three hamlets.",
  "Plot the weight on the WHO growth chart.",
  "During my house job I learned to cannulate.",
  "Her renal reserve is limited.",
  "The NHS estate is crumbling.",
  "He was hit by a car crossing the road.",
  "Road traffic accident on the motorway.",
  "Sector-wide staffing shortages hit us hard.",
  "Harley Street consultants charge a lot.",
];

/** Written after reading the detector (see the top): near misses of the new rules. */
const NEGATIVES_AFTER: readonly string[] = [
  "My registrar is from Abergavenny and knows every valley.",
  "She was from Radiology and came to help.",
  "A man from Manchester walked into ED.",
  "We had lunch at the Costa in Harrogate after the exam.",
  "I rent a room in Fallowfield near the medical school.",
  "He came with a social worker from Social Services.",
  "He is from Leeds originally.",
  "She's from Lagos State.",
  "We met at the Hilton in Manchester for the conference.",
  "She lives in a house in Leeds.",
  "His home in Cardiff was flooded.",
  "I grew up on Station Road in a small town.",
  "Her son brought her a tin of Quality Street.",
  "She was driving along County Road D15 when it happened.",
  "He had read about the Federal Reserve.",
  "Our QI projects were judged by the deanery.",
  "The granulocyte colony count recovered.",
  "She is from the Philippines.",
  "He lives on the High Street.",
  "He parked in space 4 at the Queen Elizabeth Park.",
  "She had a referral to the Diabetes Clinic in Rotherham.",
  "She lives near Madanapalle and her PIN is on the form.",
  "Folder 456789 was missing from the trolley.",
  "He returned to Zumba classes after the hip replacement.",
  "She returned to Netflix and the sofa.",
  "He went back to the Kumbh Mela every year until his stroke.",
  "She was discharged home to an Urdu-speaking family.",
  "She lives in Zona Leste, São Paulo.",
  "He went back to Resus for a second look.",
  "She returned to Theatre that evening.",
  "He was visiting his daughter in Perth.",
  "She travelled to Mecca for Umrah before the diagnosis.",
  "She travelled from Lahore, Pakistan, for the transplant.",
  "I studied in Manipal, Karnataka, before moving here.",
];

interface Span {
  type: FindingType;
  start: number;
  end: number;
}

/** Strip [[TYPE:text]] marks, returning the plain sentence and its spans. */
function parse(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = "";
  let at = 0;
  for (const m of marked.matchAll(/\[\[([A-Z_]+):([^\]]+)\]\]/g)) {
    text += marked.slice(at, m.index);
    spans.push({ type: m[1] as FindingType, start: text.length, end: text.length + m[2]!.length });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + marked.slice(at), spans };
}

function measure(): { spans: number; flagged: number; covered: number; typed: number; missed: string[]; negFlagged: string[] } {
  let spans = 0;
  let flagged = 0;
  let covered = 0;
  let typed = 0;
  const missed: string[] = [];
  for (const marked of [...FORMS, ...FORMS_AFTER]) {
    const { text, spans: want } = parse(marked);
    const found = scanText(text);
    for (const s of want) {
      spans++;
      const touching = found.filter((f) => f.start < s.end && f.end > s.start);
      if (touching.length > 0) flagged++;
      else missed.push(`${s.type}: ${text.slice(s.start, s.end)}  ⟵  ${text}`);
      const hit = new Uint8Array(s.end - s.start);
      for (const f of touching) hit.fill(1, Math.max(0, f.start - s.start), Math.min(s.end, f.end) - s.start);
      if ([...text.slice(s.start, s.end)].every((ch, i) => /\s/.test(ch) || hit[i] === 1)) covered++;
      if (touching.some((f) => f.type === s.type)) typed++;
    }
  }
  const negFlagged = [...NEGATIVES, ...NEGATIVES_AFTER].flatMap((s) => {
    const found = scanText(s);
    return found.length ? [`${s}  →  ${found.map((f) => `${f.type}:${f.text}`).join(" | ")}`] : [];
  });
  return { spans, flagged, covered, typed, missed, negFlagged };
}

describe("places forms battery", () => {
  it("has enough forms and negatives, each well formed", () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(120);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(80);
    for (const marked of [...FORMS, ...FORMS_AFTER]) expect(parse(marked).spans.length, marked).toBeGreaterThan(0);
    for (const s of [...NEGATIVES, ...NEGATIVES_AFTER]) expect(s).not.toContain("[[");
  });

  it("finds at least as many place forms as it did, and flags no more negatives", () => {
    const r = measure();
    if (process.env.FORMS_REPORT) {
      console.log(`spans ${r.spans}: flagged ${r.flagged}, covered ${r.covered}, typed ${r.typed}; negatives flagged ${r.negFlagged.length}/${NEGATIVES.length + NEGATIVES_AFTER.length}`);
      console.log(`missed:\n  ${r.missed.join("\n  ")}`);
      console.log(`negatives flagged:\n  ${r.negFlagged.join("\n  ")}`);
    }
    expect(r.flagged).toBeGreaterThanOrEqual(FLOOR.flagged);
    expect(r.covered).toBeGreaterThanOrEqual(FLOOR.covered);
    expect(r.typed).toBeGreaterThanOrEqual(FLOOR.typed);
    expect(r.negFlagged.length).toBeLessThanOrEqual(FLOOR.negativesFlagged);
  });
});
