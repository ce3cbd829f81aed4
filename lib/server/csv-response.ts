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

/**
 * A CSV download streamed batch by batch: UTF-8 with a BOM so Excel shows Chinese correctly; a client that goes
 * away stops the query generator.
 */
export function csvStreamResponse<T>(file: { filename: string; header: string; batches: AsyncGenerator<T[]>; rows: (batch: T[]) => string }) {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + file.header));
    },
    async pull(controller) {
      const next = await file.batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(file.rows(next.value)));
    },
    async cancel() {
      await file.batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
