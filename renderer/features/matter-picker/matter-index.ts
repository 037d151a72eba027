/**
 * The search index over the bundled catalog, built once per app run: on first use, or earlier
 * when the browser is idle. Computing the pinyin of every name takes tens to hundreds of ms,
 * which must not land on a clerk's first keystroke.
 */
import { buildCatalogIndex, type CatalogIndex } from '../../../shared/catalog-search/catalog-index';
import type { Matter } from '../../../shared/domain/matter/matter';
import { matters } from '../../catalog/catalog';

let index: CatalogIndex<Matter> | null = null;

export function matterIndex(): CatalogIndex<Matter> {
  index ??= buildCatalogIndex(matters);
  return index;
}

// Build in the first idle moment after start-up, so the first keystroke in a picker does not
// pay for the pinyin of the whole catalog (hundreds of ms on a busy hall PC).
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => matterIndex(), { timeout: 10_000 });
