import type { ImportEvent, ImportKind } from "@/lib/csv-import/report";

export type ImportMode = "check" | "commit";

/**
 * Posts the file to the import route and hands each streamed NDJSON event to `onEvent`, as it arrives, so
 * progress shows while the server checks and writes. Resolves with the final event (report or error).
 */
export async function sendImport(
  file: File,
  { kind, mode, onlyValid = false }: { kind: ImportKind; mode: ImportMode; onlyValid?: boolean },
  onEvent: (event: ImportEvent) => void,
): Promise<ImportEvent> {
  const query = new URLSearchParams({ kind, mode, ...(onlyValid ? { onlyValid: "1" } : {}) });
  const response = await fetch(`/accounts/import/upload?${query}`, { method: "POST", body: file, headers: { "Content-Type": "text/csv" } });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { type: "error", message: body?.error ?? response.statusText };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: ImportEvent | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      last = JSON.parse(line) as ImportEvent;
      onEvent(last);
    }
    if (done) break;
  }
  return last ?? { type: "error", message: "" };
}
