/**
 * rounds-detector/31: names and places written in a script without capitals (Chinese, Japanese, Arabic, Hebrew,
 * Devanagari, Thai …), which the scanned Latin-1 text stands in as "ª" and no rule looking for a capital could see. Every
 * sentence was written for this file; no name or place is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, texts } from "./detector-helpers.ts";

describe("names and places in scripts without capitals", () => {
  it("a name told by the words before it: 'her name is', a title, a relative", () => {
    finds("Her name is 林美玲 and she was frightened of the drip.", "NAME", "林美玲");
    finds("He said his name was يوسف حداد and that he had walked for two days.", "NAME", "يوسف حداد");
    finds("Mr सुरेश यादव came in with chest pain at 2 a.m.", "NAME", "सुरेश यादव");
    finds("Her son 小华 stayed by the bed all night.", "NAME", "小华");
  });
  it("a place a patient lives in or comes from", () => {
    finds("She lives in 岳阳 with her daughter and came by train.", "LOCATION", "岳阳");
    finds("The family came from قرية الزيتون after the floods.", "LOCATION", "قرية الزيتون");
  });
  it("but not the words of another language a writer learns or quotes", () => {
    expect(texts("We learned to say 你好 and 谢谢 to the families on the ward.")).toEqual([]);
    expect(texts("The word عافية means health, and the families use it every day.")).toEqual([]);
  });
});
