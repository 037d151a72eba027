/** This window's usage scores, live: a choice made anywhere re-ranks every open picker. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { usageScores } from '../../../shared/catalog-search/usage';
import { matterUsageRepo } from '../../data/matter-usage.repo';

export function useMatterUsage(): ReadonlyMap<string, number> {
  const usages = useLiveQuery(() => matterUsageRepo.all(), []);
  // Scored when the rows change, not per keystroke; "now" drifting by minutes is irrelevant
  // against a two-week half-life.
  return useMemo(() => usageScores(usages ?? [], Date.now()), [usages]);
}
