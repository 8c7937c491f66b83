import { createHash } from "node:crypto";
import type { PostContent } from "../posts/content.ts";

/** SHA-256 of the canonical form of everything the world could see of a version. */
export function contentHash(content: PostContent): string {
  const canonical = JSON.stringify([
    content.title, content.summary, content.body, [...content.tags], content.language, content.reflectionModel,
  ]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
