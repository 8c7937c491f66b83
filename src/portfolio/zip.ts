import { Readable } from "node:stream";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import type { PortfolioFile } from "./files.ts";

/**
 * A ZIP archive as a byte stream: each file is deflated and its bytes handed on as soon as it
 * is added, so the archive itself is never held whole in memory.
 */
export function zipStream(files: Iterable<PortfolioFile>): Readable {
  return Readable.from(zipChunks(files), { objectMode: false });
}

async function* zipChunks(files: Iterable<PortfolioFile>): AsyncGenerator<Buffer> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* drain(): Generator<Buffer> {
    if (failure !== null) throw failure;
    while (ready.length > 0) {
      const chunk = ready.shift()!;
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  for (const file of files) {
    const entry = new ZipDeflate(file.path, { level: 6 });
    // DOS timestamps start in 1980.
    entry.mtime = file.modified.getTime() < Date.UTC(1980, 1, 1) ? new Date() : file.modified;
    zip.add(entry);
    entry.push(strToU8(file.content), true);
    yield* drain();
    await yieldToEventLoop();
  }
  zip.end();
  yield* drain();
}
