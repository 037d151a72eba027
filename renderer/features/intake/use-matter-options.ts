/**
 * The intake's matter options for what the clerk has typed, from the catalog search index:
 * Chinese, pinyin initials (sbk), full pinyin and codes all work, this window's usual
 * matters rank first, and choosing one counts as a use. `loading` is true while the index is
 * still being built (just after start): what was typed is searched as soon as it is ready.
 */
import { useMemo } from 'react';
import { mattersByCode } from '../../catalog/catalog';
import { useMatterIndex } from '../matter-picker/matter-index';
import { useMatterUsage } from '../matter-picker/use-matter-usage';

const MAX_OPTIONS = 50;

export function useMatterOptions(
  query: string,
  selectedCode: string,
  searching: boolean,
): { options: { value: string; label: string }[]; loading: boolean } {
  const usage = useMatterUsage();
  const index = useMatterIndex(searching || query !== '');
  const options = useMemo(() => {
    const found = (index?.search(query, { usage }) ?? []).slice(0, MAX_OPTIONS).map((hit) => hit.matter);
    // The chosen matter stays an option so the box keeps showing its name.
    const selected = mattersByCode.get(selectedCode);
    if (selected && !found.includes(selected)) found.unshift(selected);
    return found.map((matter) => ({ value: matter.code, label: `${matter.name}（${matter.code}）` }));
  }, [index, query, usage, selectedCode]);
  return { options, loading: index === null };
}
