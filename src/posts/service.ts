import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { ConsentRecord, Database, Post, PostVersion, User, Visibility } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { readSettings, reviewRequired } from "../instance/settings.ts";
import { contentHash } from "../privacy/content-hash.ts";
import { scanText } from "../privacy/detector/index.ts";
import type { Gate, Verdict } from "../privacy/gate.ts";
import { openReview } from "../privacy/review.ts";
import { noPostEvents, type PostEvents } from "../federation/publisher.ts";
import { notify } from "../notifications/notify.ts";
import { contentOfVersion, type PostContent } from "./content.ts";
import { type ConsentInput, PostInputError, type PostInput, checkTitle, limits, normaliseTags, visibilities } from "./input.ts";
import { findReflectionModel } from "./reflection-models.ts";

/** The author's own name and handle are never a patient's. */
export function authorNames(author: Pick<User, "handle" | "display_name">): string[] {
  return [author.handle, author.display_name];
}

export interface OwnPost {
  post: Post;
  version: PostVersion;
  consent: ConsentRecord | undefined;
}

function contentFromInput(input: PostInput, previous?: PostContent): PostContent {
  const reflection = input.reflection ?? previous?.reflectionModel ?? "free";
  if (findReflectionModel(reflection) === undefined) throw new PostInputError(`Unknown reflection model "${reflection}".`);
  const summary = (input.summary ?? previous?.summary ?? "").trim();
  if (summary.length > limits.summary) throw new PostInputError(`A summary may have at most ${limits.summary} characters.`);
  if (input.body.length > limits.body) throw new PostInputError(`A post may have at most ${limits.body} characters.`);
  return {
    title: checkTitle(input.title),
    summary,
    body: input.body.replace(/\r\n?/g, "\n"),
    tags: normaliseTags(input.tags ?? previous?.tags ?? []),
    language: (input.language ?? previous?.language ?? "en").toLowerCase(),
    reflectionModel: reflection,
  };
}

function checkVisibility(visibility: string): Visibility {
  if (!(visibilities as readonly string[]).includes(visibility)) {
    throw new PostInputError(`Visibility must be one of ${visibilities.join(", ")}.`);
  }
  return visibility as Visibility;
}

async function insertVersion(db: Kysely<Database>, postId: string, number: number, content: PostContent): Promise<PostVersion> {
  return await db
    .insertInto("post_versions")
    .values({
      id: newId(),
      post_id: postId,
      number,
      title: content.title,
      summary: content.summary,
      body: content.body,
      tags: [...content.tags],
      language: content.language,
      reflection_model: content.reflectionModel,
      content_hash: contentHash(content),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function recordConsent(db: Kysely<Database>, author: User, postId: string, versionId: string, consent: ConsentInput) {
  const reference = consent.reference?.trim() || null;
  if (consent.basis === "patient-consent" && reference === null) {
    throw new PostInputError("Patient consent needs a reference: where the signed consent form is filed (not the patient's name).");
  }
  if (reference !== null && scanText(reference, "consent.reference").length > 0) {
    throw new PostInputError(
      "The consent reference seems to hold a patient identifier (a number, a date or a name). Give the filing reference only, such as 'Consent form CF-12, filed with the clinical skills office'.",
    );
  }
  await db
    .insertInto("consent_records")
    .values({ id: newId(), post_id: postId, post_version_id: versionId, basis: consent.basis, reference, recorded_by: author.id })
    .execute();
  await audit(db, {
    actorId: author.id,
    action: "consent.recorded",
    subjectType: "post",
    subjectId: postId,
    details: { versionId, basis: consent.basis, hasReference: reference !== null },
  });
}

export async function latestConsent(db: Kysely<Database>, postId: string): Promise<ConsentRecord | undefined> {
  return await db
    .selectFrom("consent_records")
    .selectAll()
    .where("post_id", "=", postId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function findOwnPost(db: Kysely<Database>, author: User, postId: string): Promise<OwnPost | undefined> {
  const post = await db
    .selectFrom("posts")
    .selectAll()
    .where("id", "=", postId)
    .where("author_id", "=", author.id)
    .where("state", "!=", "deleted")
    .executeTakeFirst();
  if (post === undefined || post.current_version_id === null) return undefined;
  const version = await db.selectFrom("post_versions").selectAll().where("id", "=", post.current_version_id).executeTakeFirstOrThrow();
  return { post, version, consent: await latestConsent(db, post.id) };
}

export async function listOwnPosts(db: Kysely<Database>, author: User) {
  return await db
    .selectFrom("posts")
    .innerJoin("post_versions", "post_versions.id", "posts.current_version_id")
    .select([
      "posts.id", "posts.state", "posts.visibility", "posts.created_at", "posts.updated_at", "posts.published_at",
      "posts.cleared_version_id", "posts.current_version_id", "post_versions.title", "post_versions.number as version_number",
    ])
    .where("posts.author_id", "=", author.id)
    .where("posts.state", "!=", "deleted")
    .orderBy("posts.updated_at", "desc")
    .execute();
}

export async function listVersions(db: Kysely<Database>, postId: string) {
  return await db
    .selectFrom("post_versions")
    .leftJoin("privacy_verdicts", "privacy_verdicts.post_version_id", "post_versions.id")
    .select(["post_versions.id", "post_versions.number", "post_versions.title", "post_versions.created_at", "privacy_verdicts.outcome"])
    .where("post_versions.post_id", "=", postId)
    .orderBy("post_versions.number", "desc")
    .execute();
}

export interface PostsService {
  create(author: User, input: PostInput & { publish?: boolean }): Promise<OwnPost & { verdict?: Verdict }>;
  update(author: User, postId: string, changes: Partial<PostInput>): Promise<OwnPost & { verdict?: Verdict }>;
  publish(author: User, postId: string, consent?: ConsentInput): Promise<OwnPost & { verdict: Verdict }>;
  remove(author: User, postId: string): Promise<void>;
}

export function postsService(db: Kysely<Database>, gate: Gate, events: PostEvents = noPostEvents): PostsService {
  /** Runs the gate on the current version; a cleared version becomes the one the world sees. */
  async function runGate(trx: Kysely<Database>, author: User, post: Post, version: PostVersion): Promise<Verdict> {
    const { reviewPolicy } = await readSettings(trx);
    const verdict = await gate.evaluate(trx, version, authorNames(author), { reviewRequired: reviewRequired(reviewPolicy, author.role) });
    const now = new Date();
    if (verdict.outcome === "cleared") {
      await trx
        .updateTable("posts")
        .set({ state: "published", cleared_version_id: version.id, published_at: post.published_at ?? now, updated_at: now })
        .where("id", "=", post.id)
        .execute();
      // Same transaction: the activity is queued with the post, or neither happens.
      await events.cleared(trx, post.id);
    } else if (verdict.basis === "policy") {
      // Nothing found, but this institution has a person read such posts first: straight to the review
      // queue, on the consent the author recorded for publishing. The last cleared version stays visible.
      await trx.updateTable("posts").set({ state: "held", updated_at: now }).where("id", "=", post.id).execute();
      const consent = await latestConsent(trx, post.id);
      if (consent !== undefined) {
        const reviewId = await openReview(trx, author, post.id, version, consent.id, "");
        await audit(trx, {
          actorId: author.id, action: "review.requested", subjectType: "post", subjectId: post.id,
          details: { reviewId, versionId: version.id, contentHash: verdict.contentHash, policy: reviewPolicy, consent: { basis: consent.basis, hasReference: consent.reference !== null } },
        });
      }
      await notify(trx, {
        userId: author.id, kind: "post_held", subjectType: "post", subjectId: post.id,
        text: `“${version.title}” is waiting for a faculty reviewer: this institution has a reviewer read ${reviewPolicy === "everyone" ? "every post" : "every student's post"} before it is published`,
        url: `/posts/${post.id}/edit`,
      });
    } else {
      // The last cleared version (if any) stays visible; this version goes nowhere.
      await trx.updateTable("posts").set({ state: "held", updated_at: now }).where("id", "=", post.id).execute();
      await notify(trx, {
        userId: author.id, kind: "post_held", subjectType: "post", subjectId: post.id,
        text: `“${version.title}” was held by the privacy check: ${verdict.findings.length} possible identifier${verdict.findings.length === 1 ? "" : "s"} to fix`,
        url: `/posts/${post.id}/edit`,
      });
    }
    await audit(trx, {
      actorId: author.id,
      action: verdict.outcome === "cleared" ? "gate.cleared" : "gate.held",
      subjectType: "post",
      subjectId: post.id,
      details: {
        versionId: version.id,
        versionNumber: version.number,
        contentHash: verdict.contentHash,
        detectorVersion: verdict.detectorVersion,
        ...(verdict.basis === "policy" ? { policy: reviewPolicy } : {}),
        findings: verdict.findings.map((f) => ({ field: f.field, start: f.start, end: f.end, type: f.type })),
      },
    });
    return verdict;
  }

  async function reload(trx: Kysely<Database>, author: User, postId: string): Promise<OwnPost> {
    const own = await findOwnPost(trx, author, postId);
    if (own === undefined) throw new PostInputError("That post does not exist.", 404);
    return own;
  }

  async function publishIn(trx: Kysely<Database>, author: User, own: OwnPost): Promise<Verdict> {
    if (own.consent === undefined) {
      throw new PostInputError(
        "Before publishing, record a consent attestation: no patient information, fully fictionalised, or patient consent obtained (with its filing reference).",
      );
    }
    return await runGate(trx, author, own.post, own.version);
  }

  return {
    async create(author, input) {
      const content = contentFromInput(input);
      const visibility = checkVisibility(input.visibility ?? "public");
      return await db.transaction().execute(async (trx) => {
        const id = newId();
        await trx.insertInto("posts").values({ id, author_id: author.id, visibility, state: "draft", feedback_requested: input.feedbackRequested ?? false }).execute();
        const version = await insertVersion(trx, id, 1, content);
        await trx.updateTable("posts").set({ current_version_id: version.id }).where("id", "=", id).execute();
        if (input.consent !== undefined) await recordConsent(trx, author, id, version.id, input.consent);
        await audit(trx, { actorId: author.id, action: "post.created", subjectType: "post", subjectId: id, details: { versionId: version.id } });
        let own = await reload(trx, author, id);
        if (input.publish) {
          const verdict = await publishIn(trx, author, own);
          own = await reload(trx, author, id);
          return { ...own, verdict };
        }
        return own;
      });
    },

    async update(author, postId, changes) {
      return await db.transaction().execute(async (trx) => {
        const own = await reload(trx, author, postId);
        const previous = contentOfVersion(own.version);
        const content = contentFromInput({ ...previous, tags: [...previous.tags], reflection: previous.reflectionModel, ...changes }, previous);
        let version = own.version;
        if (contentHash(content) !== own.version.content_hash) {
          version = await insertVersion(trx, postId, own.version.number + 1, content);
          await audit(trx, { actorId: author.id, action: "post.edited", subjectType: "post", subjectId: postId, details: { versionId: version.id } });
        }
        const visibility = changes.visibility !== undefined ? checkVisibility(changes.visibility) : own.post.visibility;
        const feedbackChanged = changes.feedbackRequested !== undefined && changes.feedbackRequested !== own.post.feedback_requested;
        if (feedbackChanged) await trx.updateTable("posts").set({ feedback_requested: changes.feedbackRequested! }).where("id", "=", postId).execute();
        if (visibility === "private" && own.post.visibility !== "private" && own.post.federated_at !== null) {
          // Made private after it went out: take it back from everyone who got it.
          await events.withdrawn(trx, { id: postId, authorHandle: author.handle, federated: true });
          await trx.updateTable("posts").set({ federated_at: null }).where("id", "=", postId).execute();
        }
        await trx
          .updateTable("posts")
          .set({ current_version_id: version.id, visibility, updated_at: new Date() })
          .where("id", "=", postId)
          .execute();
        if (changes.consent !== undefined) await recordConsent(trx, author, postId, version.id, changes.consent);
        const updated = await reload(trx, author, postId);
        // Any edit of a post that was ever published goes through the gate again.
        if (updated.post.state === "published" || updated.post.state === "held") {
          if (version.id !== own.version.id || changes.consent !== undefined) {
            const verdict = await publishIn(trx, author, updated);
            return { ...(await reload(trx, author, postId)), verdict };
          }
          if ((visibility !== own.post.visibility || feedbackChanged) && updated.post.cleared_version_id !== null) {
            // Same text, new audience: tell the fediverse (a Create if it never went out).
            await events.cleared(trx, postId);
          }
        }
        return updated;
      });
    },

    async publish(author, postId, consent) {
      return await db.transaction().execute(async (trx) => {
        let own = await reload(trx, author, postId);
        if (consent !== undefined) {
          await recordConsent(trx, author, postId, own.version.id, consent);
          own = await reload(trx, author, postId);
        }
        const verdict = await publishIn(trx, author, own);
        return { ...(await reload(trx, author, postId)), verdict };
      });
    },

    async remove(author, postId) {
      await db.transaction().execute(async (trx) => {
        const own = await reload(trx, author, postId);
        await events.withdrawn(trx, { id: postId, authorHandle: author.handle, federated: own.post.federated_at !== null });
        const now = new Date();
        // Deleting removes the words: versions (and their verdicts) and comments go; a tombstone row stays.
        await trx
          .updateTable("posts")
          .set({ state: "deleted", deleted_at: now, updated_at: now, current_version_id: null, cleared_version_id: null })
          .where("id", "=", postId)
          .execute();
        await trx.deleteFrom("comments").where("post_id", "=", postId).execute();
        await trx.deleteFrom("post_versions").where("post_id", "=", postId).execute();
        await audit(trx, { actorId: author.id, action: "post.deleted", subjectType: "post", subjectId: postId });
      });
    },
  };
}
