import type { Context } from "@fedify/fedify";
import { Endpoints, Person, PropertyValue } from "@fedify/vocab";
import { effectiveDiscovery } from "../accounts/account-settings.ts";
import type { User } from "../db/schema.ts";
import { readSettings } from "../instance/settings.ts";
import type { FederationData } from "./context.ts";
import { instant } from "./instant.ts";

/**
 * A local account as an ActivityPub `Person`: what the actor dispatcher serves and what an
 * `Update(Person)` carries, built in one place so the two never disagree.
 */
export async function personOf(ctx: Context<FederationData>, user: User): Promise<Person> {
  const keys = await ctx.getActorKeyPairs(user.handle);
  const profile = new URL(`/users/${user.handle}`, ctx.canonicalOrigin);
  // Not listed in directories nor indexed for search unless the owner opted in (and, for a
  // student, the instance allows it): reflective logs are not for discovery by default.
  const discovery = effectiveDiscovery(user, await readSettings(ctx.data.db));
  return new Person({
    id: ctx.getActorUri(user.handle),
    preferredUsername: user.handle,
    name: user.display_name,
    summary: user.bio ? escapeHtml(user.bio) : null,
    url: profile,
    inbox: ctx.getInboxUri(user.handle),
    outbox: ctx.getOutboxUri(user.handle),
    followers: ctx.getFollowersUri(user.handle),
    featured: ctx.getFeaturedUri(user.handle),
    endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
    publicKey: keys[0]?.cryptographicKey,
    assertionMethods: keys.map((k) => k.multikey),
    manuallyApprovesFollowers: !user.auto_approve_followers,
    discoverable: discovery.discoverable,
    indexable: discovery.indexable,
    published: instant(user.created_at),
    // Profile fields: always an array (Mastodon drops them all otherwise); fedify compacts a
    // single element into an object, so there are always at least two.
    attachments: [
      new PropertyValue({ name: "Role", value: user.role }),
      new PropertyValue({ name: "Reflective logs", value: `<a href="${profile.href}" rel="me">${escapeHtml(profile.host)}/users/${escapeHtml(user.handle)}</a>` }),
    ],
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
