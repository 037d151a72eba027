/** Helpers for reading document definitions in unit tests. */

/** Every string a document would print (text nodes, table cells, list items), in order. */
export function printedStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(printedStrings);
  if (node && typeof node === 'object') {
    const { text, stack, columns, ol, ul, table } = node as Record<string, unknown>;
    const body = (table as { body?: unknown } | undefined)?.body;
    return [text, stack, columns, ol, ul, body].flatMap((child) => (child === undefined ? [] : printedStrings(child)));
  }
  return [];
}

/** All printed text joined, for `toContain` checks across text runs. */
export const printedText = (node: unknown): string => printedStrings(node).join('');

/** True when the value holds a function anywhere (it could then not be posted to the worker). */
export function holdsFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(holdsFunction);
  if (value && typeof value === 'object') return Object.values(value).some(holdsFunction);
  return false;
}

/** Style names used by text nodes, to tell the normal from the dense density. */
export function styleNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(styleNames);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.style === 'string' ? [record.style] : [];
  return [...own, ...Object.values(record).flatMap(styleNames)];
}
