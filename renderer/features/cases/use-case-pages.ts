/**
 * The case list's data: the first page is live (a pulled decision shows at once), later
 * pages are fetched on demand by key cursor and dropped when the search changes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { caseSearchRepo, type CaseFilters, type PageCursor } from '../../data/case-search.repo';
import type { CaseRecord } from '../../data/db';

export function useCasePages(text: string, filters: CaseFilters) {
  const { side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore } = filters;
  const first = useLiveQuery(
    () => caseSearchRepo.search(text, { side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore }),
    [text, side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore],
  );
  const [more, setMore] = useState<{ rows: CaseRecord[]; next: PageCursor | null } | null>(null);

  useEffect(() => {
    // A new search starts again from its first page.
    setMore(null);
  }, [text, side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore]);

  const next = more ? more.next : (first?.next ?? null);
  const loadMore = useCallback(async () => {
    if (!next) return;
    const page = await caseSearchRepo.search(
      text,
      { side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore },
      next,
    );
    setMore((previous) => ({ rows: [...(previous?.rows ?? []), ...page.rows], next: page.next }));
  }, [next, text, side, status, matterCode, promisedBefore, openOnly, updatedFrom, updatedBefore]);

  return {
    loading: first === undefined,
    rows: [...(first?.rows ?? []), ...(more?.rows ?? [])],
    hasMore: next !== null,
    loadMore,
  };
}
