import { createHash } from "node:crypto";
import type { PostContent } from "../posts/content.ts";

/** SHA-256 of the canonical form of everything the world could see of a version. */
export function contentHash(content: PostContent): string {
  const canonical = JSON.stringify([
    content.title, content.summary, content.body, [...content.tags], content.language, content.reflectionModel,
  ]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** SHA-256 of one text (a comment body a moderator released). */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
