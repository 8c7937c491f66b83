import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { contentOfVersion } from "../posts/content.ts";
import type { OwnPost } from "../posts/service.ts";
import { postPath } from "../posts/urls.ts";
import { assertCleared, type ClearedPost } from "../privacy/cleared.ts";
import { DETECTOR_VERSION } from "../privacy/detector/index.ts";
import { scanPost } from "../privacy/scan-post.ts";

export const findingSchema = {
  type: "object",
  properties: {
    field: { type: "string" }, start: { type: "integer" }, end: { type: "integer" }, type: { type: "string" },
    text: { type: "string" }, reason: { type: "string" }, suggestion: { type: "string" },
  },
} as const;

export const privacySchema = {
  type: "object",
  properties: {
    outcome: { type: "string", enum: ["cleared", "held", "unchecked"] },
    basis: { type: "string", enum: ["detector", "review", "policy"], description: "Why: the detector's scan, a reviewer's approval, or the institution's review policy (held for a reviewer although the scan found nothing)." },
    detectorVersion: { type: "string" },
    contentHash: { type: "string" },
    findings: { type: "array", items: findingSchema },
    message: { type: "string" },
  },
} as const;

export const ownPostSchema = {
  type: "object",
  required: ["id", "url", "state", "body", "privacy"],
  properties: {
    id: { type: "string" }, url: { type: "string" }, state: { type: "string", enum: ["draft", "held", "published"] },
    visibility: { type: "string" }, title: { type: "string" }, summary: { type: "string" }, body: { type: "string" },
    tags: { type: "array", items: { type: "string" } }, language: { type: "string" }, reflection: { type: "string" },
    version: { type: "integer" }, publicVersion: { type: ["integer", "null"] }, feedbackRequested: { type: "boolean" },
    consent: { type: ["object", "null"], properties: { basis: { type: "string" }, reference: { type: ["string", "null"] }, recordedAt: { type: "string" } } },
    privacy: privacySchema,
    createdAt: { type: "string" }, updatedAt: { type: "string" }, publishedAt: { type: ["string", "null"] },
  },
} as const;

export const publicPostSchema = {
  type: "object",
  required: ["id", "url", "html", "author"],
  properties: {
    id: { type: "string" }, url: { type: "string" }, title: { type: "string" }, summary: { type: "string" },
    html: { type: "string" }, tags: { type: "array", items: { type: "string" } }, language: { type: "string" },
    visibility: { type: "string" }, reflection: { type: "string" },
    author: { type: "object", properties: { handle: { type: "string" }, displayName: { type: "string" }, url: { type: "string" } } },
    publishedAt: { type: "string" }, updatedAt: { type: "string" },
  },
} as const;

const policyMessage = "The privacy check found nothing, but this institution has a faculty reviewer read posts like this before they are published: it is in the review queue, and nothing of this version is shown to anyone but you until a reviewer approves it.";
const heldMessage = "The privacy check found what may be patient identifiers. Nothing of this version is shown to anyone but you; fix each finding (see 'suggestion') and save again.";

/** The author's own view of their post: current version, state, and what the gate found. */
export async function ownPostView(db: Kysely<Database>, origin: string, handle: string, own: OwnPost, displayName?: string) {
  const content = contentOfVersion(own.version);
  const verdict = await db
    .selectFrom("privacy_verdicts")
    .select(["outcome", "basis", "detector_version", "content_hash"])
    .where("post_version_id", "=", own.version.id)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const findings = verdict === undefined ? [] : scanPost(content, [handle, ...(displayName ? [displayName] : [])]);
  const publicVersion = own.post.cleared_version_id
    ? (await db.selectFrom("post_versions").select("number").where("id", "=", own.post.cleared_version_id).executeTakeFirst())?.number ?? null
    : null;
  return {
    id: own.post.id,
    url: `${origin}${postPath(handle, own.post.id)}`,
    state: own.post.state,
    visibility: own.post.visibility,
    title: content.title,
    summary: content.summary,
    body: content.body,
    tags: [...content.tags],
    language: content.language,
    reflection: content.reflectionModel,
    version: own.version.number,
    publicVersion,
    feedbackRequested: own.post.feedback_requested,
    consent: own.consent ? { basis: own.consent.basis, reference: own.consent.reference, recordedAt: own.consent.created_at.toISOString() } : null,
    privacy: {
      outcome: verdict?.outcome ?? "unchecked",
      ...(verdict !== undefined ? { basis: verdict.basis } : {}),
      detectorVersion: verdict?.detector_version ?? DETECTOR_VERSION,
      contentHash: own.version.content_hash,
      findings,
      ...(verdict?.outcome === "held" ? { message: verdict.basis === "policy" ? policyMessage : heldMessage } : {}),
    },
    createdAt: own.post.created_at.toISOString(),
    updatedAt: own.post.updated_at.toISOString(),
    publishedAt: own.post.published_at?.toISOString() ?? null,
  };
}

/** What anyone else gets: the cleared version, and nothing of drafts, held edits or consent. */
export function publicPostView(origin: string, post: ClearedPost) {
  assertCleared(post);
  return {
    id: post.postId,
    url: `${origin}${postPath(post.author.handle, post.postId)}`,
    title: post.content.title,
    summary: post.content.summary,
    html: post.html,
    tags: [...post.content.tags],
    language: post.content.language,
    visibility: post.visibility,
    reflection: post.content.reflectionModel,
    author: { handle: post.author.handle, displayName: post.author.displayName, url: `${origin}/users/${post.author.handle}` },
    publishedAt: post.publishedAt.toISOString(),
    updatedAt: post.updatedAt.toISOString(),
  };
}
