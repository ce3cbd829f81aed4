/**
 * Maps a CSV header to the fields of an import. Headers match a field's key or one of its aliases (English
 * or Chinese) ignoring case, spaces, underscores, hyphens and full-width forms, so "Order date", "order_date",
 * "orderDate" and "订单日期" all name the same field.
 */
export type CsvColumnSpec<K extends string = string> = {
  key: K;
  aliases: readonly string[];
  required?: boolean;
};

export type ColumnMapping<K extends string> = {
  /** For each field, the index of its column in a record (first matching header wins). */
  index: Partial<Record<K, number>>;
  mapped: { header: string; key: K }[];
  /** Headers that name no field (or a field already taken by an earlier column); their values are ignored. */
  ignored: string[];
  /** Required fields without a column: the file cannot be imported. */
  missing: K[];
};

export const normalizeHeader = (header: string) =>
  header.normalize("NFKC").trim().toLowerCase().replace(/[\s_\-.·:()/#*]/g, "");

export function mapColumns<K extends string>(headers: readonly string[], specs: readonly CsvColumnSpec<K>[]): ColumnMapping<K> {
  const lookup = new Map<string, K>();
  for (const spec of specs) {
    for (const name of [spec.key, ...spec.aliases]) lookup.set(normalizeHeader(name), spec.key);
  }
  const result: ColumnMapping<K> = { index: {}, mapped: [], ignored: [], missing: [] };
  headers.forEach((header, i) => {
    const key = lookup.get(normalizeHeader(header));
    if (key === undefined || result.index[key] !== undefined) {
      if (header.trim() !== "") result.ignored.push(header);
      return;
    }
    result.index[key] = i;
    result.mapped.push({ header, key });
  });
  result.missing = specs.filter((s) => s.required && result.index[s.key] === undefined).map((s) => s.key);
  return result;
}

/** The record's values by field key, trimmed; a field without a column is "". */
export function pickFields<K extends string>(fields: readonly string[], mapping: ColumnMapping<K>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(mapping.index) as K[]) out[key] = (fields[mapping.index[key]!] ?? "").trim();
  return out;
}
