/**
 * Identifier detector: finds patient identifiers in text before anything is published.
 * Pure, synchronous, deterministic; no I/O.
 */
export type { FindingType, ScannedField, Finding, ScanOptions } from "./types.ts";
export { DETECTOR_FAULT_REASON, DETECTOR_VERSION, scanText, scanFields } from "./detect.ts";
export { DEFAULT_URL_ALLOW_LIST, allowUrlDomain, allowedUrlDomains, isAllowedUrl } from "./patterns/url.ts";
export {
  nhsNumberIsValid,
  verhoeffIsValid,
  verhoeffCheckDigit,
  aadhaarIsValid,
  luhnIsValid,
  ssnIsValid,
  cnicIsPlausible,
} from "./checksums.ts";
export { normalise } from "./normalise.ts";
export { runTogetherFindings, spreadTag } from "./hashtags.ts";
