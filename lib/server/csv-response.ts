import "server-only";

/** A CSV download; the file name is given both plain (ASCII fallback) and UTF-8 encoded for Chinese names. */
export function csvResponse(file: { filename: string; csv: string }): Response {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_");
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
