/**
 * v19 (places and one-of-a-kind details): rules stated by class, each with sentences written for this file (not taken
 * from any corpus) and near misses. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, spares, texts } from "./detector-helpers.ts";

// A sentence that holds any text it is put in front of, so a rule's soft findings are shown too.
const HELD = "Mrs Osei was on bed 4.";

describe("one-of-a-kind details (v19)", () => {
  it("the description a whole community knows someone by", () => {
    finds("Everyone on the quay knows him as the one-legged rope maker at Pendrith harbour, so he was easy to find.", "OTHER", "the one-legged rope maker at Pendrith harbour");
    finds("In her valley she is known as the woman who still carries the post up to Tarnvale, and she had put off coming.", "OTHER", "the woman who still carries the post up to Tarnvale");
    covers("Mr Aduko, whom everyone in his town knows as the horn blower who leads every Odwira procession in Kwahufo, came with his son.", "the horn blower who leads every Odwira procession in Kwahufo");
  });
  it("near misses: a thing known by a name, the writer's own nickname", () => {
    expect(texts("The first hour after a major injury is known as the golden hour, and it shapes triage.")).toEqual([]);
    expect(texts("At school I was known as the girl who always had a plaster for you.")).toEqual([]);
  });
  it("a plain person word made one of a kind by a named place and what they alone still do", () => {
    covers("Baba Tunde is the last person in Oke-Ilewo who still carves the gelede masks for the festival.", "the last person in Oke-Ilewo who still carves the gelede masks for the festival");
    covers("Her father is the only one still keeping Exmoor ponies on the far side of Withycombe.", "the only one still keeping Exmoor ponies on the far side of Withycombe");
  });
  it("near misses: the only person who can, with no place; a city", () => {
    expect(texts("She is the only person who can get a cannula into him first time.")).toEqual([]);
  });
  it("a dash ends the claim, so the next identifier does not swallow it", () => {
    covers("Uncle Amos Tewa - the only ferryman who takes the crossing at Oloru in the floods - came in on Heritage Day with a fever.", "the only ferryman who takes the crossing at Oloru in the floods");
    covers("Uncle Amos Tewa — the only ferryman who takes the crossing at Oloru in the floods — came in on Heritage Day with a fever.", "the only ferryman who takes the crossing at Oloru in the floods");
  });
  it("the last house before a landmark is a home, and runs with the place it is told from", () => {
    covers("She was carried down from Mbeleni, the last hamlet before the forest gate on Boxing Day, already in labour.", "Mbeleni, the last hamlet before the forest gate");
    finds(`${HELD} He lives in the last house of Korvasi, after the tea terraces.`, "LOCATION", "the last house of Korvasi");
  });
});

describe("a small place and the phrase around it (v19)", () => {
  it("a place runs on over its own head word and a direction from a named town", () => {
    covers(`${HELD} They rent a room behind the Qadirabad brick kiln gate.`, "the Qadirabad brick kiln gate");
    covers(`${HELD} She was flown in from Yiyili community with a snakebite.`, "Yiyili community");
  });
  it("a home told before the place it is by", () => {
    finds(`${HELD} Please take out the croft above the chapel in Cwmystwyth before this goes anywhere.`, "LOCATION", "the croft above the chapel in Cwmystwyth");
    covers(`${HELD} He grew up in the fishing lanes behind the Kemari Colony mosque and still lives there.`, "the fishing lanes behind the Kemari Colony mosque");
  });
  it("near miss: someone's own home before a plain 'in' stays outside", () => {
    const found = texts(`${HELD} We spent a week at his whare in Te Kaharoa, the bay past the marae at Omaiti.`).join(" | ");
    expect(found).not.toContain("his whare");
  });
  it("a settlement word before a name, and a name beside a place, are one place", () => {
    covers(`${HELD} She came down from douar Tafraout Ouzrou, above the Monday souk, on a mule.`, "douar Tafraout Ouzrou, above the Monday souk");
    covers(`${HELD} Her home is in xã Tân Lộc, huyện Cái Bè, near the river.`, "xã Tân Lộc, huyện Cái Bè");
  });
  it("camp blocks, shelters and numbered parts of a settlement, and their codes said again alone", () => {
    covers(`${HELD} Their shelter is Camp 9, Block D-12 and the FCN is on the card.`, "Camp 9, Block D-12");
    covers(`${HELD} She lives in Villa Itatí, manzana 37, on the ground floor.`, "Villa Itatí, manzana 37");
    const t = `${HELD} Her address was Camp 12, Block F-3, shelter 208. By evening everyone in F-3 knew that the girl from shelter 208 was sick.`;
    covers(t, "Camp 12, Block F-3, shelter 208");
    expect(texts(t)).toEqual(expect.arrayContaining(["LOCATION:F-3", "LOCATION:shelter 208"]));
  });
  it("near miss: a vertebra named like a camp block is not repeated", () => {
    spares(`${HELD} Her address was Camp 12, Block C7. The X-ray showed a fracture at C7.`, "fracture at C7");
  });
  it("an estate's line room is a home, with the estate it is on", () => {
    covers(`${HELD} She lives in line room 22 on the Craigmore estate near Agarapatana.`, "line room 22 on the Craigmore estate near Agarapatana");
  });
});
