/**
 * The search index over the bundled catalog, built once per app run. Building it means the
 * pinyin of every name and alias (pinyin-pro, 200 KB of dictionary, and hundreds of ms on a
 * busy hall PC), so neither is part of the first screen: the index module is a chunk of its
 * own, loaded and built once the browser is idle after the first screen, or at once when a
 * picker is used earlier. Until then the pickers show that the catalog is being prepared.
 */
import { useEffect, useState } from 'react';
import type { CatalogIndex } from '../../../shared/catalog-search/catalog-index';
import type { Matter } from '../../../shared/domain/matter/matter';
import { matters } from '../../catalog/catalog';
import { afterFirstScreen } from '../../workstation/after-first-screen';
import { markStart } from '../../workstation/start-marks';

let built: CatalogIndex<Matter> | null = null;
let building: Promise<CatalogIndex<Matter>> | null = null;

export function loadMatterIndex(): Promise<CatalogIndex<Matter>> {
  building ??= import('../../../shared/catalog-search/catalog-index').then(({ buildCatalogIndex }) => {
    built = buildCatalogIndex(matters);
    markStart('matter-index-ready');
    return built;
  });
  return building;
}

/**
 * The index, or null while it is being built. `needed` asks for it now (the clerk is
 * searching); otherwise it is built when the browser is first idle.
 */
export function useMatterIndex(needed = false): CatalogIndex<Matter> | null {
  const [index, setIndex] = useState(built);
  useEffect(() => {
    if (index) return undefined;
    let mounted = true;
    const load = () =>
      void loadMatterIndex().then((ready) => {
        if (mounted) setIndex(ready);
      });
    const cancelIdleLoad = needed ? null : afterFirstScreen(load);
    if (needed) load();
    return () => {
      mounted = false;
      cancelIdleLoad?.();
    };
  }, [index, needed]);
  return index;
}
