import { findReflectionModel } from "../posts/reflection-models.ts";

const states: Record<string, string> = {
  draft: "Draft",
  held: "Held by the privacy check",
  published: "Published",
};

const consentBases: Record<string, string> = {
  "no-patient-information": "No patient information",
  fictionalised: "Details fictionalised",
  "patient-consent": "Patient consent",
};

export const stateLabel = (state: string): string => states[state] ?? state;
export const consentLabel = (basis: string | undefined): string => (basis === undefined ? "None recorded" : (consentBases[basis] ?? basis));
export const reflectionLabel = (id: string): string => findReflectionModel(id)?.name ?? id;
