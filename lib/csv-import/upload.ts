import "server-only";
import { IMPORT_MAX_BYTES, type ImportReason } from "@/lib/csv-import/report";

/**
 * The uploaded file as text, or why it cannot be read: `tooLarge` (refused before or while reading, nothing is kept),
 * `incomplete` (fewer bytes arrived than Content-Length announced: something on the way cut the body, and a cut
 * file must never be imported as if whole), `notUtf8`.
 */
export type UploadText = { ok: true; text: string; bytes: number } | { ok: false; problem: "tooLarge" | "incomplete" | "notUtf8"; reason: ImportReason };

const tooLarge = (maxBytes: number): UploadText => ({
  ok: false,
  problem: "tooLarge",
  reason: { key: "csvImport.fileError.tooLarge", values: { max: Math.round(maxBytes / 1024 / 1024) } },
});

/**
 * Streams the request body (it is never buffered by a size-limited layer: the proxy does not run for the upload
 * route) and decodes it as strict UTF-8 chunk by chunk. A declared Content-Length over the maximum is refused
 * without reading; a body without one is counted as it arrives and refused as soon as it passes the maximum.
 */
export async function readUploadText(request: Request, maxBytes: number = IMPORT_MAX_BYTES): Promise<UploadText> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  if (declared !== null && declared > maxBytes) return tooLarge(maxBytes);
  if (!request.body) return { ok: true, text: "", bytes: 0 };

  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    try {
      parts.push(decoder.decode(value, { stream: true }));
    } catch {
      await reader.cancel().catch(() => undefined);
      return { ok: false, problem: "notUtf8", reason: { key: "csvImport.fileError.notUtf8" } };
    }
  }
  try {
    parts.push(decoder.decode());
  } catch {
    return { ok: false, problem: "notUtf8", reason: { key: "csvImport.fileError.notUtf8" } };
  }
  if (declared !== null && bytes !== declared) {
    return { ok: false, problem: "incomplete", reason: { key: "csvImport.fileError.incomplete", values: { received: bytes, expected: declared } } };
  }
  return { ok: true, text: parts.join(""), bytes };
}
