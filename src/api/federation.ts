import type { FastifyInstance } from "fastify";
import { type AccountSettings, accountSettingsOf, changeAccountSettings, mayOptIntoDiscovery } from "../accounts/account-settings.ts";
import { AccountError } from "../accounts/users.ts";
import { visibleComments } from "../comments/queries.ts";
import type { User } from "../db/schema.ts";
import { federationActorUpdates } from "../federation/actor-updates.ts";
import { FollowError, decideFollow, listFollowRequests, setMentor } from "../federation/follows.ts";
import { readSettings } from "../instance/settings.ts";
import { followRemote, listFollowing, readerOf, unfollowRemote } from "../federation/following.ts";
import { FeedbackHeldError, sendFeedback } from "../federation/feedback.ts";
import { commentsOfPost, contextFactory, deliveriesOfPost, interactionCounts } from "../federation/service.ts";
import { findOwnPost } from "../posts/service.ts";
import { visiblePost } from "../posts/public.ts";
import { HttpError, notFound } from "../web/errors.ts";
import { requireApiUser } from "./posts.ts";
import { errorSchema, strictBoolean } from "./schemas.ts";

const security = [{ bearerAuth: [] }];
const idParams = { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 40 } } } as const;

const followSchema = {
  type: "object",
  properties: {
    id: { type: "string" }, state: { type: "string", enum: ["pending", "accepted", "rejected"] },
    actor: { type: "string", description: "The follower's actor URI" }, handle: { type: ["string", "null"] },
    name: { type: ["string", "null"] }, url: { type: ["string", "null"] }, isMentor: { type: "boolean" }, createdAt: { type: "string" },
  },
} as const;


const settingsSchema = {
  type: "object",
  properties: {
    autoApproveFollowers: { type: "boolean" },
    discoverable: { type: "boolean", description: "My choice; it counts only while discoveryAllowed is true" },
    indexable: { type: "boolean", description: "My choice; it counts only while discoveryAllowed is true" },
    discoveryAllowed: { type: "boolean", description: "Whether I may opt into discovery (false for students where the instance forbids it)" },
  },
} as const;

export async function federationApiRoutes(app: FastifyInstance): Promise<void> {
  const { db, federation, gate, config } = app.rounds;
  const context = contextFactory(federation, gate, config);
  const actorChanged = federationActorUpdates(federation, gate, config);

  const followView = (f: Awaited<ReturnType<typeof listFollowRequests>>[number]) => ({
    id: f.id, state: f.state, actor: f.actor_id, handle: f.handle, name: f.name, url: f.url, isMentor: f.is_mentor, createdAt: f.created_at.toISOString(),
  });

  app.get("/api/v1/follow-requests", {
    schema: { tags: ["follows"], summary: "Follow requests waiting for my approval", security, response: { 200: { type: "object", properties: { followRequests: { type: "array", items: followSchema } } }, "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    return { followRequests: (await listFollowRequests(db, user.id, "pending")).map(followView) };
  });

  for (const decision of ["accept", "reject"] as const) {
    app.post<{ Params: { id: string } }>(`/api/v1/follow-requests/:id/${decision}`, {
      schema: {
        tags: ["follows"],
        summary: decision === "accept" ? "Approve a follower (sends Accept)" : "Reject a follow request, or remove a follower (sends Reject)",
        security, params: idParams, response: { "4xx": errorSchema },
      },
    }, async (request) => {
      const user = requireApiUser(request);
      try {
        await decideFollow(db, context, user, request.params.id, decision);
      } catch (error) {
        if (error instanceof FollowError) throw new HttpError(error.status, "follow", error.message);
        throw error;
      }
      return { id: request.params.id, state: decision === "accept" ? "accepted" : "rejected" };
    });
  }

  app.patch<{ Params: { id: string }; Body: { isMentor: boolean } }>("/api/v1/followers/:id", {
    schema: {
      tags: ["follows"], summary: "Mark an approved follower as a mentor (their replies show as mentor feedback)", security, params: idParams,
      body: { type: "object", additionalProperties: false, required: ["isMentor"], properties: { isMentor: strictBoolean("Whether this follower is one of my mentors") } },
      response: { "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    await setMentor(db, user, request.params.id, request.body.isMentor).catch((error: unknown) => {
      if (error instanceof FollowError) throw new HttpError(error.status, "follow", error.message);
      throw error;
    });
    return { id: request.params.id, isMentor: request.body.isMentor };
  });

  app.get("/api/v1/followers", {
    schema: { tags: ["follows"], summary: "My approved followers", security, response: { 200: { type: "object", properties: { followers: { type: "array", items: followSchema } } }, "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    return { followers: (await listFollowRequests(db, user.id, "accepted")).map(followView) };
  });

  const discoveryAllowed = async (user: User) => mayOptIntoDiscovery(user, await readSettings(db));

  app.get("/api/v1/settings", {
    schema: { tags: ["accounts"], summary: "My account settings", security, response: { 200: settingsSchema, "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    return { ...accountSettingsOf(user), discoveryAllowed: await discoveryAllowed(user) };
  });

  app.patch<{ Body: Partial<AccountSettings> }>("/api/v1/settings", {
    schema: {
      tags: ["accounts"],
      summary: "Change my account settings (any of them). A change to what my actor document says is sent to my followers as Update(Person).",
      security,
      body: {
        // propertyNames, not additionalProperties: false (which Fastify strips silently): a
        // misspelt setting is a 400, never a 200 that changed nothing.
        type: "object", minProperties: 1, propertyNames: { enum: ["autoApproveFollowers", "discoverable", "indexable"] },
        properties: {
          autoApproveFollowers: strictBoolean("Accept every follow request at once (off by default)"),
          discoverable: strictBoolean("List my account in directories and suggestions (off by default; 403 for a student where the instance forbids it)"),
          indexable: strictBoolean("Let search engines index my public posts (off by default; 403 for a student where the instance forbids it)"),
        },
      },
      response: { 200: settingsSchema, "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    try {
      const settings = await changeAccountSettings(db, user.id, request.body, actorChanged);
      return { ...settings, discoveryAllowed: await discoveryAllowed(user) };
    } catch (error) {
      if (error instanceof AccountError) throw new HttpError(error.status, "forbidden", error.message);
      throw error;
    }
  });

  // Following out: mentors follow learners on other instances (or on Mastodon).
  app.post<{ Body: { handle: string } }>("/api/v1/follows", {
    schema: {
      tags: ["follows"], summary: "Follow a remote account by handle (@user@host) or profile URL; pending until it accepts", security,
      body: { type: "object", additionalProperties: false, required: ["handle"], properties: { handle: { type: "string", minLength: 3, maxLength: 500 } } },
      response: { "4xx": errorSchema },
    },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    try {
      const followed = await followRemote(db, context, user, request.body.handle);
      return reply.status(201).send(followed);
    } catch (error) {
      if (error instanceof FollowError) throw new HttpError(error.status, "follow", error.message);
      throw error;
    }
  });

  app.get("/api/v1/follows", {
    schema: { tags: ["follows"], summary: "Accounts I follow, with the state of each follow (pending, accepted, rejected)", security, response: { "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    const rows = await listFollowing(db, user.id);
    return { follows: rows.map((r) => ({ id: r.id, state: r.state, actor: r.actor_id, handle: r.handle, name: r.name, url: r.url, createdAt: r.created_at.toISOString() })) };
  });

  app.delete<{ Params: { id: string } }>("/api/v1/follows/:id", {
    schema: { tags: ["follows"], summary: "Unfollow (sends Undo(Follow))", security, params: idParams, response: { "4xx": errorSchema } },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    try {
      await unfollowRemote(db, context, user, request.params.id);
    } catch (error) {
      if (error instanceof FollowError) throw new HttpError(error.status, "follow", error.message);
      throw error;
    }
    return reply.status(204).send();
  });

  app.get<{ Querystring: { before?: string; limit?: number; feedbackRequested?: boolean } }>("/api/v1/reader", {
    schema: {
      tags: ["reader"], summary: "Posts from the accounts I follow, newest first (remote HTML sanitised; displayed, never republished)", security,
      querystring: { type: "object", properties: { before: { type: "string", format: "date-time" }, limit: { type: "integer", minimum: 1, maximum: 100, default: 20 }, feedbackRequested: { type: "boolean", description: "Only posts whose authors asked for feedback" } } },
      response: { "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    const limit = request.query.limit ?? 20;
    const rows = await readerOf(db, user.id, request.query.before ? new Date(request.query.before) : undefined, limit, { feedbackRequested: request.query.feedbackRequested });
    const last = rows[rows.length - 1];
    return {
      items: rows.map((r) => ({
        id: r.id, object: r.object_id, type: r.type, name: r.name, summary: r.summary, html: r.content_html, url: r.url,
        visibility: r.visibility, feedbackRequested: r.feedback_requested, publishedAt: r.published_at?.toISOString() ?? null, receivedAt: r.received_at.toISOString(),
        author: { actor: r.actor_id, handle: r.handle, name: r.actor_name, url: r.actor_url },
      })),
      next: rows.length === limit && last ? `/api/v1/reader?before=${encodeURIComponent(last.received_at.toISOString())}` : null,
    };
  });

  app.post<{ Body: { inReplyTo: string; body: string } }>("/api/v1/replies", {
    schema: {
      tags: ["reader"], summary: "Reply to a remote post (feedback): checked by the privacy gate, then sent as Create(Note) to the post's author only (and the public, for a public post)", security,
      body: { type: "object", additionalProperties: false, required: ["inReplyTo", "body"], properties: { inReplyTo: { type: "string", format: "uri", maxLength: 2000 }, body: { type: "string", minLength: 1, maxLength: 5000 } } },
      response: {
        201: { type: "object", properties: { id: { type: "string" }, url: { type: "string" }, to: { type: "string" }, visibility: { type: "string" } } },
        422: { type: "object", properties: { error: { type: "string" }, message: { type: "string" }, findings: { type: "array", items: { type: "object", additionalProperties: true } } } },
        "4xx": errorSchema,
      },
    },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    try {
      return reply.status(201).send(await sendFeedback(db, context, user, request.body.inReplyTo, request.body.body));
    } catch (error) {
      if (error instanceof FeedbackHeldError) return reply.status(422).send({ error: "held", message: error.message, findings: error.findings });
      if (error instanceof FollowError) throw new HttpError(error.status, "reply", error.message);
      throw error;
    }
  });

  app.get<{ Params: { id: string } }>("/api/v1/posts/:id/comments", {
    schema: {
      tags: ["posts"],
      summary: "Comments under a post, with origin, author and state (visible|held|removed); a visible comment's text as the gate cleared it (html), a held one's never. Others see visible ones only.",
      params: idParams,
      response: { "4xx": errorSchema },
    },
  }, async (request) => {
    const viewer = request.viewer;
    const own = viewer ? await findOwnPost(db, viewer, request.params.id) : undefined;
    if (own === undefined && (await visiblePost(db, gate, request.params.id, viewer)) === undefined) throw notFound("No such post, or it is not shared with you.");
    const rows = await commentsOfPost(db, request.params.id);
    // The text comes only from the gate: a comment it does not admit (held, or changed since it was cleared) has none here.
    const clearedHtml = new Map((await visibleComments(db, gate, request.params.id)).map((c) => [c.id, c.html]));
    return {
      comments: rows
        .filter((c) => own !== undefined || c.state === "visible")
        .map((c) => ({
          id: c.id,
          origin: c.remote_object_id ? "remote" : "local",
          state: c.state,
          author: c.remote_actor
            ? { actor: c.remote_actor, handle: c.remote_handle, name: c.remote_name }
            : { handle: c.local_handle, name: c.local_name },
          objectId: c.remote_object_id,
          url: c.remote_url,
          inReplyTo: c.in_reply_to_comment_id,
          isFeedback: c.is_feedback,
          html: clearedHtml.get(c.id) ?? null,
          createdAt: c.created_at.toISOString(),
        })),
      ...(await interactionCounts(db, request.params.id)),
    };
  });

  app.get<{ Params: { id: string } }>("/api/v1/posts/:id/deliveries", {
    schema: { tags: ["posts"], summary: "Where a post's activities went: delivered, retrying or failed, per inbox", security, params: idParams, response: { "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    if ((await findOwnPost(db, user, request.params.id)) === undefined) throw notFound("You have no post with this id.");
    const rows = await deliveriesOfPost(db, request.params.id);
    return {
      deliveries: rows.map((d) => ({
        activityId: d.activity_id, activityType: d.activity_type, inbox: d.inbox, server: new URL(d.inbox).host,
        state: d.state, attempts: d.attempts, lastError: d.last_error, updatedAt: d.updated_at.toISOString(),
      })),
    };
  });
}
