import { type Portfolio, type PortfolioComment, type PortfolioPost, type PortfolioVersion, currentVersionOf } from "./gather.ts";

/** One file of the export: its path inside the archive, its text and when it last changed. */
export interface PortfolioFile {
  path: string;
  content: string;
  modified: Date;
}

/** A path segment anyone's unzip accepts: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug === "" ? "post" : slug;
}

export function postFolder(post: PortfolioPost): string {
  const title = currentVersionOf(post)?.title ?? "";
  return `posts/${post.createdAt.slice(0, 10)}-${slugify(title)}-${post.id}`;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (value: string | null | undefined): string => (value === null || value === undefined ? "null" : JSON.stringify(value));

function frontMatter(fields: [string, string][]): string {
  return `---\n${fields.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`;
}

function latestCheck(version: PortfolioVersion): string {
  const check = version.privacyChecks.at(-1);
  return check === undefined ? "not checked" : `${check.outcome} (${check.detectorVersion}${check.basis === "review" ? ", approved by a reviewer" : ""})`;
}

function postMarkdown(post: PortfolioPost): string {
  const version = currentVersionOf(post);
  const consent = post.consentRecords.at(-1);
  const head = frontMatter([
    ["title", q(version?.title)],
    ["summary", q(version?.summary)],
    ["id", q(post.id)],
    ["url", q(post.url)],
    ["state", q(post.state)],
    ["visibility", q(post.visibility)],
    ["created", q(post.createdAt)],
    ["updated", q(post.updatedAt)],
    ["published", q(post.publishedAt)],
    ["version", String(post.currentVersion)],
    ["cleared_version", post.clearedVersion === null ? "null" : String(post.clearedVersion)],
    ["reflection_model", q(version?.reflectionModel)],
    ["language", q(version?.language)],
    ["tags", `[${(version?.tags ?? []).map(q).join(", ")}]`],
    ["consent_basis", q(consent?.basis)],
    ["consent_reference", q(consent?.reference)],
    ["privacy_check", q(version === undefined ? undefined : latestCheck(version))],
    ["content_hash", q(version?.contentHash)],
    ["likes", String(post.interactions.likes)],
    ["boosts", String(post.interactions.boosts)],
  ]);
  return `${head}\n${version?.body ?? ""}\n`;
}

function versionMarkdown(post: PortfolioPost, version: PortfolioVersion): string {
  const head = frontMatter([
    ["post", q(post.id)],
    ["version", String(version.number)],
    ["title", q(version.title)],
    ["summary", q(version.summary)],
    ["created", q(version.createdAt)],
    ["reflection_model", q(version.reflectionModel)],
    ["language", q(version.language)],
    ["tags", `[${version.tags.map(q).join(", ")}]`],
    ["content_hash", q(version.contentHash)],
    ["privacy_checks", `[${version.privacyChecks.map((c) => `{ outcome: ${q(c.outcome)}, detector: ${q(c.detectorVersion)}, basis: ${q(c.basis)}, checked: ${q(c.checkedAt)} }`).join(", ")}]`],
  ]);
  return `${head}\n${version.body}\n`;
}

function quoteBlock(text: string): string {
  return text.split("\n").map((line) => (line === "" ? ">" : `> ${line}`)).join("\n");
}

function commentMarkdown(comment: PortfolioComment): string {
  const who = comment.author.handle === "" ? comment.author.name : `${comment.author.name} (${comment.origin === "local" ? "@" : ""}${comment.author.handle})`;
  const where = comment.origin === "remote" ? "from the fediverse" : "on this site";
  const state = comment.state === "visible" ? "" : comment.state === "held" ? " · held by the privacy check, not public" : " · removed by a moderator";
  const text = comment.text === null ? "_(removed)_" : quoteBlock(comment.text);
  return `### ${who}, ${where}\n\n${comment.createdAt}${state}\n\n${text}\n`;
}

function commentsMarkdown(post: PortfolioPost): string {
  const title = currentVersionOf(post)?.title ?? post.id;
  const parts = [`# Feedback on “${title}”\n`, `Likes: ${post.interactions.likes} · Boosts: ${post.interactions.boosts}\n`];
  parts.push("## Reviews\n");
  if (post.reviews.length === 0) parts.push("No review was asked for.\n");
  for (const r of post.reviews) {
    const decided = r.decision === null ? "waiting for a reviewer" : `${r.decision} on ${r.decidedAt}${r.reviewer ? ` by ${r.reviewer.name} (@${r.reviewer.handle})` : ""}`;
    parts.push(`- Version ${r.version ?? "?"}, asked for on ${r.requestedAt}: ${decided}`);
    if (r.authorNote !== "") parts.push(`  - My note: ${r.authorNote.replace(/\n/g, " ")}`);
    if (r.reviewerComment) parts.push(`  - Reviewer's comment: ${r.reviewerComment.replace(/\n/g, " ")}`);
  }
  parts.push("\n## Comments\n");
  if (post.comments.length === 0) parts.push("No comments.\n");
  for (const c of post.comments) parts.push(commentMarkdown(c));
  return `${parts.join("\n")}\n`;
}

function readme(portfolio: Portfolio): string {
  const count = portfolio.posts.length;
  return [
    `Rounds portfolio of ${portfolio.author.displayName} (@${portfolio.author.handle})`,
    `Exported from ${portfolio.instance.origin} on ${portfolio.generatedAt}.`,
    `${count} post${count === 1 ? "" : "s"} (deleted posts are not included).`,
    "",
    "What is inside",
    "",
    "  README.txt         this file",
    `  portfolio.json     everything below, machine-readable (schemaVersion ${portfolio.schemaVersion})`,
    "  posts/<date>-<title>-<id>/",
    "    post.md          the current version: front matter (state, visibility, dates, reflection model,",
    "                     consent basis, privacy check) and the Markdown body",
    "    versions/v<n>.md every version you saved, with the privacy check's outcome and detector version",
    "    comments.md      reviews (decision, reviewer, comment), comments (from this site and the",
    "                     fediverse, with their state) and the like and boost counts",
    "    post.json        this post's part of portfolio.json",
    "",
    "The privacy check records where it flagged a passage, never the passage itself; this export",
    "holds only its outcome. Consent records hold the basis and a filing reference, never a patient's identity.",
    "Comments marked 'held' were held by the privacy check and are not public: take care before sharing them.",
    "",
  ].join("\n");
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files of the export, one post at a time, portfolio.json last. */
export function* portfolioFiles(portfolio: Portfolio): Generator<PortfolioFile> {
  const generated = new Date(portfolio.generatedAt);
  yield { path: "README.txt", content: readme(portfolio), modified: generated };
  for (const post of portfolio.posts) {
    const folder = postFolder(post);
    const modified = new Date(post.updatedAt);
    yield { path: `${folder}/post.md`, content: postMarkdown(post), modified };
    for (const version of post.versions) {
      yield { path: `${folder}/versions/v${version.number}.md`, content: versionMarkdown(post, version), modified: new Date(version.createdAt) };
    }
    yield { path: `${folder}/comments.md`, content: commentsMarkdown(post), modified };
    yield { path: `${folder}/post.json`, content: json({ schemaVersion: portfolio.schemaVersion, ...post }), modified };
  }
  yield { path: "portfolio.json", content: json(portfolio), modified: generated };
}
