import type { FastifyInstance } from "fastify";
import type { ConsentBasis } from "../db/schema.ts";
import { consentBases, PostInputError } from "../posts/input.ts";
import { contentOfVersion } from "../posts/content.ts";
import { renderMarkdown } from "../posts/markdown.ts";
import { HttpError, notFound } from "../web/errors.ts";
import { requireRole, signedInOrRedirect } from "../web/guards.ts";
import { privacyReport } from "./explain.ts";
import { canReview, decideReview, findReview, openReviews, requestReview } from "./review.ts";

function asHttp(error: unknown): never {
  if (error instanceof PostInputError) throw new HttpError(error.status, "review", error.message);
  throw error;
}

/** Faculty review of held posts: the author asks, a reviewer approves (recording consent) or returns. */
export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { db, gate, postEvents } = app.rounds;

  app.post<{ Params: { id: string }; Body: { consent_basis: ConsentBasis; consent_reference?: string; note?: string } }>("/posts/:id/review", {
    schema: {
      body: {
        type: "object",
        required: ["consent_basis", "_csrf"],
        properties: {
          consent_basis: { type: "string", enum: consentBases },
          consent_reference: { type: "string", maxLength: 200 },
          note: { type: "string", maxLength: 2000 },
          _csrf: { type: "string" },
        },
      },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await requestReview(db, user, request.params.id, {
      basis: request.body.consent_basis,
      reference: request.body.consent_reference,
      note: request.body.note,
    }).catch(asHttp);
    return reply.redirect(`/posts/${request.params.id}/edit`, 303);
  });

  app.get("/review", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "faculty", "admin");
    return reply.view("review-queue.njk", { title: "Review queue", reviews: await openReviews(db, user) });
  });

  app.get<{ Params: { id: string } }>("/review/:id", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "faculty", "admin");
    const found = await findReview(db, request.params.id);
    if (found === undefined) throw notFound("There is no such review.");
    const content = contentOfVersion(found.version);
    return reply.view("review.njk", {
      title: `Review: ${content.title}`,
      review: found.review,
      author: found.author,
      consent: found.consent,
      version: found.version,
      stale: found.post.current_version_id !== found.version.id || found.post.state === "deleted",
      ownPost: found.review.requested_by === user.id,
      report: privacyReport(content, [found.author.handle, found.author.display_name]),
      preview: { title: content.title, summary: content.summary, html: renderMarkdown(content.body), tags: content.tags },
      consentBases,
    });
  });

  app.post<{ Params: { id: string }; Body: { decision: "approved" | "returned"; consent_basis?: ConsentBasis; consent_reference?: string; comment?: string } }>("/review/:id", {
    schema: {
      body: {
        type: "object",
        required: ["decision", "_csrf"],
        properties: {
          decision: { type: "string", enum: ["approved", "returned"] },
          consent_basis: { type: "string", enum: consentBases },
          consent_reference: { type: "string", maxLength: 200 },
          comment: { type: "string", maxLength: 4000 },
          _csrf: { type: "string" },
        },
      },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    if (!canReview(user)) throw new HttpError(403, "forbidden", "Only faculty and administrators review held posts.");
    const body = request.body;
    const input = body.decision === "approved"
      ? { decision: "approved" as const, consentBasis: body.consent_basis ?? "patient-consent", consentReference: body.consent_reference }
      : { decision: "returned" as const, comment: body.comment ?? "" };
    await decideReview(db, gate, user, request.params.id, input, postEvents).catch(asHttp);
    return reply.redirect("/review", 303);
  });
}
