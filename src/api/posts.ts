import type { FastifyInstance, FastifyRequest } from "fastify";
import type { User } from "../db/schema.ts";
import { type ConsentInput, PostInputError, type PostInput, consentSchema, postFieldsSchema } from "../posts/input.ts";
import { visiblePost } from "../posts/public.ts";
import { findOwnPost, listOwnPosts } from "../posts/service.ts";
import { postPath } from "../posts/urls.ts";
import { HttpError, notFound, unauthorized } from "../web/errors.ts";
import { errorSchema, strictBoolean } from "./schemas.ts";
import { ownPostSchema, ownPostView, privacySchema, publicPostSchema, publicPostView } from "./views.ts";

export function requireApiUser(request: FastifyRequest): User {
  if (request.viewer === undefined) throw unauthorized("This needs an access token: send 'Authorization: Bearer <token>' (create one with 'rounds token create <handle>').");
  return request.viewer;
}

function asHttpError(error: unknown): never {
  if (error instanceof PostInputError) throw new HttpError(error.status, error.status === 404 ? "not_found" : "invalid_post", error.message);
  throw error;
}

const idParams = { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 40 } } } as const;
const security = [{ bearerAuth: [] }];

export async function postApiRoutes(app: FastifyInstance): Promise<void> {
  const { db, posts, gate, config } = app.rounds;

  app.post<{ Body: PostInput & { publish?: boolean } }>("/api/v1/posts", {
    schema: {
      tags: ["posts"],
      summary: "Create a post (a draft, or published at once with publish: true)",
      security,
      body: {
        type: "object",
        additionalProperties: false,
        required: ["title", "body", "visibility"],
        properties: { ...postFieldsSchema, publish: strictBoolean("Publish now (when the gate clears it) rather than save a draft", { default: false }) },
      },
      response: {
        201: { type: "object", properties: { id: { type: "string" }, url: { type: "string" }, state: { type: "string" }, privacy: privacySchema } },
        "4xx": errorSchema,
      },
    },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    const created = await posts.create(user, request.body).catch(asHttpError);
    const view = await ownPostView(db, config.origin, user.handle, created, user.display_name);
    reply.status(201).header("location", `/api/v1/posts/${view.id}`);
    return { id: view.id, url: view.url, state: view.state, privacy: view.privacy };
  });

  app.get("/api/v1/posts", {
    schema: { tags: ["posts"], summary: "List my posts (every state), newest first", security, response: { "4xx": errorSchema } },
  }, async (request) => {
    const user = requireApiUser(request);
    const mine = await listOwnPosts(db, user);
    return {
      posts: mine.map((p) => ({
        id: p.id, url: `${config.origin}${postPath(user.handle, p.id)}`, title: p.title, state: p.state,
        visibility: p.visibility, version: p.version_number, updatedAt: p.updated_at.toISOString(),
      })),
    };
  });

  app.get<{ Params: { id: string } }>("/api/v1/posts/:id", {
    schema: {
      tags: ["posts"],
      summary: "A post: its author sees every state and the privacy findings; others see the cleared version only",
      params: idParams,
      response: { 200: { oneOf: [ownPostSchema, publicPostSchema] }, "4xx": errorSchema },
    },
  }, async (request) => {
    const viewer = request.viewer;
    if (viewer !== undefined) {
      const own = await findOwnPost(db, viewer, request.params.id);
      if (own !== undefined) return await ownPostView(db, config.origin, viewer.handle, own, viewer.display_name);
    }
    const post = await visiblePost(db, gate, request.params.id, viewer);
    if (post === undefined) throw notFound("No such post, or it is not shared with you.");
    return publicPostView(config.origin, post);
  });

  app.patch<{ Params: { id: string }; Body: Partial<PostInput> }>("/api/v1/posts/:id", {
    schema: {
      tags: ["posts"],
      summary: "Edit a post: a new version. A published post goes through the privacy gate again; a held edit never replaces the public version.",
      security,
      params: idParams,
      body: { type: "object", additionalProperties: false, minProperties: 1, properties: postFieldsSchema },
      response: { 200: ownPostSchema, "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    const updated = await posts.update(user, request.params.id, request.body).catch(asHttpError);
    return await ownPostView(db, config.origin, user.handle, updated, user.display_name);
  });

  app.delete<{ Params: { id: string } }>("/api/v1/posts/:id", {
    schema: { tags: ["posts"], summary: "Delete a post (its text and versions go; its URL answers 410)", security, params: idParams, response: { "4xx": errorSchema } },
  }, async (request, reply) => {
    const user = requireApiUser(request);
    await posts.remove(user, request.params.id).catch(asHttpError);
    return reply.status(204).send();
  });

  app.post<{ Params: { id: string }; Body: { consent?: ConsentInput } | undefined }>("/api/v1/posts/:id/publish", {
    schema: {
      tags: ["posts"],
      summary: "Publish the current version through the privacy gate: state becomes 'published', or 'held' with findings",
      security,
      params: idParams,
      body: { type: ["object", "null"], additionalProperties: false, properties: { consent: consentSchema } },
      response: { 200: ownPostSchema, "4xx": errorSchema },
    },
  }, async (request) => {
    const user = requireApiUser(request);
    const published = await posts.publish(user, request.params.id, request.body?.consent ?? undefined).catch(asHttpError);
    return await ownPostView(db, config.origin, user.handle, published, user.display_name);
  });

}
