import { displayedText } from "../posts/markdown.ts";
import type { PostContent } from "../posts/content.ts";
import { type Finding, type ScannedField, runTogetherFindings, scanFields, scanText } from "./detector/index.ts";

/** Names that are never a patient's: the author's own name and handle. */
export type NonPatientNames = readonly string[];

/**
 * Every text of a post the world will see, as the gate checks it: the raw fields, and
 * what the rendered Markdown shows (decoded text and link targets), which can differ
 * from the source (entities, emphasis splitting a number, a name hidden in a link).
 */
export function scannedFieldsOfPost(content: PostContent): ScannedField[] {
  const shown = displayedText(content.body);
  const fields: ScannedField[] = [
    { field: "title", text: content.title },
    { field: "summary", text: content.summary },
    { field: "body", text: content.body },
  ];
  content.tags.forEach((tag, i) => fields.push({ field: `tags[${i}]`, text: tag }));
  fields.push({ field: "body (as displayed)", text: shown.text });
  shown.links.forEach((href, i) => {
    fields.push({ field: `links[${i}]`, text: href });
    const words = wordsOfLink(href);
    if (words !== "") fields.push({ field: `links[${i}] (in words)`, text: words });
  });
  return fields;
}

/**
 * What a link's path, query and fragment say, in words: percent-escapes decoded, "+" and URL punctuation as spaces
 * ("https://www.nice.org.uk/search?q=Mrs+Okonkwo%20aged%2094" → "search, q, Mrs Okonkwo aged 94"). A link to a trusted
 * site can still carry a patient's name or number in its query; the host itself is checked as the link written.
 */
export function wordsOfLink(href: string): string {
  const rest = href.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?/i, "");
  // Split on the delimiters as written, then decode each part: an escaped "%23" or "%2F" is the writer's text.
  // Runs of spaces inside a part stay: spaced-out text keeps its word gaps for the detector (normalise.ts, step 8).
  return rest
    .replace(/\+/g, " ")
    .split(/[/?#&=]+/)
    .map((part) => part.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    }).trim())
    .filter((part) => part !== "")
    .join(", ");
}

/**
 * Findings for a post. A finding in the displayed text that the raw body already shows
 * (same type, same characters) is reported once, on the raw body, where the author edits.
 */
export function scanPost(content: PostContent, nonPatientNames: NonPatientNames = []): Finding[] {
  const findings = scanFields(scannedFieldsOfPost(content), { nonPatientNames });
  // A tag runs its words together ("MrsOkonkwo", "born14March1931"): its words are read spread apart too.
  content.tags.forEach((tag, i) => {
    const field = `tags[${i}]`;
    const own = findings.filter((f) => f.field === field);
    findings.push(...runTogetherFindings(tag, 0, tag, (spread) => scanText(spread, field, { nonPatientNames }), own));
  });
  const raw = new Set(findings.filter((f) => f.field === "body").map((f) => `${f.type}\u0000${squash(f.text)}`));
  return findings.filter((f) => {
    // A link's decoded address is a place of its own to fix, even when the same name also stands in the text.
    if (f.field === "body (as displayed)" || (f.field.startsWith("links[") && !f.field.endsWith("(in words)"))) {
      return !raw.has(`${f.type}\u0000${squash(f.text)}`);
    }
    return true;
  });
}

function squash(text: string): string {
  return text.replace(/[\s*_`~\\]/g, "");
}

