import "server-only";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { IMPORT_MAX_BYTES, type ImportReason } from "@/lib/csv-import/report";

/**
 * The uploaded file spooled to a temporary file, or why it cannot be read: `tooLarge` (refused before or while
 * reading, nothing is kept), `incomplete` (fewer bytes arrived than Content-Length announced: something on the way
 * cut the body, and a cut file must never be imported as if whole), `notUtf8`. A spooled file is the caller's to
 * `dispose` (in a finally); a refused one is already deleted.
 */
export type UploadFile =
  | { ok: true; path: string; bytes: number; dispose: () => Promise<void> }
  | { ok: false; problem: "tooLarge" | "incomplete" | "notUtf8"; reason: ImportReason };

const tooLarge = (maxBytes: number): UploadFile => ({
  ok: false,
  problem: "tooLarge",
  reason: { key: "csvImport.fileError.tooLarge", values: { max: Math.round(maxBytes / 1024 / 1024) } },
});
const notUtf8: UploadFile = { ok: false, problem: "notUtf8", reason: { key: "csvImport.fileError.notUtf8" } };

/** Where uploads are spooled: the system's temporary directory unless KAM_IMPORT_TMPDIR names another. */
export const importSpoolDir = () => process.env.KAM_IMPORT_TMPDIR || tmpdir();

/**
 * Streams the request body (it is never buffered by a size-limited layer: the proxy does not run for the upload
 * route) into a temporary file, checking on the way that it is strict UTF-8, so the import can read it as often as
 * it needs in the memory of one chunk. A declared Content-Length over the maximum is refused without reading; a
 * body without one is counted as it arrives and refused as soon as it passes the maximum.
 */
export async function spoolUpload(request: Request, { maxBytes = IMPORT_MAX_BYTES, dir = importSpoolDir() } = {}): Promise<UploadFile> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  if (declared !== null && declared > maxBytes) return tooLarge(maxBytes);

  const folder = await mkdtemp(path.join(dir, "kam-import-"));
  const dispose = () => rm(folder, { recursive: true, force: true });
  const file = path.join(folder, "upload.csv");
  let kept = false;
  try {
    const handle = await open(file, "wx", 0o600);
    let bytes = 0;
    try {
      if (request.body) {
        const reader = request.body.getReader();
        const decoder = new TextDecoder("utf-8", { fatal: true });
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
          if (bytes > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return tooLarge(maxBytes);
          }
          try {
            decoder.decode(value, { stream: true });
          } catch {
            await reader.cancel().catch(() => undefined);
            return notUtf8;
          }
          await handle.write(value);
        }
        try {
          decoder.decode();
        } catch {
          return notUtf8;
        }
      }
    } finally {
      await handle.close();
    }
    if (declared !== null && bytes !== declared) {
      return { ok: false, problem: "incomplete", reason: { key: "csvImport.fileError.incomplete", values: { received: bytes, expected: declared } } };
    }
    kept = true;
    return { ok: true, path: file, bytes, dispose };
  } finally {
    if (!kept) await dispose();
  }
}
