import type { Context } from "@fedify/fedify";
import type { FederationData } from "./context.ts";
import { FollowError } from "./follows.ts";
import { isBlockedHost } from "./queries.ts";

/** OStatus's subscribe link, which Mastodon (and most of the fediverse) still publishes in WebFinger. */
export const subscribeRel = "http://ostatus.org/schema/1.0/subscribe";

/** Where Rounds' own subscribe template points (Mastodon's path): a page to follow the account `uri`. */
export const authorizeInteractionPath = "/authorize_interaction";

/**
 * What the follow form should be filled in with for a subscribe page's `uri`: an actor's address as
 * it is, `acct:user@host` as `@user@host`; undefined when it is neither.
 */
export function followTargetOf(uri: string): string | undefined {
  const account = parseAccount(uri);
  if (account !== undefined) return `@${account.user}@${account.host}`;
  try {
    const url = new URL(uri.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A visitor's address that leads nowhere: a follow error with the status to answer and a message they can act on. */
export class RemoteFollowError extends FollowError {
  override name = "RemoteFollowError";
}

/**
 * `@you@server.example`, `you@server.example` or `acct:you@server.example` (a port is allowed):
 * the user and the host, or undefined. The host must be a host and nothing more, since it goes
 * into the URL this server fetches.
 */
export function parseAccount(input: string): { user: string; host: string } | undefined {
  const match = /^(?:acct:)?@?([^@\s/?#:]+)@([^@\s/?#\\]+)$/i.exec(input.trim());
  if (match === null) return undefined;
  const [, user, host] = match as unknown as [string, string, string];
  let url: URL;
  try {
    url = new URL(`https://${host}/`);
  } catch {
    return undefined;
  }
  if (url.username !== "" || url.password !== "" || url.pathname !== "/" || url.search !== "" || url.hash !== "") return undefined;
  return { user, host: url.host };
}

/** How long the visitor's server has to answer, in all. */
const lookupTimeoutMs = 5000;

/**
 * "Follow from your server": asks the visitor's own server, by WebFinger, where its users
 * subscribe to remote accounts (the OStatus subscribe template), and returns that page for the
 * local account `handle`, filled in with its actor URI (as Mastodon fills it in).
 *
 * WebFinger runs over https through fedify (no private addresses, redirects checked); where
 * private addresses are allowed (development and tests) a loopback server is also asked over
 * plain http.
 */
export async function remoteFollowUrl(ctx: Context<FederationData>, account: string, handle: string): Promise<string> {
  const address = `@${handle}@${new URL(ctx.data.config.origin).host}`;
  if (account.trim() === "") {
    throw new RemoteFollowError("Type your own fediverse address, such as @you@mastodon.social, to follow from your server.", 400);
  }
  const parsed = parseAccount(account);
  if (parsed === undefined) {
    throw new RemoteFollowError(`"${account.trim()}" is not a fediverse address. Type yours as @you@mastodon.social: your name on your server, then @ and the server.`, 400);
  }
  const { user, host } = parsed;
  if (await isBlockedHost(ctx.data.db, host)) {
    throw new RemoteFollowError(`${host} is blocked on this server, so you cannot follow ${address} from there.`, 403);
  }
  const resource = `acct:${user}@${host}`;
  const signal = AbortSignal.timeout(lookupTimeoutMs);
  const descriptor = await ctx.lookupWebFinger(resource, { signal }).catch(() => null);
  let links: readonly JrdLink[] | undefined = descriptor === null ? undefined : (descriptor.links ?? []);
  if (links === undefined && ctx.data.config.allowPrivateAddresses && !signal.aborted) {
    links = await plainHttpWebFinger(host, resource, signal);
  }
  if (links === undefined && signal.aborted) {
    throw new RemoteFollowError(`${host} took too long to answer. Try again later, or search for ${address} on your server.`, 504);
  }
  if (links === undefined) {
    throw new RemoteFollowError(`${host} did not answer for @${user}@${host}. Check your address; if it is right, your server may be down: search for ${address} on it later.`, 502);
  }
  const template = links.find((l) => l.rel === subscribeRel && typeof l.template === "string")?.template as string | undefined;
  const target = template?.includes("{uri}") ? template.replaceAll("{uri}", encodeURIComponent(ctx.getActorUri(handle).href)) : undefined;
  if (target === undefined || !isWebUrl(target, ctx.data.config.allowPrivateAddresses)) {
    throw new RemoteFollowError(`${host} does not say where its users follow other accounts. Search for ${address} on your server instead.`, 422);
  }
  return target;
}

interface JrdLink {
  rel?: unknown;
  template?: unknown;
}

/** The links of a WebFinger answer over plain http, or undefined when there is no answer. */
async function plainHttpWebFinger(host: string, resource: string, signal: AbortSignal): Promise<JrdLink[] | undefined> {
  try {
    const response = await fetch(`http://${host}/.well-known/webfinger?resource=${encodeURIComponent(resource)}`, {
      headers: { accept: "application/jrd+json" }, redirect: "manual", signal,
    });
    if (!response.ok) return undefined;
    const jrd = (await response.json()) as { links?: unknown };
    return Array.isArray(jrd.links) ? (jrd.links as JrdLink[]) : [];
  } catch {
    return undefined;
  }
}

function isWebUrl(candidate: string, allowHttp: boolean): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || (allowHttp && url.protocol === "http:");
  } catch {
    return false;
  }
}
