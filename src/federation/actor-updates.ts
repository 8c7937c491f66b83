import { PUBLIC_COLLECTION, Update } from "@fedify/vocab";
import type { ActorChanged } from "../accounts/account-settings.ts";
import type { Config } from "../config.ts";
import { newId } from "../db/ids.ts";
import type { Gate } from "../privacy/gate.ts";
import { personOf } from "./actor.ts";
import type { RoundsFederation } from "./context.ts";
import { instant } from "./instant.ts";
import { withTransaction } from "./message-queue.ts";
import { followerCount, localUser } from "./queries.ts";
import { contextFactory } from "./service.ts";

/**
 * Sends `Update(Person)` with the actor's current document to its approved followers, through
 * the durable queue in the caller's transaction (the transactional outbox): a changed setting
 * and the update that announces it commit together. Addressed as Mastodon addresses its own
 * profile updates: Public, with the followers in `cc`.
 */
export function federationActorUpdates(federation: RoundsFederation, gate: Gate, config: Config): ActorChanged {
  const context = contextFactory(federation, gate, config);
  return async (trx, handle) => {
    const user = await localUser(trx, handle);
    if (user === undefined || (await followerCount(trx, user.id)) === 0) return;
    const ctx = context(trx);
    await withTransaction(trx, async () => {
      const person = await personOf(ctx, user);
      const activity = new Update({
        id: new URL(`${ctx.getActorUri(handle).href}/updates/${newId()}`),
        actor: ctx.getActorUri(handle),
        object: person,
        tos: [PUBLIC_COLLECTION],
        ccs: [ctx.getFollowersUri(handle)],
        published: instant(new Date()),
      });
      await ctx.sendActivity({ identifier: handle }, "followers", activity, { preferSharedInbox: true });
    });
  };
}
