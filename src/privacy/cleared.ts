import type { Visibility } from "../db/schema.ts";
import type { PostContent } from "../posts/content.ts";

declare const clearedBrand: unique symbol;

/**
 * A post version the gate has cleared: the only form of a post that any surface other than
 * the author's own may show (pages, feeds, API views for others, federation).
 *
 * The brand's symbol is not exported, so no other module can write a `ClearedPost` literal;
 * `gate.ts` is the only constructor, and lint forbids `as ClearedPost` casts elsewhere.
 * At run time, `assertCleared` checks that a value really came from the gate.
 */
export interface ClearedPost {
  readonly [clearedBrand]: true;
  readonly postId: string;
  readonly versionId: string;
  readonly versionNumber: number;
  /** The hash of exactly the content the gate checked. */
  readonly contentHash: string;
  readonly detectorVersion: string;
  readonly content: PostContent;
  /** Sanitised HTML of the cleared body. */
  readonly html: string;
  readonly visibility: Visibility;
  /** The author asks mentors for feedback (a post setting, not content: it carries no text). */
  readonly feedbackRequested: boolean;
  readonly author: { readonly id: string; readonly handle: string; readonly displayName: string };
  readonly publishedAt: Date;
  readonly updatedAt: Date;
}

declare const clearedCommentBrand: unique symbol;

/** A comment the gate has checked and found free of identifiers. */
export interface ClearedComment {
  readonly [clearedCommentBrand]: true;
  readonly id: string;
  readonly postId: string;
  readonly html: string;
  readonly author: { readonly handle: string; readonly displayName: string; readonly url: string };
  readonly isFeedback: boolean;
  readonly createdAt: Date;
}

const issued = new WeakSet<object>();

/** Used by gate.ts only (lint enforces this). */
export function registerCleared<T extends object>(value: T): T {
  issued.add(Object.freeze(value));
  return value;
}

/** Throws unless the value was produced by the gate in this process. */
export function assertCleared(value: ClearedPost | ClearedComment): void {
  if (!issued.has(value)) throw new Error("Refusing to publish a post or comment that did not come from the privacy gate.");
}
