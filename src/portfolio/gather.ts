import type { Kysely } from "kysely";
import type { CommentState, ConsentBasis, Database, PostState, ReviewDecision, User, VerdictBasis, VerdictOutcome, Visibility } from "../db/schema.ts";
import { textOfHtml } from "../federation/replies.ts";
import { postPath } from "../posts/urls.ts";

/** Bump when a field of portfolio.json changes meaning or goes away (adding fields does not). */
export const portfolioSchemaVersion = 1;

export interface PortfolioVerdict {
  outcome: VerdictOutcome;
  detectorVersion: string;
  /** "detector": the check found nothing; "review": a reviewer approved this exact version. */
  basis: VerdictBasis;
  checkedAt: string;
  /** How many passages the check flagged; never what they were. */
  findingsCount: number;
}

export interface PortfolioVersion {
  number: number;
  title: string;
  summary: string;
  /** Markdown, as written. */
  body: string;
  tags: string[];
  language: string;
  reflectionModel: string;
  createdAt: string;
  contentHash: string;
  privacyChecks: PortfolioVerdict[];
}

export interface PortfolioConsent {
  basis: ConsentBasis;
  /** Where a consent form is filed; never a patient's identity. */
  reference: string | null;
  version: number | null;
  recordedAt: string;
}

export interface PortfolioReview {
  version: number | null;
  requestedAt: string;
  authorNote: string;
  decision: ReviewDecision | null;
  decidedAt: string | null;
  reviewer: { handle: string; name: string } | null;
  reviewerComment: string | null;
}

export interface PortfolioComment {
  id: string;
  origin: "local" | "remote";
  author: { name: string; handle: string; url: string | null };
  state: CommentState;
  createdAt: string;
  updatedAt: string | null;
  inReplyTo: string | null;
  /** Plain text (a remote reply's HTML converted); null for a comment a moderator removed. */
  text: string | null;
}

export interface PortfolioPost {
  id: string;
  url: string;
  state: Exclude<PostState, "deleted">;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  currentVersion: number;
  /** The last version the privacy check cleared: the only one anyone else may see. */
  clearedVersion: number | null;
  versions: PortfolioVersion[];
  consentRecords: PortfolioConsent[];
  reviews: PortfolioReview[];
  comments: PortfolioComment[];
  interactions: { likes: number; boosts: number };
}

export interface Portfolio {
  schemaVersion: number;
  generatedAt: string;
  instance: { origin: string };
  author: { handle: string; displayName: string; role: string; url: string };
  posts: PortfolioPost[];
}

const iso = (date: Date): string => new Date(date).toISOString();
const isoOrNull = (date: Date | null): string | null => (date === null ? null : iso(date));

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * Everything of one author's own, non-deleted posts: every version with its privacy verdicts
 * (outcome and detector, never the flagged text), consent records, reviews, comments and counts.
 * Every query below is keyed by the ids of posts this author wrote, and by nothing else.
 */
export async function gatherPortfolio(db: Kysely<Database>, user: User, origin: string, now = new Date()): Promise<Portfolio> {
  const author = { handle: user.handle, displayName: user.display_name, role: user.role, url: `${origin}/users/${user.handle}` };
  const posts = await db
    .selectFrom("posts")
    .selectAll()
    .where("author_id", "=", user.id)
    .where("state", "!=", "deleted")
    .where("deleted_at", "is", null)
    .where("current_version_id", "is not", null)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  if (posts.length === 0) return { schemaVersion: portfolioSchemaVersion, generatedAt: iso(now), instance: { origin }, author, posts: [] };
  const postIds = posts.map((p) => p.id);

  const versions = await db.selectFrom("post_versions").selectAll().where("post_id", "in", postIds).orderBy("number", "asc").execute();
  const versionIds = versions.map((v) => v.id);
  const versionNumber = new Map(versions.map((v) => [v.id, v.number]));
  const numberOf = (id: string | null): number | null => (id === null ? null : (versionNumber.get(id) ?? null));

  const [verdicts, consents, reviews, comments, interactions] = await Promise.all([
    versionIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("privacy_verdicts")
          .select(["post_version_id", "outcome", "detector_version", "basis", "findings", "created_at"])
          .where("post_version_id", "in", versionIds)
          .orderBy("created_at", "asc")
          .execute(),
    db.selectFrom("consent_records").selectAll().where("post_id", "in", postIds).orderBy("created_at", "asc").orderBy("id", "asc").execute(),
    db
      .selectFrom("reviews")
      .leftJoin("users as reviewer", "reviewer.id", "reviews.decided_by")
      .select([
        "reviews.post_id", "reviews.post_version_id", "reviews.requested_at", "reviews.author_note", "reviews.decision", "reviews.decided_at",
        "reviews.reviewer_comment", "reviewer.handle as reviewer_handle", "reviewer.display_name as reviewer_name",
      ])
      .where("reviews.post_id", "in", postIds)
      .orderBy("reviews.requested_at", "asc")
      .execute(),
    db
      .selectFrom("comments")
      .leftJoin("users", "users.id", "comments.author_id")
      .leftJoin("remote_actors", "remote_actors.id", "comments.remote_actor_id")
      .select([
        "comments.id", "comments.post_id", "comments.body", "comments.state", "comments.created_at", "comments.updated_at",
        "comments.remote_actor_id", "comments.remote_object_id", "comments.remote_url", "comments.in_reply_to_comment_id",
        "users.handle", "users.display_name", "remote_actors.handle as remote_handle", "remote_actors.name as remote_name", "remote_actors.url as remote_actor_url",
      ])
      .where("comments.post_id", "in", postIds)
      .orderBy("comments.created_at", "asc")
      .orderBy("comments.id", "asc")
      .execute(),
    db
      .selectFrom("interactions")
      .select(["post_id", "kind", (eb) => eb.fn.countAll<string | number>().as("n")])
      .where("post_id", "in", postIds)
      .groupBy(["post_id", "kind"])
      .execute(),
  ]);

  const verdictsOf = groupBy(verdicts, (v) => v.post_version_id);
  const versionsOf = groupBy(versions, (v) => v.post_id);
  const consentsOf = groupBy(consents, (c) => c.post_id);
  const reviewsOf = groupBy(reviews, (r) => r.post_id);
  const commentsOf = groupBy(comments, (c) => c.post_id);
  const interactionsOf = groupBy(interactions, (i) => i.post_id);

  return {
    schemaVersion: portfolioSchemaVersion,
    generatedAt: iso(now),
    instance: { origin },
    author,
    posts: posts.map((post): PortfolioPost => {
      const counts = interactionsOf.get(post.id) ?? [];
      const count = (kind: "like" | "announce") => Number(counts.find((c) => c.kind === kind)?.n ?? 0);
      return {
        id: post.id,
        url: `${origin}${postPath(user.handle, post.id)}`,
        state: post.state as Exclude<PostState, "deleted">,
        visibility: post.visibility,
        createdAt: iso(post.created_at),
        updatedAt: iso(post.updated_at),
        publishedAt: isoOrNull(post.published_at),
        currentVersion: numberOf(post.current_version_id) ?? 0,
        clearedVersion: numberOf(post.cleared_version_id),
        versions: (versionsOf.get(post.id) ?? []).map((v) => ({
          number: v.number,
          title: v.title,
          summary: v.summary,
          body: v.body,
          tags: [...v.tags],
          language: v.language,
          reflectionModel: v.reflection_model,
          createdAt: iso(v.created_at),
          contentHash: v.content_hash,
          privacyChecks: (verdictsOf.get(v.id) ?? []).map((verdict) => ({
            outcome: verdict.outcome,
            detectorVersion: verdict.detector_version,
            basis: verdict.basis,
            checkedAt: iso(verdict.created_at),
            findingsCount: Array.isArray(verdict.findings) ? verdict.findings.length : 0,
          })),
        })),
        consentRecords: (consentsOf.get(post.id) ?? []).map((c) => ({
          basis: c.basis, reference: c.reference, version: numberOf(c.post_version_id), recordedAt: iso(c.created_at),
        })),
        reviews: (reviewsOf.get(post.id) ?? []).map((r) => ({
          version: numberOf(r.post_version_id),
          requestedAt: iso(r.requested_at),
          authorNote: r.author_note,
          decision: r.decision,
          decidedAt: isoOrNull(r.decided_at),
          reviewer: r.reviewer_handle === null ? null : { handle: r.reviewer_handle, name: r.reviewer_name ?? r.reviewer_handle },
          reviewerComment: r.reviewer_comment,
        })),
        comments: (commentsOf.get(post.id) ?? []).map((c): PortfolioComment => {
          const remote = c.remote_object_id !== null;
          const author = remote
            ? {
                name: c.remote_name ?? c.remote_handle ?? "A fediverse account",
                handle: c.remote_handle ?? c.remote_actor_id ?? "",
                url: c.remote_actor_url ?? c.remote_actor_id,
              }
            : { name: c.display_name ?? "A former member", handle: c.handle ?? "", url: c.handle === null ? null : `${origin}/users/${c.handle}` };
          return {
            id: c.id,
            origin: remote ? "remote" : "local",
            author,
            state: c.state,
            createdAt: iso(c.created_at),
            updatedAt: isoOrNull(c.updated_at),
            inReplyTo: c.in_reply_to_comment_id,
            text: c.state === "removed" ? null : remote ? textOfHtml(c.body).trim() : c.body,
          };
        }),
        interactions: { likes: count("like"), boosts: count("announce") },
      };
    }),
  };
}

/** The version a post shows its author now. */
export function currentVersionOf(post: PortfolioPost): PortfolioVersion | undefined {
  return post.versions.find((v) => v.number === post.currentVersion) ?? post.versions.at(-1);
}
