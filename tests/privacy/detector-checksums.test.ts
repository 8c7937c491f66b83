import { describe, it, expect } from "vitest";
import {
  aadhaarIsValid,
  cnicIsPlausible,
  luhnIsValid,
  nhsNumberIsValid,
  ssnIsValid,
  verhoeffCheckDigit,
  verhoeffIsValid,
} from "../../src/privacy/detector/checksums.ts";

describe("nhsNumberIsValid (mod 11)", () => {
  it("accepts NHS numbers whose 10th digit is the mod-11 check digit", () => {
    expect(nhsNumberIsValid("9434765919")).toBe(true);
    expect(nhsNumberIsValid("4010232137")).toBe(true);
    expect(nhsNumberIsValid("4505577104")).toBe(true);
  });
  it("rejects a wrong check digit, a check value of 10, wrong lengths, non-digits and repeated filler", () => {
    expect(nhsNumberIsValid("9434765918")).toBe(false);
    expect(nhsNumberIsValid("6543210987")).toBe(false);
    expect(nhsNumberIsValid("1234567890")).toBe(false); // check value would be 10: never issued
    expect(nhsNumberIsValid("943476591")).toBe(false);
    expect(nhsNumberIsValid("94347659190")).toBe(false);
    expect(nhsNumberIsValid("943 476 5919")).toBe(false);
    expect(nhsNumberIsValid("0000000000")).toBe(false);
  });
});

describe("Verhoeff", () => {
  it("computes the textbook check digit (236 → 3) and validates it", () => {
    expect(verhoeffCheckDigit("236")).toBe(3);
    expect(verhoeffIsValid("2363")).toBe(true);
    expect(verhoeffIsValid("2364")).toBe(false);
  });
  it("detects every single-digit error and adjacent transposition in a sample number", () => {
    const base = "23456789012";
    const full = base + String(verhoeffCheckDigit(base));
    expect(verhoeffIsValid(full)).toBe(true);
    for (let i = 0; i < full.length; i++) {
      for (let d = 0; d < 10; d++) {
        if (String(d) === full[i]) continue;
        expect(verhoeffIsValid(full.slice(0, i) + String(d) + full.slice(i + 1))).toBe(false);
      }
      if (i + 1 < full.length && full[i] !== full[i + 1]) {
        const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2);
        expect(verhoeffIsValid(swapped)).toBe(false);
      }
    }
  });
});

describe("aadhaarIsValid", () => {
  it("needs 12 digits, a first digit 2–9 and a valid Verhoeff check digit", () => {
    expect(aadhaarIsValid("234567890124")).toBe(true);
    expect(aadhaarIsValid("498765432102")).toBe(true);
    expect(aadhaarIsValid("234567890125")).toBe(false);
    expect(aadhaarIsValid("12345678901" + String(verhoeffCheckDigit("12345678901")))).toBe(false); // starts with 1
    expect(aadhaarIsValid("23456789012")).toBe(false);
  });
});

describe("ssnIsValid", () => {
  it("accepts an ordinary SSN and rejects area 000/666/9xx, group 00 and serial 0000", () => {
    expect(ssnIsValid("123456789")).toBe(true);
    expect(ssnIsValid("000456789")).toBe(false);
    expect(ssnIsValid("666456789")).toBe(false);
    expect(ssnIsValid("912456789")).toBe(false);
    expect(ssnIsValid("123006789")).toBe(false);
    expect(ssnIsValid("123450000")).toBe(false);
  });
});

describe("cnicIsPlausible and luhnIsValid", () => {
  it("accepts 13-digit CNICs starting with a province code 1–7", () => {
    expect(cnicIsPlausible("3520212345671")).toBe(true);
    expect(cnicIsPlausible("9520212345671")).toBe(false);
    expect(cnicIsPlausible("352021234567")).toBe(false);
  });
  it("validates Luhn numbers", () => {
    expect(luhnIsValid("79927398713")).toBe(true);
    expect(luhnIsValid("79927398710")).toBe(false);
  });
});
