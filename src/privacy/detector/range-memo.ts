/**
 * Speed (session 8): a memo keyed by a piece of a text (text[start..end)), looked up without cutting the piece out.
 * The word memos of the hot tokenisers (names.ts, the tagger's features.ts) were Maps keyed by each token's text: every
 * token paid for a new string (and a lower-cased one) and for hashing it in Map.get, some 70–80 ns a token, thousands
 * of tokens a post. Here the piece is hashed from the text's own character codes and compared in place
 * (String.prototype.startsWith), and a hit returns what was stored, strings included, allocating nothing.
 *
 * A pure cache: what it returns is exactly what would be computed again on a miss. Bounded: emptied when it reaches
 * `limit` entries, so a flood of invented words cannot grow it without end.
 */
export class RangeMemo<T> {
  private readonly limit: number;
  /** Open addressing, linear probing: entry index + 1, 0 for an empty slot. A power of two long, at most half full. */
  private slots = new Int32Array(1024);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: T[] = [];

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The value stored for the piece text[start..end), or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    const h = hashRange(text, start, end);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = (slots[s] as number) - 1;
      if (e < 0) return undefined;
      const key = this.keys[e] as string;
      if (this.hashes[e] === h && key.length === end - start && text.startsWith(key, start)) return this.values[e];
    }
  }

  /** Store a value for `key` (the piece's text), which get has just missed. */
  set(key: string, value: T): void {
    if (this.keys.length >= this.limit) this.clear();
    if (2 * (this.keys.length + 1) > this.slots.length) this.grow();
    this.keys.push(key);
    this.hashes.push(hashRange(key, 0, key.length));
    this.values.push(value);
    this.place(this.keys.length - 1);
  }

  get size(): number {
    return this.keys.length;
  }

  private clear(): void {
    this.slots = new Int32Array(1024);
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.keys.length; e++) this.place(e);
  }

  private place(e: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = (this.hashes[e] as number) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  }
}

/** FNV-1a over the UTF-16 units of text[start..end). */
function hashRange(text: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
