import type { FastifyInstance } from "fastify";
import { requireApiUser } from "./posts.ts";
import { errorSchema } from "./schemas.ts";
import { scanText } from "../privacy/detector/index.ts";
import { findingSchema } from "./views.ts";

export async function accountApiRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.rounds;
  app.get("/api/v1/me", {
    schema: {
      tags: ["accounts"],
      summary: "The account this token or session belongs to",
      security: [{ bearerAuth: [] }],
      response: {
        200: {
          type: "object",
          properties: { id: { type: "string" }, handle: { type: "string" }, displayName: { type: "string" }, role: { type: "string" }, url: { type: "string" }, createdAt: { type: "string" } },
        },
        "4xx": errorSchema,
      },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    return {
      id: user.id, handle: user.handle, displayName: user.display_name, role: user.role,
      url: `${config.origin}/users/${user.handle}`, createdAt: user.created_at.toISOString(),
    };
  });

  app.post<{ Body: { text: string } }>("/api/v1/privacy/scan", {
    schema: {
      tags: ["privacy"],
      summary: "Scan one text for patient identifiers (the editor's live check). Nothing is stored or logged.",
      security: [{ bearerAuth: [] }],
      body: { type: "object", additionalProperties: false, required: ["text"], properties: { text: { type: "string", maxLength: 100_000 } } },
      response: { 200: { type: "object", properties: { findings: { type: "array", items: findingSchema } } }, "4xx": errorSchema },
    },
  }, async (request) => {
    requireApiUser(request);
    return { findings: scanText(request.body.text, "text") };
  });
}
