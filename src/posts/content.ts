import type { PostVersion } from "../db/schema.ts";

/** Everything of a post version that the world could see: exactly what the gate checks and hashes. */
export interface PostContent {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: string;
  readonly reflectionModel: string;
}

export function contentOfVersion(version: PostVersion): PostContent {
  return {
    title: version.title,
    summary: version.summary,
    body: version.body,
    tags: version.tags,
    language: version.language,
    reflectionModel: version.reflection_model,
  };
}
