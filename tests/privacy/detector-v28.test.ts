/**
 * rounds-detector/28, by class, from the misses and false blocks of dev28 and dev29 (written blind and scored once on
 * rounds-detector/27 before they were opened). Every sentence was written for this file (none is taken from a corpus),
 * each rule with a sentence it must find and one like it that it must leave alone. No name, place or number is meant to
 * be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, texts } from "./detector-helpers.ts";
import { scanText } from "../../src/privacy/detector/index.ts";

describe("titles and names from more languages", () => {
  it("Spanish 'don', Polish 'Pani' and 'Pan', Romanian 'Tanti', Turkish 'Amca' after the name", () => {
    finds("The man with the tumour was don Aurelio from the vereda above the river, right?", "NAME", "don Aurelio");
    finds("Home birth outside Lublin. Pani Halina, her third child, in the farmhouse.", "NAME", "Pani Halina");
    finds("The road is more pothole than road to reach Tanti Viorica, ninety-one, with ovarian cancer.", "NAME", "Tanti Viorica");
    finds("A patient I nursed for three months. Hasan Amca, a retired ferry captain, never complained.", "NAME", "Hasan Amca");
  });
  it("a Korean or Chinese name written surname first, but not a model named after two people", () => {
    finds("Park Mi-sook halmeoni was admitted to the hospice ward on Tuesday.", "NAME", "Park Mi-sook");
    expect(texts("We fitted the Lee-Carter model to the mortality data.")).toEqual([]);
  });
  it("words of address in quoted Hindi and Urdu are no names", () => {
    expect(texts("She asked me, in front of her sons, “Beta, will you put me on the machine?”")).toEqual([]);
  });
  it("a nurse specialist is a colleague", () => {
    expect(texts("After the death I spoke with our nurse specialist, Siobhan, about how we hand over spiritual concerns on the ward.")).toEqual([]);
  });
});

describe("ages, numbers and handles", () => {
  it("Spanish and Portuguese ages of ninety and over, but not a novel's title", () => {
    finds("He was noventa y dos años and completely lucid.", "AGE", "noventa y dos años");
    expect(texts("Cien años de soledad was on his bedside table.")).toEqual([]);
  });
  it("an age in words is reported as the age it says", () => {
    expect(scanReason("to reach Tanti Viorica, Viorica Pop, ninety-three, with ovarian cancer", "ninety-three")).toContain("An exact age of 93 ");
  });
  it("the last digits of a card number told as such, and a valid PESEL", () => {
    finds("Please remove the husband's name, and that Aadhaar number ending 4821 is her full number!", "ID", "4821");
    finds("Her PESEL under the special law was 44051401359, and the office was closed.", "ID", "44051401359");
    expect(texts("The trial recruited 12345678901 people.")).toEqual([]);
  });
  it("a handle after 'as' or 'on the forum is'", () => {
    finds("Her husband added me on Zalo as minh.thu.0417 to send a photo.", "OTHER", "minh.thu.0417");
    finds("His handle on the forum is RazorBack_1987, and I reported it.", "OTHER", "RazorBack_1987");
  });
});

describe("rooms, groups and places", () => {
  it("Turkish rooms and beds, and a hospital, its unit in words and the bed as one place", () => {
    finds("He was in oda 408 for most of the autumn.", "FACILITY_ROOM", "oda 408");
    covers("She was flown to Konya Şehir Hastanesi, çocuk yoğun bakım, yatak 9 for dialysis.", "Konya Şehir Hastanesi, çocuk yoğun bakım, yatak 9");
  });
  it("a bed number is not a length of time", () => {
    expect(texts("A family caregiver stays by the bed 24 hours a day and sleeps on a cot.")).toEqual([]);
  });
  it("a family group 'was called' something, but not 'the group's name'", () => {
    finds('The family WhatsApp group was called "Nana ICU updates Bed 9" and the son added me by mistake.', "OTHER", "Nana ICU updates Bed 9");
    expect(texts("You have put the group's name in your post, and it contains the patient's first name.")).not.toContainEqual(expect.stringMatching(/^OTHER:/));
  });
  it("a home pinned by a landmark takes in the home", () => {
    covers("Dwayne lives in the trailer behind the Dollar General on Route 9 outside Pomeroy, with his dogs.", "the trailer behind the Dollar General on Route 9 outside Pomeroy");
  });
  it("a Polish address with its flat number", () => {
    covers("She lived with her husband in ul. Lipowa 12 m. 4, 20-020 Lublin, and he rang at night.", "ul. Lipowa 12 m. 4, 20-020 Lublin");
  });
  it("a city's main market and one of several firsts are no one place", () => {
    expect(texts("We buy the drugs, or the relatives bring them from Onitsha market, and we mix them.")).toEqual([]);
    expect(texts("Palliative care is growing here. Romania had one of the first hospices in Eastern Europe.")).toEqual([]);
  });
});

describe("dates", () => {
  it("a festival's day with what comes before it", () => {
    covers("Mrs Ode was on bed 4. On the eighth day of Dashain a woman arrived in a doko basket.", "the eighth day of Dashain");
    covers("Mrs Ode was on bed 4. She delivered on the day of Chhath puja, and both are fine.", "the day of Chhath puja");
    covers("Mrs Ode was on bed 4. On the night of the Virgen de Guadalupe, while fireworks went off, she pushed.", "the night of the Virgen de Guadalupe");
    finds("Mrs Ode was on bed 4. It was on 6 grudnia, the feast of St Nicholas.", "DATE", "the feast of St Nicholas");
  });
});

describe("comments and public figures", () => {
  it("a comment that names the patient while saying who would know", () => {
    finds("Just remember the community is small: naming the outstation and young Jarrah, anyone from there will know who it is.", "NAME", "Jarrah");
  });
  it("a band on a playlist", () => {
    expect(texts("Home birth last night: fairy lights, a playlist that was mostly Fleetwood Mac. Second stage was quick.")).toEqual([]);
  });
});

function scanReason(text: string, sub: string): string {
  return scanText(text).find((f) => f.text === sub)?.reason ?? "";
}
