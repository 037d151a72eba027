/**
 * Finding cases among 100k on a workstation: every search kind walks its own index, pages
 * continue from the last key seen (never offset, which re-reads every skipped row), and the
 * status counters come from a small table kept in step with the cases.
 */
import { classifyCaseQuery } from '../../shared/domain/case-query';
import { OPEN_STATUSES } from '../../shared/domain/case-status';
import { db, type CaseRecord, type CaseSide } from './db';

export const PAGE_SIZE = 50;

/** Bounds inside compound keys: every key part here is a string, so '' and U+FFFF enclose them. */
const LOW = '';
const HIGH = '\uffff';

export interface CaseFilters {
  side: CaseSide;
  status?: string;
  matterCode?: string;
  /** Only cases whose promised date is before this ISO date (overdue as of today). */
  promisedBefore?: string;
  /** Only cases still open (for due/overdue views). */
  openOnly?: boolean;
  /** Only cases last changed at or after this ISO instant (办理日期 from). */
  updatedFrom?: string;
  /** Only cases last changed before this ISO instant (办理日期 to, exclusive). */
  updatedBefore?: string;
}

/** Where the next page starts: the index key of the last row of this page. */
export type PageCursor = readonly (string | number)[];

export interface CasePage {
  rows: CaseRecord[];
  next: PageCursor | null;
}


function matches(record: CaseRecord, filters: CaseFilters): boolean {
  if (record.side !== filters.side) return false;
  if (filters.status && record.status !== filters.status) return false;
  if (filters.matterCode && record.matter.code !== filters.matterCode) return false;
  if (filters.promisedBefore && !(record.promisedDate < filters.promisedBefore)) return false;
  if (filters.openOnly && !OPEN_STATUSES.includes(record.status)) return false;
  if (filters.updatedFrom && record.updatedAt < filters.updatedFrom) return false;
  if (filters.updatedBefore && !(record.updatedAt < filters.updatedBefore)) return false;
  return true;
}

type CaseCollection = ReturnType<typeof db.cases.toCollection>;

/**
 * One page plus one row to know whether another page follows. `residual` is set only when
 * the index does not already guarantee the filters: a JS filter turns Dexie's batched
 * getAll into a row-by-row cursor, several times slower.
 */
async function page(collection: CaseCollection, residual: CaseFilters | null, cursorOf: (row: CaseRecord) => PageCursor): Promise<CasePage> {
  const narrowed = residual ? collection.filter((record) => matches(record, residual)) : collection;
  const rows = await narrowed.limit(PAGE_SIZE + 1).toArray();
  const more = rows.length > PAGE_SIZE;
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return { rows: shown, next: more && last ? cursorOf(last) : null };
}

/** Newest first within the filters, each kind of filter on the index that serves it. */
function browse(filters: CaseFilters, after: PageCursor | null): Promise<CasePage> {
  const { side } = filters;
  const residualBeyond = (...served: (keyof CaseFilters)[]): CaseFilters | null => {
    const extra = (Object.keys(filters) as (keyof CaseFilters)[]).filter((key) => filters[key] !== undefined && !served.includes(key));
    return extra.length > 0 ? filters : null;
  };
  if (filters.status) {
    const upper = after ?? [side, filters.status, HIGH, HIGH];
    return page(
      db.cases.where('[side+status+updatedAt+caseId]').between([side, filters.status, LOW, LOW], upper, true, after === null).reverse(),
      residualBeyond('side', 'status'),
      (row) => [row.side, row.status, row.updatedAt, row.caseId],
    );
  }
  if (filters.matterCode) {
    const upper = after ?? [filters.matterCode, HIGH, HIGH];
    return page(
      db.cases.where('[matter.code+updatedAt+caseId]').between([filters.matterCode, LOW, LOW], upper, true, after === null).reverse(),
      filters, // the index has no side
      (row) => [row.matter.code, row.updatedAt, row.caseId],
    );
  }
  if (filters.promisedBefore) {
    // Most overdue first: ascending promised date.
    const lower = after ?? [side, LOW, LOW];
    return page(
      db.cases.where('[side+promisedDate+caseId]').between(lower, [side, filters.promisedBefore, LOW], after === null, false),
      residualBeyond('side', 'promisedBefore'),
      (row) => [row.side, row.promisedDate, row.caseId],
    );
  }
  // The date range narrows the same index the newest-first order walks.
  const { updatedFrom, updatedBefore } = filters;
  const upper = after ?? [side, updatedBefore ?? HIGH, updatedBefore ? LOW : HIGH];
  return page(
    db.cases
      .where('[side+updatedAt+caseId]')
      .between([side, updatedFrom ?? LOW, LOW], upper, true, after === null && updatedBefore === undefined)
      .reverse(),
    residualBeyond('side', 'updatedFrom', 'updatedBefore'),
    (row) => [row.side, row.updatedAt, row.caseId],
  );
}

export const caseSearchRepo = {
  /** One page of cases for what the clerk typed (may be empty) and the filters chosen. */
  search(text: string, filters: CaseFilters, after: PageCursor | null = null): Promise<CasePage> {
    const query = classifyCaseQuery(text);
    switch (query.kind) {
      case 'empty':
        return browse(filters, after);
      case 'caseNumber': {
        const lower = after ?? [query.prefix];
        return page(
          db.cases.where('caseNumber').between(lower[0] ?? query.prefix, `${query.prefix}\uffff`, after === null, true),
          filters,
          (row) => [row.caseNumber],
        );
      }
      case 'idNumber':
        return page(db.cases.where('applicant.idNumber').equals(query.value), filters, (row) => [row.caseId]);
      case 'mobile':
        return page(db.cases.where('applicant.mobile').equals(query.value), filters, (row) => [row.caseId]);
      case 'name': {
        const lower = after ?? [query.prefix, LOW];
        return page(
          db.cases.where('[applicant.name+caseId]').between(lower, [`${query.prefix}\uffff`, HIGH], after === null, true),
          filters,
          (row) => [row.applicant.name, row.caseId],
        );
      }
    }
  },

  /** Per-status counts of one side, from the counters table (no count() over cases). */
  async statusCounts(side: CaseSide): Promise<Record<string, number>> {
    const rows = await db.statusCounts.filter((row) => row.side === side).toArray();
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  },
};
