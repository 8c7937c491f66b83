import { Create, Delete, Object as APObject, PUBLIC_COLLECTION, Tombstone, Update } from "@fedify/vocab";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import { readSettings } from "../instance/settings.ts";
import { federatablePost } from "../posts/public.ts";
import type { Gate } from "../privacy/gate.ts";
import { objectOfPost } from "./articles.ts";
import type { RoundsFederation } from "./context.ts";
import { instant } from "./instant.ts";
import { withTransaction } from "./message-queue.ts";

/** What the posts capability tells federation, inside the transaction that changed the post. */
export interface PostEvents {
  /** A new version was cleared (first publication, an edit, or a visibility change). */
  cleared(trx: Kysely<Database>, postId: string): Promise<void>;
  /** The post is gone from the world (deleted, or made private): Delete to everyone who had it. */
  withdrawn(trx: Kysely<Database>, post: { id: string; authorHandle: string; federated: boolean }): Promise<void>;
}

export const noPostEvents: PostEvents = { cleared: async () => {}, withdrawn: async () => {} };

/**
 * Sends Create/Update/Delete through the durable queue, in the caller's transaction: the post
 * and its activity commit together (a transactional outbox), so a saved post is never left unsent.
 * Only a ClearedPost can become an object; a held version never reaches this code.
 */
export function federationPostEvents(federation: RoundsFederation, gate: Gate, config: Config): PostEvents {
  const context = (trx: Kysely<Database>) => federation.createContext(new URL(config.origin), { db: trx, gate, config });

  return {
    async cleared(trx, postId) {
      const row = await trx.selectFrom("posts").select(["federated_at", "visibility"]).where("id", "=", postId).executeTakeFirstOrThrow();
      const post = await federatablePost(trx, gate, postId);
      if (post === undefined) return;
      const ctx = context(trx);
      const settings = await readSettings(trx);
      const object = objectOfPost(ctx, post, settings.federationObjectType);
      const first = row.federated_at === null;
      const values = {
        id: new URL(`${object.id!.href}/${first ? "activity" : `updates/${post.versionId}`}`),
        actor: ctx.getActorUri(post.author.handle),
        object,
        tos: object.toIds,
        ccs: object.ccIds,
        published: instant(first ? post.publishedAt : post.updatedAt),
      };
      const activity = first ? new Create(values) : new Update({ ...values, updated: instant(post.updatedAt) });
      await withTransaction(trx, () =>
        ctx.sendActivity({ identifier: post.author.handle }, "followers", activity, { preferSharedInbox: true }),
      );
      if (first) await trx.updateTable("posts").set({ federated_at: new Date() }).where("id", "=", postId).execute();
    },

    async withdrawn(trx, post) {
      if (!post.federated) return;
      const ctx = context(trx);
      const objectId = ctx.getObjectUri(APObject, { identifier: post.authorHandle, id: post.id });
      const activity = new Delete({
        id: new URL(`${objectId.href}/delete`),
        actor: ctx.getActorUri(post.authorHandle),
        object: new Tombstone({ id: objectId, deleted: instant(new Date()) }),
        tos: [PUBLIC_COLLECTION],
        ccs: [ctx.getFollowersUri(post.authorHandle)],
      });
      // Deleting is never a leak: it goes to every follower whatever the gate says.
      await withTransaction(trx, () =>
        ctx.sendActivity({ identifier: post.authorHandle }, "followers", activity, { preferSharedInbox: true }),
      );
    },
  };
}
