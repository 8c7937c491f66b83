import { createFederation, type KvStore, type MessageQueue } from "@fedify/fedify";
import { Application, Create, Endpoints, Object as APObject } from "@fedify/vocab";
import { readSettings } from "../instance/settings.ts";
import { authorOutboxPosts, federatablePost } from "../posts/public.ts";
import { countUsers } from "../accounts/users.ts";
import { type FederationData, instanceActor, type RoundsFederation } from "./context.ts";
import { objectOfPost } from "./articles.ts";
import { personOf } from "./actor.ts";
import { actorKeyPairs } from "./keys.ts";
import { acceptedFollowers, followerCount, isAcceptedFollower, localUser } from "./queries.ts";
import { instant } from "./instant.ts";
import { registerInbox } from "./inbox.ts";
import { noteDeliveryError } from "./delivery-log.ts";
import { sql } from "kysely";
import { authorizeInteractionPath, subscribeRel } from "./remote-follow.ts";

export interface FederationOptions {
  kv: KvStore;
  queue: MessageQueue;
  origin: string;
  allowPrivateAddresses: boolean;
}

const pageSize = 50;

/**
 * The signature standard of a first delivery to a server. Mastodon <= 4.4 rejects RFC 9421; knocking
 * first with draft-cavage avoids a 401 per delivery and per key fetch (and fedify's RFC 9421 signer
 * puts the key's #fragment into @target-uri).
 */
export const firstKnock = "draft-cavage-http-signatures-12";

export function createRoundsFederation(options: FederationOptions): RoundsFederation {
  const federation = createFederation<FederationData>({
    kv: options.kv,
    queue: options.queue,
    origin: options.origin,
    allowPrivateAddress: options.allowPrivateAddresses,
    manuallyStartQueue: true,
    firstKnock,
    onOutboxError: (error) => noteDeliveryError(error),
  });
  federation.setOutboxPermanentFailureHandler(() => {
    noteDeliveryError(new Error("The server refused this delivery for good (gone, or not found)."));
  });

  federation
    .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
      if (identifier === instanceActor) {
        const keys = await ctx.getActorKeyPairs(identifier);
        const settings = await readSettings(ctx.data.db);
        return new Application({
          id: ctx.getActorUri(identifier),
          preferredUsername: identifier,
          name: settings.name,
          inbox: ctx.getInboxUri(identifier),
          endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
          publicKey: keys[0]?.cryptographicKey,
          assertionMethods: keys.map((k) => k.multikey),
          manuallyApprovesFollowers: true,
          discoverable: false,
          indexable: false,
        });
      }
      const user = await localUser(ctx.data.db, identifier);
      if (user === undefined) return null;
      return await personOf(ctx, user);
    })
    .setKeyPairsDispatcher(async (ctx, identifier) => {
      if (identifier !== instanceActor && (await localUser(ctx.data.db, identifier)) === undefined) return [];
      const owner = identifier === instanceActor ? "instance" : (await localUser(ctx.data.db, identifier))!.id;
      return await actorKeyPairs(ctx.data.db, owner);
    })
    .mapHandle(async (ctx, username) => {
      const handle = username.toLowerCase();
      if (handle === instanceActor) return instanceActor;
      return (await localUser(ctx.data.db, handle)) ? handle : null;
    });

  federation
    .setFollowersDispatcher("/users/{identifier}/followers", async (ctx, identifier, cursor) => {
      const user = await localUser(ctx.data.db, identifier);
      if (user === undefined) return null;
      // Members are hidden from everyone (count only); fedify itself calls this without a cursor
      // to fan out deliveries, which is the only time the full list is read.
      if (cursor !== null) return { items: [] };
      const followers = await acceptedFollowers(ctx.data.db, user.id);
      return {
        items: followers.map((f) => ({
          id: new URL(f.id),
          inboxId: new URL(f.inbox),
          endpoints: f.shared_inbox ? { sharedInbox: new URL(f.shared_inbox) } : null,
        })),
      };
    })
    .setCounter(async (ctx, identifier) => {
      const user = await localUser(ctx.data.db, identifier);
      return user === undefined ? null : await followerCount(ctx.data.db, user.id);
    });

  federation
    .setOutboxDispatcher("/users/{identifier}/outbox", async (ctx, identifier, cursor) => {
      const user = await localUser(ctx.data.db, identifier);
      if (user === undefined) return null;
      const before = cursor ? new Date(cursor) : undefined;
      if (before !== undefined && Number.isNaN(before.getTime())) return null;
      const posts = await authorOutboxPosts(ctx.data.db, ctx.data.gate, user.id, { limit: pageSize, before });
      const settings = await readSettings(ctx.data.db);
      const items = posts.map((post) => {
        const object = objectOfPost(ctx, post, settings.federationObjectType);
        return new Create({
          id: new URL(`${object.id!.href}/activity`),
          actor: ctx.getActorUri(identifier),
          object,
          tos: object.toIds,
          ccs: object.ccIds,
          published: instant(post.publishedAt),
        });
      });
      const last = posts[posts.length - 1];
      return { items, nextCursor: posts.length === pageSize && last ? last.publishedAt.toISOString() : null };
    })
    .setFirstCursor(() => "")
    .setCounter(async (ctx, identifier) => {
      const user = await localUser(ctx.data.db, identifier);
      if (user === undefined) return null;
      const row = await ctx.data.db
        .selectFrom("posts")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("author_id", "=", user.id)
        .where("visibility", "=", "public")
        .where("cleared_version_id", "is not", null)
        .where("deleted_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    });

  federation.setFeaturedDispatcher("/users/{identifier}/featured", async (ctx, identifier) => {
    if ((await localUser(ctx.data.db, identifier)) === undefined) return null;
    return { items: [] };
  });

  // A post's URL: HTML for browsers (Fastify), JSON-LD for ActivityPub clients (here).
  federation
    .setObjectDispatcher(APObject, "/users/{identifier}/posts/{id}", async (ctx, values) => {
      const post = await federatablePost(ctx.data.db, ctx.data.gate, values.id);
      if (post === undefined || post.author.handle !== values.identifier) return null;
      const settings = await readSettings(ctx.data.db);
      return objectOfPost(ctx, post, settings.federationObjectType);
    })
    .authorize(async (ctx, values) => {
      const post = await ctx.data.db
        .selectFrom("posts")
        .innerJoin("users", "users.id", "posts.author_id")
        .select(["posts.visibility", "posts.author_id", "users.handle"])
        .where("posts.id", "=", values.id)
        .executeTakeFirst();
      if (post === undefined || post.handle !== values.identifier) return true; // the dispatcher answers 404
      if (post.visibility === "public" || post.visibility === "unlisted") return true;
      if (post.visibility !== "followers") return false;
      // Followers-only: only a signed fetch by an approved follower.
      const owner = await ctx.getSignedKeyOwner();
      if (owner?.id == null) return false;
      return await isAcceptedFollower(ctx.data.db, post.author_id, owner.id.href);
    });

  federation.setNodeInfoDispatcher("/nodeinfo/2.1", async (ctx) => {
    const db = ctx.data.db;
    const posts = await db
      .selectFrom("posts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("visibility", "=", "public")
      .where("cleared_version_id", "is not", null)
      .where("deleted_at", "is", null)
      .executeTakeFirstOrThrow();
    const active = await db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(sql<boolean>`exists (select 1 from posts where posts.author_id = users.id and posts.updated_at > now() - interval '30 days')`)
      .executeTakeFirstOrThrow();
    const settings = await readSettings(db);
    return {
      software: { name: "rounds", version: "0.1.0", homepage: new URL("https://github.com/") },
      protocols: ["activitypub"],
      services: { inbound: [], outbound: ["atom1.0", "rss2.0"] },
      openRegistrations: settings.openSignup,
      usage: {
        users: { total: await countUsers(db), activeMonth: Number(active.n) },
        localPosts: Number(posts.n),
        localComments: 0,
      },
      metadata: { nodeName: settings.name, nodeDescription: settings.description },
    };
  });

  // "Follow from your server", the other way round: servers that send their visitors to a Rounds
  // user's subscribe page find it here (Mastodon publishes the same template).
  federation.setWebFingerLinksDispatcher((ctx) => [{ rel: subscribeRel, template: `${ctx.canonicalOrigin}${authorizeInteractionPath}?uri={uri}` }]);

  registerInbox(federation);
  return federation;
}
