/** Stable URLs keyed by id, never by title, so they survive every edit. */
export function postPath(handle: string, postId: string): string {
  return `/users/${handle}/posts/${postId}`;
}

export function authorPath(handle: string): string {
  return `/users/${handle}`;
}

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag.toLowerCase())}`;
}
