import type { ConsentBasis, Visibility } from "../db/schema.ts";
import { reflectionModelIds } from "./reflection-models.ts";

export const visibilities: readonly Visibility[] = ["public", "unlisted", "followers", "private"];
export const consentBases: readonly ConsentBasis[] = ["no-patient-information", "fictionalised", "patient-consent"];

export const limits = { title: 200, summary: 500, body: 100_000, tags: 10, tag: 40, reference: 200 } as const;

export interface ConsentInput {
  basis: ConsentBasis;
  reference?: string;
}

/** A post as its author writes it; everything optional is filled in by `normalisePostInput`. */
export interface PostInput {
  title: string;
  body: string;
  summary?: string;
  tags?: string[];
  language?: string;
  visibility?: Visibility;
  reflection?: string;
  consent?: ConsentInput;
  /** Ask mentors for feedback: shown first in their readers. */
  feedbackRequested?: boolean;
}

/** JSON schemas shared by the API routes (and so by the OpenAPI document). */
export const consentSchema = {
  type: "object",
  additionalProperties: false,
  required: ["basis"],
  properties: {
    basis: { type: "string", enum: consentBases, description: "What the author attests about patient information in the post." },
    reference: { type: "string", maxLength: limits.reference, description: "Required for patient-consent: where the signed consent is filed. Never the patient's identity." },
  },
} as const;

export const postFieldsSchema = {
  title: { type: "string", minLength: 1, maxLength: limits.title },
  body: { type: "string", maxLength: limits.body },
  summary: { type: "string", maxLength: limits.summary, description: "Plain text shown in previews, feeds and on Mastodon." },
  tags: { type: "array", maxItems: limits.tags, items: { type: "string", minLength: 1, maxLength: limits.tag } },
  language: { type: "string", pattern: "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$" },
  visibility: { type: "string", enum: visibilities },
  reflection: { type: "string", enum: reflectionModelIds, description: "Reflection model whose sections structure the body." },
  consent: consentSchema,
  // A JSON boolean only (an enum is not coerced the way `type: "boolean"` is: "true" or 1 is a 400).
  feedbackRequested: { enum: [true, false], description: "Ask mentors for feedback (their readers show it first)" },
} as const;

export class PostInputError extends Error {
  override name = "PostInputError";
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

/** Tags are kept as the author wrote them, without '#', compared case-insensitively. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, "").normalize("NFKC");
    if (tag === "") continue;
    if (!/^[\p{L}\p{N}_-]+$/u.test(tag)) {
      throw new PostInputError(`A tag may hold letters, digits, '-' and '_' only: "${raw}".`);
    }
    if (tag.length > limits.tag) throw new PostInputError(`A tag may have at most ${limits.tag} characters.`);
    const key = tag.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(tag);
    }
  }
  if (result.length > limits.tags) throw new PostInputError(`A post may have at most ${limits.tags} tags.`);
  return result;
}

/** "a, b #c" → ["a", "b", "c"] (the editor's tag field). */
export function parseTagList(text: string): string[] {
  return text.split(/[\s,]+/).filter((t) => t !== "");
}

export function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === "") throw new PostInputError("A post needs a title.");
  if (trimmed.length > limits.title) throw new PostInputError(`A title may have at most ${limits.title} characters.`);
  return trimmed;
}
