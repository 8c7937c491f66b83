import { createHmac, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, PostVersion, StoredFinding, VerdictBasis, VerdictOutcome, Visibility } from "../db/schema.ts";
import { contentOfVersion } from "../posts/content.ts";
import { renderMarkdown } from "../posts/markdown.ts";
import { type ClearedComment, type ClearedPost, registerCleared } from "./cleared.ts";
import { contentHash, textHash } from "./content-hash.ts";
import { DETECTOR_VERSION, type Finding, scanText } from "./detector/index.ts";
import { scanPost } from "./scan-post.ts";

export interface Verdict {
  id: string;
  versionId: string;
  contentHash: string;
  detectorVersion: string;
  outcome: VerdictOutcome;
  basis: VerdictBasis;
  findings: Finding[];
}

/** A post row with the version a surface wants to show, its author and its stored verdict. */
export interface PostCandidate {
  post: { id: string; visibility: Visibility; state: string; published_at: Date | null; updated_at: Date; deleted_at: Date | null; feedback_requested: boolean };
  author: { id: string; handle: string; display_name: string; disabled_at: Date | null };
  version: PostVersion;
  verdict: { id: string; content_hash: string; detector_version: string; outcome: VerdictOutcome; seal: string; basis: VerdictBasis } | null;
}

export interface CommentCandidate {
  id: string;
  post_id: string;
  body: string;
  state: string;
  /** Set when a moderator released this exact text (SHA-256 of the body). */
  approved_hash: string | null;
  is_feedback?: boolean;
  /** The post's author and the commenter: never patients. */
  nonPatientNames?: readonly string[];
  created_at: Date;
  author: { handle: string; displayName: string; url: string };
}

export interface Gate {
  /**
   * Runs the detector on one version, stores the sealed verdict, and returns it. With
   * `reviewRequired` (the institution's review policy), a clean scan holds the version too, with
   * basis "policy", until a reviewer approves it.
   */
  evaluate(db: Kysely<Database>, version: PostVersion, nonPatientNames?: readonly string[], options?: { reviewRequired?: boolean }): Promise<Verdict>;
  /**
   * A reviewer's approval of one exact version (after consent was recorded): a sealed
   * 'review' verdict. Detector upgrades do not reopen it; any edit makes a new version that does.
   */
  approveVersion(db: Kysely<Database>, version: PostVersion, reviewId: string): Promise<Verdict>;
  /**
   * The only road out: a ClearedPost for this candidate, or undefined. It re-hashes the version's
   * text, checks the verdict's seal, outcome and detector version, and re-runs the detector
   * when the verdict came from an older one.
   */
  admit(db: Kysely<Database>, candidate: PostCandidate): Promise<ClearedPost | undefined>;
  admitAll(db: Kysely<Database>, candidates: PostCandidate[]): Promise<ClearedPost[]>;
  /**
   * Findings for a comment text (empty means it may be shown). `nonPatientNames`: the post's
   * author and the commenter, who are never patients.
   */
  scanComment(body: string, nonPatientNames?: readonly string[]): Finding[];
  admitComment(candidate: CommentCandidate, html: string): ClearedComment | undefined;
}

export function storedFindings(findings: readonly Finding[]): StoredFinding[] {
  return findings.map((f) => ({ field: f.field, start: f.start, end: f.end, type: f.type }));
}

/**
 * Rendered bodies by content hash: every list page admits up to 20 posts per request, and a
 * cleared version's text never changes, so it is rendered once (bounded; oldest entries go first).
 */
const renderCache = new Map<string, string>();
const renderCacheSize = 1000;

function renderedBody(hash: string, body: string): string {
  let html = renderCache.get(hash);
  if (html === undefined) {
    html = renderMarkdown(body);
    if (renderCache.size >= renderCacheSize) renderCache.delete(renderCache.keys().next().value!);
    renderCache.set(hash, html);
  }
  return html;
}

/**
 * Whether a comment's text (with the names that are not patients') scans clean, by content: a
 * visible comment is shown on every view of its post, and the same text and names always scan the
 * same way within one detector version, so each is scanned once per process (bounded).
 */
const commentScanCache = new Map<string, boolean>();
const commentScanCacheSize = 5000;

function commentIsClean(body: string, nonPatientNames: readonly string[]): boolean {
  const key = textHash([body, ...nonPatientNames].join("\u0000"));
  let clean = commentScanCache.get(key);
  if (clean === undefined) {
    clean = scanText(body, "comment", { nonPatientNames }).length === 0;
    if (commentScanCache.size >= commentScanCacheSize) commentScanCache.delete(commentScanCache.keys().next().value!);
    commentScanCache.set(key, clean);
  }
  return clean;
}

export function createGate(secret: string): Gate {
  const sealOf = (versionId: string, hash: string, detector: string, outcome: VerdictOutcome, basis: VerdictBasis) =>
    createHmac("sha256", `${secret}\u0000privacy-verdict`)
      .update([versionId, hash, detector, outcome, basis].join("\u0000"))
      .digest("base64url");

  const sealIsValid = (expected: string, actual: string) => {
    const a = Buffer.from(expected);
    const b = Buffer.from(actual);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /** Checks one version and stores the sealed verdict: the detector's, or a reviewer's approval. */
  async function storeVerdict(
    db: Kysely<Database>,
    version: PostVersion,
    decide: (findings: Finding[]) => { outcome: VerdictOutcome; basis: VerdictBasis; reviewId?: string },
    nonPatientNames: readonly string[] = [],
  ): Promise<Verdict> {
    const content = contentOfVersion(version);
    const hash = contentHash(content);
    const findings = scanPost(content, nonPatientNames);
    const { outcome, basis, reviewId } = decide(findings);
    const id = newId();
    await db
      .insertInto("privacy_verdicts")
      .values({
        id,
        post_version_id: version.id,
        content_hash: hash,
        detector_version: DETECTOR_VERSION,
        outcome,
        basis,
        review_id: reviewId ?? null,
        findings: JSON.stringify(storedFindings(findings)),
        seal: sealOf(version.id, hash, DETECTOR_VERSION, outcome, basis),
      })
      .execute();
    return { id, versionId: version.id, contentHash: hash, detectorVersion: DETECTOR_VERSION, outcome, basis, findings };
  }

  const evaluate = (db: Kysely<Database>, version: PostVersion, nonPatientNames: readonly string[] = [], options: { reviewRequired?: boolean } = {}) =>
    storeVerdict(
      db,
      version,
      (findings) => {
        if (findings.length > 0) return { outcome: "held", basis: "detector" };
        return options.reviewRequired === true ? { outcome: "held", basis: "policy" } : { outcome: "cleared", basis: "detector" };
      },
      nonPatientNames,
    );

  const approveVersion = (db: Kysely<Database>, version: PostVersion, reviewId: string) =>
    storeVerdict(db, version, () => ({ outcome: "cleared", basis: "review", reviewId }));

  async function admit(db: Kysely<Database>, candidate: PostCandidate): Promise<ClearedPost | undefined> {
    const { post, author, version } = candidate;
    if (post.deleted_at !== null || post.published_at === null || author.disabled_at !== null) return undefined;
    if (post.visibility === "private") return undefined;
    if (version.post_id !== post.id) return undefined;
    const content = contentOfVersion(version);
    const hash = contentHash(content);
    let verdict = candidate.verdict;
    if (verdict === null || verdict.content_hash !== hash) return undefined;
    if (!sealIsValid(sealOf(version.id, verdict.content_hash, verdict.detector_version, verdict.outcome, verdict.basis), verdict.seal)) {
      return undefined;
    }
    if (verdict.basis === "detector" && verdict.detector_version !== DETECTOR_VERSION) {
      // A newer detector may see what an older one missed: check again before showing.
      // (A reviewer's approval of this exact text stands: a person read it.)
      const fresh = await evaluate(db, version, [author.handle, author.display_name]);
      verdict = { ...verdict, id: fresh.id, detector_version: fresh.detectorVersion, outcome: fresh.outcome };
    }
    if (verdict.outcome !== "cleared") return undefined;
    const cleared = {
      postId: post.id,
      versionId: version.id,
      versionNumber: version.number,
      contentHash: hash,
      detectorVersion: verdict.detector_version,
      content: Object.freeze({ ...content, tags: Object.freeze([...content.tags]) }),
      html: renderedBody(hash, content.body),
      visibility: post.visibility,
      feedbackRequested: post.feedback_requested,
      author: Object.freeze({ id: author.id, handle: author.handle, displayName: author.display_name }),
      publishedAt: post.published_at,
      updatedAt: version.created_at,
    };
    return registerCleared(cleared as unknown as ClearedPost);
  }

  async function admitAll(db: Kysely<Database>, candidates: PostCandidate[]): Promise<ClearedPost[]> {
    const admitted: ClearedPost[] = [];
    for (const candidate of candidates) {
      const cleared = await admit(db, candidate);
      if (cleared !== undefined) admitted.push(cleared);
    }
    return admitted;
  }

  function scanComment(body: string, nonPatientNames: readonly string[] = []): Finding[] {
    return scanText(body, "comment", { nonPatientNames });
  }

  function admitComment(candidate: CommentCandidate, html: string): ClearedComment | undefined {
    if (candidate.state !== "visible") return undefined;
    const released = candidate.approved_hash !== null && candidate.approved_hash === textHash(candidate.body);
    if (!released && !commentIsClean(candidate.body, candidate.nonPatientNames ?? [])) return undefined;
    const cleared = {
      id: candidate.id,
      postId: candidate.post_id,
      html,
      author: Object.freeze({ ...candidate.author }),
      isFeedback: candidate.is_feedback ?? false,
      createdAt: candidate.created_at,
    };
    return registerCleared(cleared as unknown as ClearedComment);
  }

  return { evaluate, approveVersion, admit, admitAll, scanComment, admitComment };
}
