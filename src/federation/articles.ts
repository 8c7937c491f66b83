import { LanguageString } from "@fedify/fedify";
import { Article, Hashtag, Note, Object as APObject, PUBLIC_COLLECTION } from "@fedify/vocab";
import type { FederationObjectType } from "../instance/settings.ts";
import { tagPath } from "../posts/urls.ts";
import { assertCleared, type ClearedPost } from "../privacy/cleared.ts";
import type { RoundsContext } from "./context.ts";
import { instant } from "./instant.ts";

/** Who an object is addressed to, by visibility. Private posts never leave (no addressing exists). */
export function addressing(ctx: RoundsContext, post: ClearedPost): { to: URL[]; cc: URL[] } {
  const followers = ctx.getFollowersUri(post.author.handle);
  switch (post.visibility) {
    case "public": return { to: [PUBLIC_COLLECTION], cc: [followers] };
    case "unlisted": return { to: [followers], cc: [PUBLIC_COLLECTION] };
    case "followers": return { to: [followers], cc: [] };
    case "private": throw new Error("A private post never federates.");
  }
}

/**
 * The ActivityPub object of a cleared post. Mastodon shows an Article as its name, its summary
 * and a link (never its content), and a Note in full; the instance setting picks which.
 */
export function objectOfPost(ctx: RoundsContext, post: ClearedPost, type: FederationObjectType): Article | Note {
  assertCleared(post);
  const id = ctx.getObjectUri(APObject, { identifier: post.author.handle, id: post.postId });
  const url = new URL(`/users/${post.author.handle}/posts/${post.postId}`, ctx.canonicalOrigin);
  const { to, cc } = addressing(ctx, post);
  const language = post.content.language;
  const tags = post.content.tags.map((tag) => new Hashtag({ name: `#${tag}`, href: new URL(tagPath(tag), ctx.canonicalOrigin) }));
  // Other Rounds instances put posts that ask for feedback first in their mentors' readers.
  if (post.feedbackRequested) tags.push(new Hashtag({ name: "#FeedbackRequested", href: new URL(tagPath("feedbackrequested"), ctx.canonicalOrigin) }));
  const common = {
    id,
    attribution: ctx.getActorUri(post.author.handle),
    url,
    tos: to,
    ccs: cc,
    published: instant(post.publishedAt),
    updated: post.versionNumber > 1 || post.updatedAt.getTime() > post.publishedAt.getTime() + 1000 ? instant(post.updatedAt) : null,
    tags,
    replies: new URL(`${id.href}/replies`),
    sensitive: false,
  };
  if (type === "Note") {
    const heading = `<p><strong>${escapeHtml(post.content.title)}</strong></p>`;
    const summary = post.content.summary ? `<p>${escapeHtml(post.content.summary)}</p>` : "";
    return new Note({ ...common, content: inLanguage(`${heading}${summary}${post.html}`, language) });
  }
  return new Article({
    ...common,
    name: inLanguage(post.content.title, language),
    summary: post.content.summary ? inLanguage(post.content.summary, language) : null,
    content: inLanguage(post.html, language),
  });
}

/** contentMap/nameMap carry the language: Mastodon reads it from the first key. */
function inLanguage(text: string, language: string): string | LanguageString {
  try {
    return new LanguageString(text, language);
  } catch {
    return text;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
