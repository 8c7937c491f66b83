import type { FastifyInstance } from "fastify";
import { allIndexable } from "../accounts/account-settings.ts";
import { findUserByHandle } from "../accounts/users.ts";
import { addLocalComment, commentLimit, heldCommentCount, visibleComments } from "../comments/queries.ts";
import { authorPublicPosts, postIsGone, recentPublicPosts, taggedPublicPosts, visiblePost } from "../posts/public.ts";
import { findOwnPost } from "../posts/service.ts";
import { postPath } from "../posts/urls.ts";
import { assertCleared, type ClearedPost } from "../privacy/cleared.ts";
import { HttpError, notFound } from "./errors.ts";
import { signedInOrRedirect } from "./guards.ts";
import { interactionCounts } from "../federation/service.ts";

const pageSize = 20;

const pageQuery = {
  type: "object",
  properties: { before: { type: "string", format: "date-time" } },
} as const;

/** The view model of a cleared post: the only shape post templates receive. */
export function postView(post: ClearedPost) {
  assertCleared(post);
  return {
    id: post.postId,
    url: postPath(post.author.handle, post.postId),
    title: post.content.title,
    summary: post.content.summary,
    html: post.html,
    tags: post.content.tags,
    language: post.content.language,
    visibility: post.visibility,
    reflectionModel: post.content.reflectionModel,
    author: post.author,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    version: post.versionNumber,
  };
}

function olderLink(path: string, posts: ClearedPost[]): string | undefined {
  if (posts.length < pageSize) return undefined;
  const last = posts[posts.length - 1]!;
  return `${path}?before=${encodeURIComponent(last.publishedAt.toISOString())}`;
}

export async function publicPageRoutes(app: FastifyInstance): Promise<void> {
  const { db, gate } = app.rounds;

  app.get<{ Querystring: { before?: string } }>("/", { schema: { querystring: pageQuery } }, async (request, reply) => {
    const before = request.query.before ? new Date(request.query.before) : undefined;
    const posts = await recentPublicPosts(db, gate, { limit: pageSize, before });
    const noindex = !(await allIndexable(db, posts.map((post) => post.author.id)));
    return reply.view("home.njk", { posts: posts.map(postView), older: olderLink("/", posts), noindex });
  });

  app.get<{ Params: { handle: string } }>("/@:handle", async (request, reply) => reply.redirect(`/users/${encodeURIComponent(request.params.handle)}`, 301));

  app.get<{ Params: { handle: string }; Querystring: { before?: string } }>("/users/:handle", { schema: { querystring: pageQuery } }, async (request, reply) => {
    const author = await findUserByHandle(db, request.params.handle);
    if (author === undefined || author.disabled_at !== null) throw notFound("There is no one here by that handle.");
    const before = request.query.before ? new Date(request.query.before) : undefined;
    const posts = await authorPublicPosts(db, gate, author.id, { limit: pageSize, before });
    return reply.view("author.njk", {
      title: author.display_name,
      author: { handle: author.handle, displayName: author.display_name, bio: author.bio, role: author.role, address: `@${author.handle}@${new URL(app.rounds.config.origin).host}` },
      posts: posts.map(postView),
      older: olderLink(`/users/${author.handle}`, posts),
      noindex: !(await allIndexable(db, [author.id])),
    });
  });

  app.get<{ Params: { tag: string }; Querystring: { before?: string } }>("/tags/:tag", { schema: { querystring: pageQuery } }, async (request, reply) => {
    const tag = request.params.tag.slice(0, 40);
    const before = request.query.before ? new Date(request.query.before) : undefined;
    const posts = await taggedPublicPosts(db, gate, tag, { limit: pageSize, before });
    const noindex = !(await allIndexable(db, posts.map((post) => post.author.id)));
    return reply.view("tag.njk", { title: `#${tag}`, tag, posts: posts.map(postView), older: olderLink(`/tags/${encodeURIComponent(tag)}`, posts), noindex });
  });

  app.get<{ Params: { handle: string; id: string } }>("/users/:handle/posts/:id", async (request, reply) => {
    const { handle, id } = request.params;
    const post = await visiblePost(db, gate, id, request.viewer);
    const viewer = request.viewer;
    if (post === undefined || post.author.handle !== handle.toLowerCase()) {
      if (await postIsGone(db, id)) {
        if (/application\/(activity|ld)\+json/.test(request.headers.accept ?? "")) {
          const objectId = `${app.rounds.config.origin}${postPath(handle, id)}`;
          return reply.status(410).type("application/activity+json").send({ "@context": "https://www.w3.org/ns/activitystreams", id: objectId, type: "Tombstone" });
        }
        throw new HttpError(410, "gone", "This post was deleted by its author.");
      }
      // Its author may still open it: the editor shows its state and what the gate found.
      if (viewer !== undefined && (await findOwnPost(db, viewer, id)) !== undefined) return reply.redirect(`/posts/${id}/edit`, 303);
      throw notFound("There is no post here, or it is not shared with you.");
    }
    const own = viewer !== undefined && viewer.id === post.author.id ? await findOwnPost(db, viewer, id) : undefined;
    return reply.view("post.njk", {
      title: post.content.title,
      post: postView(post),
      comments: await visibleComments(db, gate, id),
      counts: await interactionCounts(db, id),
      canComment: viewer !== undefined,
      commentLimit,
      authorView: own && {
        state: own.post.state,
        currentVersion: own.version.number,
        heldComments: await heldCommentCount(db, id),
      },
      noindex: !(await allIndexable(db, [post.author.id])),
      openGraph: { title: post.content.title, description: post.content.summary, url: `${app.rounds.config.origin}${postPath(post.author.handle, post.postId)}` },
    });
  });

  app.post<{ Params: { handle: string; id: string }; Body: { body: string } }>("/users/:handle/posts/:id/comments", {
    schema: { body: { type: "object", required: ["body", "_csrf"], properties: { body: { type: "string", minLength: 1, maxLength: commentLimit }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const post = await visiblePost(db, gate, request.params.id, user);
    if (post === undefined) throw notFound("There is no post here, or it is not shared with you.");
    const result = await addLocalComment(db, gate, user, post.postId, request.body.body.trim(), [post.author.handle, post.author.displayName]);
    if (result.state === "held") {
      reply.status(422);
      return reply.view("comment-held.njk", {
        title: "Your comment was held",
        postUrl: postPath(post.author.handle, post.postId),
        findings: result.findings,
      });
    }
    return reply.redirect(`${postPath(post.author.handle, post.postId)}#comment-${result.id}`, 303);
  });
}
