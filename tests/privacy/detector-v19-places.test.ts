/**
 * v19 (places and one-of-a-kind details): rules stated by class, each with sentences written for this file (not taken
 * from any corpus) and near misses. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, flags, spares, texts } from "./detector-helpers.ts";

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
