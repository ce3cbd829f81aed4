import "server-only";
import { createReadStream } from "node:fs";

/**
 * The text of an import file, readable as often as the import needs (once to count and check, once more for the
 * kinds that keep their rows), a chunk at a time.
 */
export type CsvSource = { chunks: () => AsyncIterable<string> };

/** A file in memory (tests, small callers): one chunk. */
export const textSource = (text: string): CsvSource => ({
  chunks: async function* () {
    yield text;
  },
});

/** Chunk size of file reads: large enough for few system calls, small against any file. */
const READ_CHUNK = 256 * 1024;

/** A UTF-8 file on disk (the spooled upload), decoded chunk by chunk; a character split between reads is kept whole. */
export const fileSource = (path: string): CsvSource => ({
  chunks: async function* () {
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
    const decoder = new TextDecoder("utf-8", { fatal: true });
    try {
      for await (const buffer of stream as AsyncIterable<Buffer>) {
        const text = decoder.decode(buffer, { stream: true });
        if (text) yield text;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      stream.destroy();
    }
  },
});
