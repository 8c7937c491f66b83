import { renderMarkdown } from "../posts/markdown.ts";
import { type Portfolio, currentVersionOf } from "./gather.ts";
import { consentLabel, reflectionLabel, stateLabel } from "./labels.ts";

/** A count in the summary table. */
export interface Tally {
  label: string;
  count: number;
}

function tally(values: readonly string[], label: (value: string) => string, order: readonly string[] = []): Tally[] {
  const counts = new Map<string, number>();
  for (const o of order) counts.set(o, 0);
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ label: label(value), count }));
}

/**
 * The post body sits under the post's title (h2), so its headings (h2 and below after
 * renderMarkdown) move one level down; the sanitised HTML has no attributes on headings.
 */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-6])>/g, (_m, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 1, 6)}>`);
}

/** What portfolio.njk shows: a summary for an annual review, then every post. */
export function portfolioPage(portfolio: Portfolio) {
  const posts = portfolio.posts;
  const current = posts.map((p) => currentVersionOf(p));
  const created = posts.map((p) => p.createdAt).sort();
  const updated = posts.map((p) => p.updatedAt).sort();
  const comments = posts.flatMap((p) => p.comments);
  return {
    author: portfolio.author,
    generatedAt: portfolio.generatedAt,
    summary: {
      posts: posts.length,
      versions: posts.reduce((n, p) => n + p.versions.length, 0),
      from: created[0] ?? null,
      to: updated.at(-1) ?? null,
      byState: tally(posts.map((p) => p.state), stateLabel, ["published", "held", "draft"]),
      byModel: tally(current.map((v) => v?.reflectionModel ?? "free"), reflectionLabel),
      reviews: posts.reduce((n, p) => n + p.reviews.length, 0),
      comments: comments.filter((c) => c.state === "visible").length,
      likes: posts.reduce((n, p) => n + p.interactions.likes, 0),
      boosts: posts.reduce((n, p) => n + p.interactions.boosts, 0),
    },
    posts: posts.map((post, i) => {
      const version = current[i];
      const consent = post.consentRecords.at(-1);
      return {
        id: post.id,
        url: post.url,
        title: version?.title ?? "(untitled)",
        summary: version?.summary ?? "",
        tags: version?.tags ?? [],
        state: post.state,
        stateLabel: stateLabel(post.state),
        visibility: post.visibility,
        createdAt: post.createdAt,
        updatedAt: post.updatedAt,
        publishedAt: post.publishedAt,
        version: post.currentVersion,
        versions: post.versions.length,
        reflection: reflectionLabel(version?.reflectionModel ?? "free"),
        consent: consentLabel(consent?.basis),
        consentReference: consent?.reference ?? null,
        bodyHtml: demoteHeadings(renderMarkdown(version?.body ?? "")),
        reviews: post.reviews,
        // Held comments may identify a patient: counted here, in full only in the ZIP.
        comments: post.comments
          .filter((c) => c.state === "visible")
          .map((c) => ({ ...c, html: c.origin === "local" ? demoteHeadings(demoteHeadings(renderMarkdown(c.text ?? ""))) : null })),
        heldComments: post.comments.filter((c) => c.state === "held").length,
        likes: post.interactions.likes,
        boosts: post.interactions.boosts,
      };
    }),
  };
}
