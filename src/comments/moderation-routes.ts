import type { FastifyInstance } from "fastify";
import { PostInputError } from "../posts/input.ts";
import { segmentsOf } from "../privacy/explain.ts";
import { canReview } from "../privacy/review.ts";
import { HttpError } from "../web/errors.ts";
import { signedInOrRedirect } from "../web/guards.ts";
import { heldComments, moderateComment } from "./moderation.ts";
import { listReports } from "../federation/admin.ts";

/** Held comments: the post's author and moderators see each with its findings, and release or remove it. */
export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.rounds;

  app.get("/moderation", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const held = await heldComments(db, user);
    const reports = user.role === "admin" ? (await listReports(db)).filter((r) => r.state === "open") : [];
    return reply.view("moderation.njk", {
      title: "Held comments",
      moderator: canReview(user),
      reports,
      comments: held.map((c) => ({
        ...c,
        segments: segmentsOf(c.body, c.findings.map((f, i) => ({ ...f, index: i + 1, line: 0, column: 0 }))),
      })),
    });
  });

  app.post<{ Params: { id: string }; Body: { decision: "release" | "remove" } }>("/moderation/comments/:id", {
    schema: {
      body: { type: "object", required: ["decision", "_csrf"], properties: { decision: { type: "string", enum: ["release", "remove"] }, _csrf: { type: "string" } } },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await moderateComment(db, user, request.params.id, request.body.decision).catch((error: unknown) => {
      if (error instanceof PostInputError) throw new HttpError(error.status, "moderation", error.message);
      throw error;
    });
    return reply.redirect("/moderation", 303);
  });
}
