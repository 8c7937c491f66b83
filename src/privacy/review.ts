import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { ConsentBasis, Database, PostVersion, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { PostInputError } from "../posts/input.ts";
import type { Gate } from "./gate.ts";
import { noPostEvents, type PostEvents } from "../federation/publisher.ts";
import { scanText } from "./detector/index.ts";
import { scanPost } from "./scan-post.ts";
import { contentOfVersion } from "../posts/content.ts";
import { notify } from "../notifications/notify.ts";

/** Who may review held posts and moderate held comments on this instance. */
export function canReview(user: User): boolean {
  return user.role === "faculty" || user.role === "admin";
}

function checkReference(reference: string | undefined, required: boolean): string | null {
  const trimmed = reference?.trim() ?? "";
  if (trimmed === "") {
    if (required) throw new PostInputError("Record the consent reference: where the signed consent form is filed (never the patient's name).");
    return null;
  }
  if (trimmed.length > 200) throw new PostInputError("A consent reference may have at most 200 characters.");
  if (scanText(trimmed, "consent.reference").length > 0) {
    throw new PostInputError("The consent reference seems to hold a patient identifier. Give the filing reference only, such as 'CF-2026-014, clinical governance office'.");
  }
  return trimmed;
}

/** The author asks a reviewer to look at the held current version, attesting consent. */
export async function requestReview(
  db: Kysely<Database>,
  author: User,
  postId: string,
  request: { basis: ConsentBasis; reference?: string; note?: string },
): Promise<string> {
  return await db.transaction().execute(async (trx) => {
    const post = await trx.selectFrom("posts").selectAll().where("id", "=", postId).where("author_id", "=", author.id).where("state", "!=", "deleted").forUpdate().executeTakeFirst();
    if (post === undefined || post.current_version_id === null) throw new PostInputError("That post does not exist.", 404);
    if (post.state !== "held") throw new PostInputError("Only a post the privacy check held needs a review.", 409);
    const version = await trx.selectFrom("post_versions").selectAll().where("id", "=", post.current_version_id).executeTakeFirstOrThrow();
    const verdict = await trx
      .selectFrom("privacy_verdicts").select("basis").where("post_version_id", "=", version.id)
      .orderBy("created_at", "desc").orderBy("id", "desc").limit(1).executeTakeFirst();
    // Held by the institution's review policy (nothing found): "no patient information" is a fair attestation.
    if (request.basis === "no-patient-information" && verdict?.basis !== "policy") {
      throw new PostInputError("The check found what may be patient information, so a review needs either patient consent (with its reference) or an attestation that the details are fictionalised.");
    }
    const reference = checkReference(request.reference, request.basis === "patient-consent");
    const consentId = newId();
    await trx.insertInto("consent_records").values({ id: consentId, post_id: postId, post_version_id: version.id, basis: request.basis, reference, recorded_by: author.id }).execute();
    const id = await openReview(trx, author, postId, version, consentId, request.note ?? "");
    await audit(trx, {
      actorId: author.id,
      action: "review.requested",
      subjectType: "post",
      subjectId: postId,
      details: { reviewId: id, versionId: version.id, contentHash: version.content_hash, consent: { basis: request.basis, hasReference: reference !== null } },
    });
    return id;
  });
}

/**
 * Puts one held version in the review queue (replacing an older open request for the post) and tells
 * every reviewer but the author. The caller records consent first and audits the request.
 */
export async function openReview(
  trx: Kysely<Database>,
  author: Pick<User, "id" | "handle" | "display_name">,
  postId: string,
  version: Pick<PostVersion, "id" | "content_hash">,
  consentId: string,
  note: string,
): Promise<string> {
  await trx.deleteFrom("reviews").where("post_id", "=", postId).where("decision", "is", null).execute();
  const id = newId();
  await trx
    .insertInto("reviews")
    .values({
      id, post_id: postId, post_version_id: version.id, content_hash: version.content_hash, requested_by: author.id,
      author_note: note.trim().slice(0, 2000), consent_record_id: consentId,
    })
    .execute();
  const reviewers = await trx.selectFrom("users").select("id").where("role", "in", ["faculty", "admin"]).where("id", "!=", author.id).where("disabled_at", "is", null).execute();
  for (const reviewer of reviewers) {
    await notify(trx, { userId: reviewer.id, kind: "review_requested", subjectType: "review", subjectId: id, actor: author.handle, text: `${author.display_name} asked for review of a held post`, url: `/review/${id}` });
  }
  return id;
}

export async function openReviews(db: Kysely<Database>, reviewer: User) {
  return await db
    .selectFrom("reviews")
    .innerJoin("posts", "posts.id", "reviews.post_id")
    .innerJoin("post_versions", "post_versions.id", "reviews.post_version_id")
    .innerJoin("users", "users.id", "reviews.requested_by")
    .select(["reviews.id", "reviews.requested_at", "post_versions.title", "post_versions.number as version", "users.handle", "users.display_name"])
    // Why it is here: the check's findings, or the institution's review policy (the latest verdict of that version).
    .select((eb) =>
      eb.selectFrom("privacy_verdicts")
        .select("privacy_verdicts.basis")
        .whereRef("privacy_verdicts.post_version_id", "=", "reviews.post_version_id")
        .orderBy("privacy_verdicts.created_at", "desc")
        .limit(1)
        .as("basis"),
    )
    .where("reviews.decision", "is", null)
    .where("posts.state", "=", "held")
    .where("reviews.requested_by", "!=", reviewer.id)
    .orderBy("reviews.requested_at", "asc")
    .execute();
}

export async function findReview(db: Kysely<Database>, reviewId: string) {
  const review = await db.selectFrom("reviews").selectAll().where("id", "=", reviewId).executeTakeFirst();
  if (review === undefined) return undefined;
  const version = await db.selectFrom("post_versions").selectAll().where("id", "=", review.post_version_id).executeTakeFirstOrThrow();
  const post = await db.selectFrom("posts").selectAll().where("id", "=", review.post_id).executeTakeFirstOrThrow();
  const author = await db.selectFrom("users").select(["id", "handle", "display_name"]).where("id", "=", review.requested_by).executeTakeFirstOrThrow();
  const consent = review.consent_record_id
    ? await db.selectFrom("consent_records").selectAll().where("id", "=", review.consent_record_id).executeTakeFirst()
    : undefined;
  return { review, version, post, author, consent };
}

export async function latestReviewOfPost(db: Kysely<Database>, postId: string) {
  return await db
    .selectFrom("reviews")
    .leftJoin("users", "users.id", "reviews.decided_by")
    .select(["reviews.id", "reviews.decision", "reviews.reviewer_comment", "reviews.requested_at", "reviews.decided_at", "reviews.post_version_id", "users.display_name as reviewer_name"])
    .where("reviews.post_id", "=", postId)
    .orderBy("reviews.requested_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

export type ReviewDecisionInput =
  | { decision: "approved"; consentBasis: ConsentBasis; consentReference?: string }
  | { decision: "returned"; comment: string };

/** A reviewer approves the exact version under review (it becomes public) or returns it with a comment. */
export async function decideReview(
  db: Kysely<Database>,
  gate: Gate,
  reviewer: User,
  reviewId: string,
  input: ReviewDecisionInput,
  events: PostEvents = noPostEvents,
): Promise<void> {
  if (!canReview(reviewer)) throw new PostInputError("Only faculty and administrators review held posts.", 403);
  await db.transaction().execute(async (trx) => {
    const review = await trx.selectFrom("reviews").selectAll().where("id", "=", reviewId).forUpdate().executeTakeFirst();
    if (review === undefined) throw new PostInputError("There is no such review.", 404);
    if (review.decision !== null) throw new PostInputError("This review has already been decided.", 409);
    if (review.requested_by === reviewer.id) throw new PostInputError("You cannot review your own post.", 403);
    const post = await trx.selectFrom("posts").selectAll().where("id", "=", review.post_id).forUpdate().executeTakeFirstOrThrow();
    if (post.state === "deleted" || post.current_version_id !== review.post_version_id) {
      throw new PostInputError("The author has changed or deleted the post since asking for review; this version can no longer be approved.", 409);
    }
    const version = await trx.selectFrom("post_versions").selectAll().where("id", "=", review.post_version_id).executeTakeFirstOrThrow();
    if (version.content_hash !== review.content_hash) throw new PostInputError("The text under review has changed.", 409);
    const author = await trx.selectFrom("users").select(["handle", "display_name"]).where("id", "=", review.requested_by).executeTakeFirstOrThrow();
    const findings = scanPost(contentOfVersion(version), [author.handle, author.display_name]).map((f) => ({ field: f.field, start: f.start, end: f.end, type: f.type }));
    const now = new Date();
    if (input.decision === "returned") {
      const comment = input.comment.trim();
      if (comment === "") throw new PostInputError("Say what the author should change.");
      await trx.updateTable("reviews").set({ decision: "returned", decided_by: reviewer.id, decided_at: now, reviewer_comment: comment.slice(0, 4000) }).where("id", "=", reviewId).execute();
      await notify(trx, { userId: post.author_id, kind: "review_decided", subjectType: "post", subjectId: post.id, actor: reviewer.handle, text: `${reviewer.display_name} returned “${version.title}” with a comment`, url: `/posts/${post.id}/edit` });
      await audit(trx, {
        actorId: reviewer.id, action: "review.returned", subjectType: "post", subjectId: post.id,
        details: { reviewId, versionId: version.id, contentHash: version.content_hash, findings },
      });
      return;
    }
    if (input.consentBasis === "no-patient-information" && findings.length > 0) {
      throw new PostInputError("The check finds what may be patient information in this version: approve it on patient consent (with its reference) or as fully fictionalised, or return it.");
    }
    const reference = checkReference(input.consentReference, input.consentBasis === "patient-consent");
    const consentId = newId();
    await trx.insertInto("consent_records").values({ id: consentId, post_id: post.id, post_version_id: version.id, basis: input.consentBasis, reference, recorded_by: reviewer.id }).execute();
    const verdict = await gate.approveVersion(trx, version, reviewId);
    await trx.updateTable("reviews").set({ decision: "approved", decided_by: reviewer.id, decided_at: now }).where("id", "=", reviewId).execute();
    await trx
      .updateTable("posts")
      .set({ state: "published", cleared_version_id: version.id, published_at: post.published_at ?? now, updated_at: now })
      .where("id", "=", post.id)
      .execute();
    // Same transaction as the approval: the approved version goes to followers (Create, or Update after an edit), as a
    // version the detector cleared does in posts/service.ts.
    await events.cleared(trx, post.id);
    await notify(trx, { userId: post.author_id, kind: "review_decided", subjectType: "post", subjectId: post.id, actor: reviewer.handle, text: `${reviewer.display_name} approved “${version.title}”: it is published`, url: `/posts/${post.id}/edit` });
    await audit(trx, {
      actorId: reviewer.id, action: "review.approved", subjectType: "post", subjectId: post.id,
      details: {
        reviewId, versionId: version.id, contentHash: version.content_hash, verdictId: verdict.id, findings,
        consent: { basis: input.consentBasis, reference },
      },
    });
  });
}
