import type { FastifyInstance } from "fastify";
import { requireApiUser } from "../api/posts.ts";
import { errorSchema } from "../api/schemas.ts";
import { signedInOrRedirect } from "../web/guards.ts";
import { listNotifications, markRead } from "./notify.ts";

const notificationSchema = {
  type: "object",
  properties: {
    id: { type: "string" }, kind: { type: "string" }, text: { type: "string" }, url: { type: ["string", "null"] },
    actor: { type: ["string", "null"] }, subject: { type: "object", properties: { type: { type: "string" }, id: { type: "string" } } },
    read: { type: "boolean" }, createdAt: { type: "string" },
  },
} as const;

export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.rounds;

  app.get<{ Querystring: { unread?: boolean; before?: string; limit?: number } }>("/api/v1/notifications", {
    schema: {
      tags: ["notifications"], summary: "My notifications, newest first: follow requests, comments and feedback, likes and boosts, held posts and comments, review decisions",
      security: [{ bearerAuth: [] }],
      querystring: { type: "object", properties: { unread: { type: "boolean" }, before: { type: "string", format: "date-time" }, limit: { type: "integer", minimum: 1, maximum: 100, default: 50 } } },
      response: { 200: { type: "object", properties: { notifications: { type: "array", items: notificationSchema }, unread: { type: "integer" } } }, "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    const rows = await listNotifications(db, user.id, { unreadOnly: request.query.unread, before: request.query.before ? new Date(request.query.before) : undefined, limit: request.query.limit });
    const unread = (await listNotifications(db, user.id, { unreadOnly: true, limit: 100 })).length;
    return {
      notifications: rows.map((n) => ({
        id: n.id, kind: n.kind, text: n.text, url: n.url, actor: n.actor, subject: { type: n.subject_type, id: n.subject_id },
        read: n.read_at !== null, createdAt: n.created_at.toISOString(),
      })),
      unread,
    };
  });

  app.post<{ Body: { ids?: string[] } }>("/api/v1/notifications/read", {
    schema: {
      tags: ["notifications"], summary: "Mark notifications as read (all of them when no ids are given)", security: [{ bearerAuth: [] }],
      body: { type: ["object", "null"], additionalProperties: false, properties: { ids: { type: "array", maxItems: 500, items: { type: "string", maxLength: 40 } } } },
      response: { 200: { type: "object", properties: { marked: { type: "integer" } } }, "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    return { marked: await markRead(db, user.id, request.body?.ids) };
  });

  app.get("/notifications", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const rows = await listNotifications(db, user.id, { limit: 100 });
    return reply.view("notifications.njk", { title: "Notifications", notifications: rows });
  });

  app.post("/notifications/read", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await markRead(db, user.id);
    return reply.redirect("/notifications", 303);
  });
}
