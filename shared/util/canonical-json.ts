/**
 * Deterministic JSON: object keys sorted, no whitespace. Hashes of events must be
 * identical on every workstation and hub, whatever order a producer wrote the keys in.
 *
 * The hub runs this on every event it takes in, so it is written as one pass that appends
 * to a string (no per-object arrays of entries): the output is the same as sorting
 * `Object.entries` and joining, character for character.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) out += ',';
      const item: unknown = value[index];
      out += item === undefined ? 'null' : canonicalJson(item);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort orders by UTF-16 code units, the same order as comparing with `<`.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}
