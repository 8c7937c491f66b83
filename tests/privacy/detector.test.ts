import { describe, it, expect } from "vitest";
import {
  DETECTOR_VERSION,
  DEFAULT_URL_ALLOW_LIST,
  allowUrlDomain,
  isAllowedUrl,
  scanFields,
  scanText,
} from "../../src/privacy/detector/index.ts";
import { expectFindings, expectNoFindings } from "./detector-helpers.ts";

describe("public interface", () => {
  it("exports a detector version string", () => {
    expect(DETECTOR_VERSION).toMatch(/^rounds-detector\/\d+$/);
  });

  it("scanText defaults the field to 'text' and reports original offsets, sorted by start", () => {
    const text = "Ring 07700 900123 about the NHS number 943 476 5919.";
    const findings = scanText(text);
    expect(findings.map((f) => f.field)).toEqual(["text", "text"]);
    expect(findings.map((f) => [f.type, f.start, f.end, f.text])).toEqual([
      ["PHONE", 5, 17, "07700 900123"],
      ["ID", 39, 51, "943 476 5919"],
    ]);
  });

  it("scanFields keeps field order, then position, and names each finding's field", () => {
    const findings = scanFields([
      { field: "title", text: "A night on call" },
      { field: "body", text: "Seen by the team; NHS 943 476 5919; daughter's email jo@example.com." },
      { field: "summary", text: "A 94-year-old with sepsis" },
      { field: "tags[0]", text: "sepsis" },
    ]);
    expect(findings.map((f) => [f.field, f.type, f.text])).toEqual([
      ["body", "ID", "943 476 5919"],
      ["body", "EMAIL", "jo@example.com"],
      ["summary", "AGE", "94-year-old"],
    ]);
  });

  it("returns nothing for empty text and is deterministic", () => {
    expect(scanText("")).toEqual([]);
    const text = "DOB 1/2/1950, MRN 00123456, call 0803 123 4567";
    expect(scanText(text)).toEqual(scanText(text));
  });

  it("never returns overlapping findings: a valid NHS number wins over the phone-shaped reading", () => {
    const findings = scanText("Her number: 943-476-5919; her bleep-free mobile 0300-1234567.");
    expect(findings.map((f) => [f.type, f.text])).toEqual([
      ["ID", "943-476-5919"],
      ["PHONE", "0300-1234567"],
    ]);
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });

  it("keeps the most specific finding when patterns overlap (email beats the URL-ish domain inside it)", () => {
    expectFindings("Her son wrote from tom.h@mail.co.uk/ask about visiting.", [["EMAIL", "tom.h@mail.co.uk"]]);
  });
});

describe("EMAIL", () => {
  it("finds email addresses in a UK reflection", () => {
    expectFindings(
      "After discharge her son emailed the ward (peter.jones1962@hotmail.co.uk) to thank us, and cc'd PALS at pals@example-trust.nhs.uk.",
      [
        ["EMAIL", "peter.jones1962@hotmail.co.uk"],
        ["EMAIL", "pals@example-trust.nhs.uk"],
      ],
    );
  });
  it("does not treat an @-handle without a domain as an email", () => {
    expectNoFindings("The registrar @ the front desk said to wait; 5 @ 10 mg is the dose.");
  });
});

describe("PHONE", () => {
  it("UK: mobile with and without +44, and a landline", () => {
    expectFindings(
      "Her daughter left 07700 900123 on the whiteboard, and later +44 7700 900456 as a back-up; the GP surgery is 0161 496 0000.",
      [
        ["PHONE", "07700 900123"],
        ["PHONE", "+44 7700 900456"],
        ["PHONE", "0161 496 0000"],
      ],
    );
  });
  it("US: (555) 123-4567, 555-123-4567 and 1-800 numbers", () => {
    expectFindings(
      "The night nurse called his wife at (555) 123-4567 and then his brother on 555-987-6543; the insurer's line was 1-800-555-0199.",
      [
        ["PHONE", "(555) 123-4567"],
        ["PHONE", "555-987-6543"],
        ["PHONE", "1-800-555-0199"],
      ],
    );
  });
  it("Pakistan: 0300-1234567 style mobiles", () => {
    expectFindings("In Lahore the attendant gave his number as 0300-1234567 and his cousin's as 0321 4567890.", [
      ["PHONE", "0300-1234567"],
      ["PHONE", "0321 4567890"],
    ]);
  });
  it("Nigeria: 0803 123 4567 and +234 forms", () => {
    expectFindings("At LUTH, Mama's son wrote 0803 123 4567 on the folder and texted from +234 805 987 6543.", [
      ["FACILITY_ROOM", "LUTH"],
      ["PHONE", "0803 123 4567"],
      ["PHONE", "+234 805 987 6543"],
    ]);
  });
  it("India: +91 98765 43210 and the bare 98765 43210 mobile", () => {
    expectFindings("The patient's husband (+91 98765 43210) asked us to call his brother on 98123 45678 instead.", [
      ["PHONE", "+91 98765 43210"],
      ["PHONE", "98123 45678"],
    ]);
  });
  it("Australia: 0412 345 678 and +61 2 9374 4000", () => {
    expectFindings("Her son's mobile is 0412 345 678 and the nursing home is on +61 2 9374 4000.", [
      ["PHONE", "0412 345 678"],
      ["PHONE", "+61 2 9374 4000"],
    ]);
  });
  it("a short number introduced by a phone word is flagged", () => {
    expectFindings("Her neighbour's phone: 555 0147 8 — wait, it was tel 5550147.", [
      ["PHONE", "555 0147 8"],
      ["PHONE", "5550147"],
    ]);
  });
  it("does not flag bleeps, extensions, page ranges, BPs, times or lab values", () => {
    expectNoFindings(
      "I bleeped the registrar on 2345 and the switchboard put me through to ext 4321. BP 120/80, then 90/60 at 03:15; see pages 123-129 and 1234-1250. Na 134, K+ 5.9, urea 12.4, creatinine 145, plt 150.",
    );
  });
});

describe("ID", () => {
  it("NHS number with a valid mod-11 checksum in spaced, dashed and bare forms", () => {
    const f = expectFindings("Her NHS number was 943 476 5919 (or 943-476-5919 in the old system; 4010232137 for her husband).", [
      ["ID", "943 476 5919"],
      ["ID", "943-476-5919"],
      ["ID", "4010232137"],
    ]);
    expect(f[0]!.reason).toMatch(/mod-11/);
  });
  it("a 10-digit number labelled NHS is flagged even when the checksum fails, and the reason says so", () => {
    const f = expectFindings("I copied NHS no: 123 456 7890 onto the form by mistake.", [["ID", "123 456 7890"]]);
    expect(f[0]!.reason).toMatch(/checksum fails/);
  });
  it("an unlabelled 10-digit number failing mod-11 is not an NHS ID (it may still be a phone)", () => {
    const f = scanText("Batch 5123 456 780 was recalled.");
    expect(f.filter((x) => x.type === "ID")).toEqual([]);
  });
  it("Aadhaar with a valid Verhoeff checksum; a failing one only when labelled", () => {
    expectFindings("Her Aadhaar card (2345 6789 0124) was in the file; the husband's, 4987-6543-2102, was too. Reference 2345 6789 0125 is not.", [
      ["ID", "2345 6789 0124"],
      ["ID", "4987-6543-2102"],
    ]);
    const f = expectFindings("Aadhaar no. 2345 6789 0125", [["ID", "2345 6789 0125"]]);
    expect(f[0]!.reason).toMatch(/Verhoeff checksum fails/);
  });
  it("US SSN: valid dashed form flagged, impossible areas/groups not; bare 9 digits only after SSN", () => {
    expectFindings(
      "His SSN 123-45-6789 was on the intake sheet. Forms 666-12-3456, 900-12-3456 and 123-00-4567 are impossible. Social security number 234567890 was his wife's; 234567891 alone is nothing.",
      [
        ["ID", "123-45-6789"],
        ["ID", "234567890"],
      ],
    );
  });
  it("Pakistani CNIC 5-7-1", () => {
    expectFindings("The attendant's CNIC 35202-1234567-1 was photocopied; the patient's was 42101-9876543-2.", [
      ["ID", "35202-1234567-1"],
      ["ID", "42101-9876543-2"],
    ]);
  });
  it("labelled hospital identifiers: the span is the number, not the label", () => {
    expectFindings(
      "MRN: A1234567. MR# 0045-221. Hospital number 12345678. Hosp no. K778812. Unit number 778899. Patient ID: PT-99812. ID: 45678. UHID 2024/00123. CR number 2024-567890. IP no. 45321.",
      [
        ["ID", "A1234567"],
        ["ID", "0045-221"],
        ["ID", "12345678"],
        ["ID", "K778812"],
        ["ID", "778899"],
        ["ID", "PT-99812"],
        ["ID", "45678"],
        ["ID", "2024/00123"],
        ["ID", "2024-567890"],
        ["ID", "45321"],
      ],
    );
  });
  it("a label followed by words or too few digits is not an ID", () => {
    expectNoFindings("The hospital number was missing from the sticker; patient ID unknown; the ID team (Infectious Diseases) reviewed her on day 2.");
  });
});

describe("DATE", () => {
  it("full dates in numeric, ISO and written forms", () => {
    expectFindings(
      "Bloods were taken on 12/03/2024, repeated 13-03-24, the CT is dated 2024-03-14, the letter says 15.03.2024, the coroner's form 12 March 2024, the US chart March 12th, 2024, and the referral 3rd of March 2024.",
      [
        ["DATE", "12/03/2024"],
        ["DATE", "13-03-24"],
        ["DATE", "2024-03-14"],
        ["DATE", "15.03.2024"],
        ["DATE", "12 March 2024"],
        ["DATE", "March 12th, 2024"],
        ["DATE", "3rd of March 2024"],
      ],
    );
  });
  it("a date of birth gets the DOB reason and an age-band suggestion", () => {
    const f = expectFindings("Her sticker read DOB 1/2/1950.", [["DATE", "1/2/1950"]]);
    expect(f[0]!.reason).toMatch(/date of birth/i);
    expect(f[0]!.suggestion).toMatch(/age band/);
  });
  it("day + month without a year only in a patient-event context", () => {
    expectFindings("She was admitted on 12 March with a fall. On the 3rd of June she was discharged home. Seen in clinic on 5 Jan.", [
      ["DATE", "12 March"],
      ["DATE", "the 3rd of June"],
      ["DATE", "5 Jan"],
    ]);
    expectNoFindings("The teaching session is on 12 March. Our rota changes on the 3rd of June.");
  });
  it("month + year only in a patient-event context, with a reason that explains why", () => {
    const f = expectFindings("He was admitted in March 2024 after a collapse.", [["DATE", "March 2024"]]);
    expect(f[0]!.reason).toMatch(/month and year/);
    expectNoFindings("The guideline was updated in March 2024.");
  });
  it("numeric day/month only right after a strong event word", () => {
    expectFindings("She was admitted on 12/03 and discharged on 19/3.", [
      ["DATE", "12/03"],
      ["DATE", "19/3"],
    ]);
  });
  it("never flags bare years, citations, times, durations or scores", () => {
    expectNoFindings(
      "In 2019 NICE changed its advice (NICE 2023; Smith et al., 2019) and the 2021 guideline followed. The ward round started at 14:30 and lasted 3 days in total; GCS 14/15; she scored 3/10 for pain.",
    );
  });
});

describe("AGE", () => {
  it("exact ages of 90 and over in common phrasings", () => {
    const f = expectFindings(
      "A 92-year-old man was admitted; his wife, aged 94, is 94 years old according to one letter; the patient in bed 3 is a 91 yo; triage wrote age: 90; her sister is a 101-year-old.",
      [
        ["AGE", "92-year-old"],
        ["AGE", "aged 94"],
        ["AGE", "94 years old"],
        ["FACILITY_ROOM", "bed 3"],
        ["AGE", "91 yo"],
        ["AGE", "age: 90"],
        ["AGE", "101-year-old"],
      ],
    );
    expect(f[0]!.suggestion).toMatch(/nineties/);
  });
  it("does not flag ages under 90, life stages, or 90-something measurements", () => {
    expectNoFindings(
      "A man aged 54 and a 78-year-old woman in her eighties; her mother is in her 90s. Give 90 mg, wait 90 minutes; sats 95% on air; BP 90/60; aged 90 mg is a typo. Cohort aged 92-94 (n = 40).",
    );
  });
});

describe("ADDRESS", () => {
  it("UK: street, flat and full postcodes (not partial ones)", () => {
    expectFindings("She lives at Flat 3, 12 Hope Road, London SW1A 1AA, near her son at 221B Baker St; the hostel is M1 1AE, district SW1A only.", [
      // v3: one span for the whole address, town and postcode included (was "Flat 3, 12 Hope Road" + "SW1A 1AA").
      ["ADDRESS", "Flat 3, 12 Hope Road, London SW1A 1AA"],
      ["ADDRESS", "221B Baker St"],
      ["ADDRESS", "M1 1AE"],
    ]);
  });
  it("US: street, state + ZIP, ZIP+4 and labelled ZIP", () => {
    expectFindings("He lives at 1428 Elm Street, Springfield, IL 62704; the clinic is in TX 75001-1234; zip code 90210.", [
      // v3: one span for the whole address (was "1428 Elm Street" + "IL 62704").
      ["ADDRESS", "1428 Elm Street, Springfield, IL 62704"],
      ["ADDRESS", "TX 75001-1234"],
      ["ADDRESS", "90210"],
    ]);
  });
  it("India: PIN codes after PIN", () => {
    expectFindings("Address on the OPD card: Indiranagar, Bengaluru, PIN 560038; her mother's is PIN code 110 001.", [
      ["ADDRESS", "560038"],
      ["ADDRESS", "110 001"],
    ]);
  });
  it("Pakistan: House No. / Street / sector", () => {
    expectFindings("The family gave House No. 12, Street 4, G-9/1, Islamabad as the address.", [["ADDRESS", "House No. 12, Street 4, G-9/1, Islamabad"]]); // v3: the town is part of the address
  });
  it("Australia: postcode after a state", () => {
    // (v17: the suburb before the state belongs to the address, as ANNOTATION.md marks "Hull HU9 2QT")
    expectFindings("He lives alone in Parramatta NSW 2150 and visits his daughter in Fitzroy VIC 3065.", [
      ["ADDRESS", "Parramatta NSW 2150"],
      ["ADDRESS", "Fitzroy VIC 3065"],
    ]);
  });
  it("cities, countries and bare 5-digit numbers are not addresses", () => {
    expectNoFindings("She moved from Lagos to Manchester, then to Sydney, Australia and Lahore, Pakistan; 62704 people attended the match.");
  });
});

describe("URL and IP", () => {
  it("flags links that can lead to a person, with http, www and bare domain-with-path forms", () => {
    const f = expectFindings(
      "His daughter posted about it at https://www.facebook.com/sarah.k.1990/posts/123, on www.instagram.com/sk_photos, and at tiktok.com/@sk90.",
      [
        ["URL", "https://www.facebook.com/sarah.k.1990/posts/123"],
        ["URL", "www.instagram.com/sk_photos"],
        ["URL", "tiktok.com/@sk90"],
      ],
    );
    expect(f[0]!.reason).toMatch(/social-media|record system|photo/);
  });
  it("allows clinical reference domains and their subdomains", () => {
    expectNoFindings(
      "See https://www.nice.org.uk/guidance/ng51, https://pubmed.ncbi.nlm.nih.gov/12345678/, doi.org/10.1136/bmj.n71, https://en.wikipedia.org/wiki/Sepsis_(disease) and https://bnf.nice.org.uk/drugs/amoxicillin/.",
    );
    expect(DEFAULT_URL_ALLOW_LIST).toContain("nejm.org");
    expect(isAllowedUrl("https://www.bmj.com/content/372/bmj.n71")).toBe(true);
    expect(isAllowedUrl("https://notbmj.com/x")).toBe(false);
  });
  it("lets the server add its own origin", () => {
    expect(scanText("Read my last post: https://rounds-test-origin.example/@ana/42").map((f) => f.type)).toEqual(["URL"]);
    allowUrlDomain("https://rounds-test-origin.example:8443/");
    expect(isAllowedUrl("https://rounds-test-origin.example/@ana/42")).toBe(true);
    expect(scanText("Read my last post: https://rounds-test-origin.example/@ana/42")).toEqual([]);
  });
  it("trims trailing punctuation from a link", () => {
    expectFindings("(Photos: https://imgur.com/a/xYz12.)", [["URL", "https://imgur.com/a/xYz12"]]);
  });
  it("finds IPv4 and IPv6 addresses but not times or version-like decimals", () => {
    expectFindings("The PACS audit showed access from 192.168.10.254 and 2001:db8:85a3::8a2e:370:7334 at 14:30:00.", [
      ["IP", "192.168.10.254"],
      ["IP", "2001:db8:85a3::8a2e:370:7334"],
    ]);
    expectNoFindings("Observations at 14:30:00; 999.1.1.1 is not an address; pH 7.31.");
  });
});

describe("hard negatives: realistic reflective writing with no identifiers", () => {
  it("a UK medicine reflection with doses, labs, BP, times, guidelines and scores", () => {
    expectNoFindings(
      [
        "I met patient B during my second week on the respiratory ward. She was in her eighties and had been unwell for 3 days with a productive cough.",
        "The F2 started amoxicillin 500 mg TDS and clarithromycin 500 mg BD, and prescribed 0.9% saline 1 L over 8 hours because her BP was 90/60 and her lactate 4.2.",
        "Her Hb was 92 g/L, K+ 5.9, eGFR 45 and CRP 240; the registrar talked me through the NICE NG51 (2016) sepsis pathway at 03:15, and I reread the 2023 ALS guidelines and (Smith et al., 2019) afterwards.",
        "Her GCS was 14/15, so we discussed capacity. A man aged 54 in the next bay had Down syndrome, and his carer explained how he usually communicates.",
        "I bleeped the outreach team on 2345; they reviewed her within the hour. The chapter on pages 123-129 of our handbook covers this.",
        "Looking back, I learned how quickly someone can deteriorate, and how much a calm SBAR handover helps the night team in Leeds, Manchester or anywhere else.",
      ].join(" "),
    );
  });
  it("a paediatric/obstetric reflection (Apgar, weights, gestation) from Lagos", () => {
    expectNoFindings(
      "On my obstetrics rotation in Lagos I watched a caesarean at 39+2 weeks. The baby weighed 3.4 kg, Apgar 9 at 1 minute and 10 at 5 minutes, and the mother's Hb was 10.2 g/dL. We gave oxytocin 10 IU IM and 1 g of tranexamic acid; her EBL was 800 mL. The 2018 WHO recommendations on intrapartum care guided the plan.",
    );
  });
  it("an Indian/Pakistani medicine ward reflection with drug doses and ranges", () => {
    expectNoFindings(
      "In the medicine OPD in Lahore and later at a teaching hospital in Delhi, I saw many patients with dengue. Platelets fell from 150 to 45 x 10^9/L over 2 days; we gave paracetamol 1 g QDS (max 4 g/24 h) and 20 mL/kg of fluid. The WHO 2009 classification and the 2012 handbook, pp. 33-41, were our references; the ratio was 1:2 and the target MAP 65-70 mmHg.",
    );
  });
});
