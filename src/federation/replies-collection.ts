import type { FastifyInstance } from "fastify";
import { visibleComments } from "../comments/queries.ts";
import { visiblePost } from "../posts/public.ts";
import { postPath } from "../posts/urls.ts";
import { notFound } from "../web/errors.ts";

/**
 * A post's `replies` collection: the ActivityPub ids of the replies shown under it (replies that
 * came from the fediverse; the gate has admitted each). Public and unlisted posts only.
 */
export async function repliesCollectionRoutes(app: FastifyInstance): Promise<void> {
  const { db, gate, config } = app.rounds;
  app.get<{ Params: { handle: string; id: string } }>("/users/:handle/posts/:id/replies", async (request, reply) => {
    const post = await visiblePost(db, gate, request.params.id, undefined);
    if (post === undefined || post.author.handle !== request.params.handle.toLowerCase()) throw notFound("There is no such post.");
    const shown = new Set((await visibleComments(db, gate, post.postId)).map((c) => c.id));
    const rows = await db
      .selectFrom("comments")
      .select(["id", "remote_object_id"])
      .where("post_id", "=", post.postId)
      .where("remote_object_id", "is not", null)
      .orderBy("created_at", "asc")
      .execute();
    const items = rows.filter((r) => shown.has(r.id)).map((r) => r.remote_object_id!);
    const id = `${config.origin}${postPath(post.author.handle, post.postId)}/replies`;
    return reply
      .type("application/activity+json")
      .header("vary", "Accept")
      .send({ "@context": "https://www.w3.org/ns/activitystreams", id, type: "OrderedCollection", totalItems: items.length, orderedItems: items });
  });
}
