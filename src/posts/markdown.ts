import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown → HTML for posts and comments.
 * Raw HTML in the source is off (markdown-it `html: false`): authors write Markdown, not markup.
 * Images are off too: a remote image leaks every reader's address to its host, and a clinical
 * image needs a consent workflow Rounds does not have yet. `![alt](url)` renders as a link.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.disable(["image"]);

/**
 * The allow-list, defended: structure (headings, lists, quotes, tables, code), emphasis,
 * and links to http(s) and mailto only. No images, no iframes, no forms, no style or class
 * attributes (the theme styles everything), no event handlers, no `javascript:` URLs.
 */
export const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
    "ul", "ol", "li", "strong", "em", "del", "s", "sup", "sub",
    "a", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // The post title is the page's h1; headings in the body start at h2.
    h1: "h2",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener noreferrer" } }),
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions);
}

/**
 * HTML from elsewhere (replies from Mastodon): the same allow-list, plus the few classes that mark
 * mentions and hashtags (so they stay recognisable) and the span Mastodon wraps mentions in.
 */
const remoteSanitizeOptions: sanitizeHtml.IOptions = {
  ...sanitizeOptions,
  allowedTags: [...(sanitizeOptions.allowedTags as string[]), "span"],
  allowedClasses: { a: ["mention", "hashtag", "u-url"], span: ["h-card"] },
};

export function sanitizeRemoteHtml(html: string): string {
  return sanitizeHtml(html, remoteSanitizeOptions);
}

export interface DisplayedText {
  /** The words a reader sees, entities decoded, one block per line. */
  text: string;
  /** Every link target (href), as the reader's browser would follow it. */
  links: string[];
}

/** What a reader of the rendered Markdown sees: the text and the link targets. */
export function displayedText(source: string): DisplayedText {
  const tokens = markdown.parse(source, {});
  const parts: string[] = [];
  const links: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline") {
      let line = "";
      for (const child of token.children ?? []) {
        if (child.type === "text" || child.type === "code_inline") line += child.content;
        else if (child.type === "softbreak" || child.type === "hardbreak") line += "\n";
        else if (child.type === "link_open") {
          const href = child.attrGet("href");
          if (href) links.push(String(href));
        }
      }
      parts.push(line);
    } else if (token.type === "fence" || token.type === "code_block") {
      parts.push(token.content);
    }
  }
  return { text: parts.join("\n"), links };
}

/** Plain text for summaries and feeds. */
export function plainText(source: string): string {
  return displayedText(source).text;
}
