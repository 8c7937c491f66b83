import { displayedText } from "../posts/markdown.ts";
import type { PostContent } from "../posts/content.ts";
import { type Finding, type ScannedField, scanFields } from "./detector/index.ts";

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
  shown.links.forEach((href, i) => fields.push({ field: `links[${i}]`, text: href }));
  return fields;
}

/**
 * Findings for a post. A finding in the displayed text that the raw body already shows
 * (same type, same characters) is reported once, on the raw body, where the author edits.
 */
export function scanPost(content: PostContent, nonPatientNames: NonPatientNames = []): Finding[] {
  const findings = scanFields(scannedFieldsOfPost(content), { nonPatientNames });
  const raw = new Set(findings.filter((f) => f.field === "body").map((f) => `${f.type}\u0000${squash(f.text)}`));
  return findings.filter((f) => {
    if (f.field === "body (as displayed)" || f.field.startsWith("links[")) {
      return !raw.has(`${f.type}\u0000${squash(f.text)}`);
    }
    return true;
  });
}

function squash(text: string): string {
  return text.replace(/[\s*_`~\\]/g, "");
}
