import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { Database, Visibility } from "../db/schema.ts";
import type { ClearedPost } from "../privacy/cleared.ts";
import { DETECTOR_VERSION } from "../privacy/detector/index.ts";
import type { Gate, PostCandidate } from "../privacy/gate.ts";

/**
 * Queries for what others may see. They select the *cleared* version of each post and
 * hand every row to the gate; only what the gate admits comes back.
 */
function candidates(db: Kysely<Database>) {
  return db
    .selectFrom("posts")
    .innerJoin("users", "users.id", "posts.author_id")
    .innerJoin("post_versions", "post_versions.id", "posts.cleared_version_id")
    .leftJoin("privacy_verdicts", "privacy_verdicts.post_version_id", "post_versions.id")
    .select([
      "posts.id as p_id", "posts.visibility as p_visibility", "posts.state as p_state", "posts.published_at as p_published_at",
      "posts.updated_at as p_updated_at", "posts.deleted_at as p_deleted_at", "posts.feedback_requested as p_feedback_requested",
      "users.id as u_id", "users.handle as u_handle", "users.display_name as u_display_name", "users.disabled_at as u_disabled_at",
      "post_versions.id as v_id", "post_versions.post_id as v_post_id", "post_versions.number as v_number", "post_versions.title as v_title",
      "post_versions.summary as v_summary", "post_versions.body as v_body", "post_versions.tags as v_tags",
      "post_versions.language as v_language", "post_versions.reflection_model as v_reflection_model",
      "post_versions.content_hash as v_content_hash", "post_versions.created_at as v_created_at",
      "privacy_verdicts.id as d_id", "privacy_verdicts.content_hash as d_content_hash",
      "privacy_verdicts.detector_version as d_detector_version", "privacy_verdicts.outcome as d_outcome", "privacy_verdicts.seal as d_seal",
      "privacy_verdicts.basis as d_basis",
    ])
    .where("posts.deleted_at", "is", null)
    .where("posts.published_at", "is not", null)
    .where("users.disabled_at", "is", null);
}

type CandidateQuery = ReturnType<typeof candidates>;
type CandidateRow = CandidateQuery extends SelectQueryBuilder<Database, infer _T, infer O> ? O : never;

function toCandidate(row: CandidateRow): PostCandidate {
  return {
    post: {
      id: row.p_id, visibility: row.p_visibility, state: row.p_state, published_at: row.p_published_at,
      updated_at: row.p_updated_at, deleted_at: row.p_deleted_at, feedback_requested: row.p_feedback_requested,
    },
    author: { id: row.u_id, handle: row.u_handle, display_name: row.u_display_name, disabled_at: row.u_disabled_at },
    version: {
      id: row.v_id, post_id: row.v_post_id, number: row.v_number, title: row.v_title, summary: row.v_summary, body: row.v_body,
      tags: row.v_tags, language: row.v_language, reflection_model: row.v_reflection_model, content_hash: row.v_content_hash,
      created_at: row.v_created_at,
    },
    verdict:
      row.d_id === null
        ? null
        : { id: row.d_id, content_hash: row.d_content_hash!, detector_version: row.d_detector_version!, outcome: row.d_outcome!, seal: row.d_seal!, basis: row.d_basis! },
  };
}

async function admitted(db: Kysely<Database>, gate: Gate, query: CandidateQuery): Promise<ClearedPost[]> {
  const rows = await query.execute();
  // One version may carry several verdicts (one per detector version that checked it).
  // The current detector's verdict, when there is one, is the only one that counts.
  const byPost = new Map<string, CandidateRow[]>();
  for (const row of rows) byPost.set(row.p_id, [...(byPost.get(row.p_id) ?? []), row]);
  const result: ClearedPost[] = [];
  for (const group of byPost.values()) {
    // A reviewer's approval of the exact version counts whatever detector version came since.
    const reviewed = group.filter((row) => row.d_basis === "review" && row.d_outcome === "cleared");
    const current = reviewed.length > 0 ? reviewed : group.filter((row) => row.d_detector_version === DETECTOR_VERSION);
    for (const row of current.length > 0 ? current : group) {
      const cleared = await gate.admit(db, toCandidate(row));
      if (cleared !== undefined) {
        result.push(cleared);
        break;
      }
    }
  }
  return result;
}

export interface Page {
  limit: number;
  /** Show posts published before this instant (reverse-chronological paging). */
  before?: Date;
}

const listed: Visibility[] = ["public"];

export async function recentPublicPosts(db: Kysely<Database>, gate: Gate, page: Page): Promise<ClearedPost[]> {
  let query = candidates(db).where("posts.visibility", "in", listed);
  if (page.before) query = query.where("posts.published_at", "<", page.before);
  return await admitted(db, gate, query.orderBy("posts.published_at", "desc").limit(page.limit * 2)).then((p) => p.slice(0, page.limit));
}

export async function authorPublicPosts(db: Kysely<Database>, gate: Gate, authorId: string, page: Page): Promise<ClearedPost[]> {
  let query = candidates(db).where("posts.visibility", "in", listed).where("posts.author_id", "=", authorId);
  if (page.before) query = query.where("posts.published_at", "<", page.before);
  return await admitted(db, gate, query.orderBy("posts.published_at", "desc").limit(page.limit * 2)).then((p) => p.slice(0, page.limit));
}

export async function taggedPublicPosts(db: Kysely<Database>, gate: Gate, tag: string, page: Page): Promise<ClearedPost[]> {
  const lower = tag.toLowerCase();
  let query = candidates(db)
    .where("posts.visibility", "in", listed)
    .where(sql<boolean>`exists (select 1 from unnest(post_versions.tags) as t(tag) where lower(t.tag) = ${lower})`);
  if (page.before) query = query.where("posts.published_at", "<", page.before);
  return await admitted(db, gate, query.orderBy("posts.published_at", "desc").limit(page.limit * 2)).then((p) => p.slice(0, page.limit));
}

/**
 * One post as others may see it. `viewer` decides followers-only posts: for now only the
 * author (followers arrive with federation); private posts never come out of here.
 */
export async function visiblePost(
  db: Kysely<Database>,
  gate: Gate,
  postId: string,
  viewer: { id: string } | undefined,
): Promise<ClearedPost | undefined> {
  const posts = await admitted(db, gate, candidates(db).where("posts.id", "=", postId));
  const post = posts[0];
  if (post === undefined) return undefined;
  if (post.visibility === "public" || post.visibility === "unlisted") return post;
  if (post.visibility === "followers" && viewer !== undefined && viewer.id === post.author.id) return post;
  return undefined;
}

export async function postIsGone(db: Kysely<Database>, postId: string): Promise<boolean> {
  const row = await db.selectFrom("posts").select("deleted_at").where("id", "=", postId).executeTakeFirst();
  return row !== undefined && row.deleted_at !== null;
}

/**
 * One post as federation may carry it: any visibility but private (the caller decides who may
 * fetch a followers-only one). Still only what the gate admits.
 */
export async function federatablePost(db: Kysely<Database>, gate: Gate, postId: string): Promise<ClearedPost | undefined> {
  const posts = await admitted(db, gate, candidates(db).where("posts.id", "=", postId).where("posts.visibility", "!=", "private"));
  return posts[0];
}

/** Public posts of an author for the ActivityPub outbox, newest first. */
export async function authorOutboxPosts(db: Kysely<Database>, gate: Gate, authorId: string, page: Page): Promise<ClearedPost[]> {
  return await authorPublicPosts(db, gate, authorId, page);
}
