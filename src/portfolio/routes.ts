import type { FastifyInstance, FastifyReply } from "fastify";
import { requireApiUser } from "../api/posts.ts";
import { errorSchema } from "../api/schemas.ts";
import type { User } from "../db/schema.ts";
import { signedInOrRedirect } from "../web/guards.ts";
import { portfolioFiles } from "./files.ts";
import { gatherPortfolio } from "./gather.ts";
import { portfolioPage } from "./page.ts";
import { zipStream } from "./zip.ts";

export function exportFilename(handle: string, now: Date): string {
  return `rounds-portfolio-${handle.replace(/[^A-Za-z0-9_.-]/g, "_")}-${now.toISOString().slice(0, 10)}.zip`;
}

/** The signed-in author's own portfolio: a printable page, and a ZIP of Markdown + JSON. */
export async function portfolioRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.rounds;

  async function sendZip(user: User, reply: FastifyReply): Promise<FastifyReply> {
    const now = new Date();
    const portfolio = await gatherPortfolio(db, user, config.origin, now);
    return reply
      .type("application/zip")
      .header("content-disposition", `attachment; filename="${exportFilename(user.handle, now)}"`)
      .header("cache-control", "private, no-store")
      .send(zipStream(portfolioFiles(portfolio)));
  }

  app.get("/portfolio", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const portfolio = await gatherPortfolio(db, user, config.origin);
    reply.header("cache-control", "private, no-store");
    return reply.view("portfolio.njk", { title: "My portfolio", ...portfolioPage(portfolio) });
  });

  app.get("/portfolio/export.zip", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return await sendZip(user, reply);
  });

  app.get("/api/v1/portfolio/export.zip", {
    schema: {
      tags: ["portfolio"],
      summary: "Download my portfolio: every post with its versions, consent records, reviews and comments, as a ZIP of Markdown and JSON",
      description:
        "README.txt, portfolio.json (everything, with a schemaVersion) and a folder per post (posts/<yyyy-mm-dd>-<slug>-<id>/) holding post.md, versions/v<n>.md, comments.md and post.json. Deleted posts are left out.",
      security: [{ bearerAuth: [] }],
      response: {
        200: { description: "The ZIP archive", content: { "application/zip": { schema: { type: "string", format: "binary" } } } },
        "4xx": errorSchema,
      },
    },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    return await sendZip(user, reply);
  });
}
