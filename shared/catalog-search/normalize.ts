/**
 * Query and field normalisation shared by the index and the query side, so both compare the
 * same form: NFKC folds the full-width letters, digits and dashes a Chinese IME produces
 * ("ＣＹ－０６") into ASCII, then case is dropped.
 */

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Space-separated terms (ASCII or the ideographic space U+3000, which NFKC folds to ASCII). */
export function splitTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/** True when a term can only be pinyin: letters only (ü typed as v, as every IME does). */
export function isPinyinLike(term: string): boolean {
  return /^[a-z]+$/.test(term);
}

/** Codes compare without dashes, so "cy06003" and "CY-06-003" are the same key. */
export function compactCode(text: string): string {
  return text.replace(/[-\s]/g, '');
}
