/**
 * The tagger's weights on disk: gzip of a small header and the non-zero weights, each as the gap from the previous
 * non-zero index (a varint) and a signed byte. Weights are quantised to bytes by one scale for the whole table: the
 * decoder only compares sums, so a common scale changes nothing but rounding (bench/tagger/train.ts measures the
 * quantised table, the one that ships).
 */
import { gunzipSync, gzipSync } from "node:zlib";

const MAGIC = "RTG1";

export interface QuantisedWeights {
  /** BUCKETS × CLASSES signed bytes, bucket-major. */
  readonly table: Int8Array;
  /** What one step of a byte is worth in perceptron units. */
  readonly scale: number;
  readonly bits: number;
  readonly classes: number;
}

export function quantise(weights: Float32Array, bits: number, classes: number): QuantisedWeights {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 127;
  const table = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) table[i] = Math.round((weights[i] as number) / scale);
  return { table, scale, bits, classes };
}

export function encodeWeights(w: QuantisedWeights): Buffer {
  const bytes: number[] = [];
  let last = -1;
  for (let i = 0; i < w.table.length; i++) {
    const v = w.table[i] as number;
    if (v === 0) continue;
    let gap = i - last - 1;
    last = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    bytes.push(v & 0xff);
  }
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt8(w.bits, 4);
  header.writeUInt8(w.classes, 5);
  header.writeFloatLE(w.scale, 8);
  header.writeUInt32LE(w.table.length, 12);
  return gzipSync(Buffer.concat([header, Buffer.from(bytes)]), { level: 9 });
}

/**
 * The table as compressed sparse rows: a bucket's non-zero weights are `labels[rows[b]..rows[b+1]]` with `values` beside
 * them. Most buckets carry two or three labels of the fourteen, so the decoder adds a few numbers per feature, not 14.
 */
export interface SparseWeights {
  readonly rows: Int32Array;
  readonly labels: Uint8Array;
  readonly values: Int8Array;
  readonly scale: number;
  readonly bits: number;
  readonly classes: number;
}

export function toSparse(w: QuantisedWeights): SparseWeights {
  let nonZero = 0;
  for (const v of w.table) if (v !== 0) nonZero++;
  const buckets = 1 << w.bits;
  const rows = new Int32Array(buckets + 1);
  const labels = new Uint8Array(nonZero);
  const values = new Int8Array(nonZero);
  let k = 0;
  for (let b = 0; b < buckets; b++) {
    rows[b] = k;
    for (let c = 0; c < w.classes; c++) {
      const v = w.table[b * w.classes + c] as number;
      if (v === 0) continue;
      labels[k] = c;
      values[k] = v;
      k++;
    }
  }
  rows[buckets] = k;
  return { rows, labels, values, scale: w.scale, bits: w.bits, classes: w.classes };
}

export function decodeWeights(file: Buffer): QuantisedWeights {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (error) {
    throw new Error("tagger weights: not a gzip file", { cause: error });
  }
  if (raw.length < 16) throw new Error("tagger weights: truncated or corrupt");
  if (raw.toString("latin1", 0, 4) !== MAGIC) throw new Error("tagger weights: not an RTG1 file");
  const bits = raw.readUInt8(4);
  const classes = raw.readUInt8(5);
  const scale = raw.readFloatLE(8);
  const length = raw.readUInt32LE(12);
  if (length !== (1 << bits) * classes) throw new Error("tagger weights: table size does not match its header");
  const table = new Int8Array(length);
  let i = -1;
  let p = 16;
  while (p < raw.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = raw[p++] as number;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    i += gap + 1;
    if (i >= length || p >= raw.length) throw new Error("tagger weights: truncated or corrupt");
    table[i] = ((raw[p++] as number) << 24) >> 24;
  }
  return { table, scale, bits, classes };
}
