/**
 * Finding cases among 100k on a workstation: every search kind walks its own index, pages
 * continue from the last key seen (never offset, which re-reads every skipped row), and the
 * status counters come from a small table kept in step with the cases. A name prefix walks
 * the applicants' and the units' name indexes side by side; exact keys (ID, 统一社会信用代码,
 * mobile, the handling place's numbers) read their few matches whole.
 */
import { classifyCaseQuery } from '../../shared/domain/case/case-query';
import { OPEN_STATUSES } from '../../shared/domain/case/case-status';
import { parseUscc } from '../../shared/domain/validators/uscc';
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
async function page(
  collection: CaseCollection,
  residual: CaseFilters | null,
  cursorOf: (row: CaseRecord) => PageCursor,
): Promise<CasePage> {
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
      db.cases
        .where('[side+status+updatedAt+caseId]')
        .between([side, filters.status, LOW, LOW], upper, true, after === null)
        .reverse(),
      residualBeyond('side', 'status'),
      (row) => [row.side, row.status, row.updatedAt, row.caseId],
    );
  }
  if (filters.matterCode) {
    const upper = after ?? [filters.matterCode, HIGH, HIGH];
    return page(
      db.cases
        .where('[matter.code+updatedAt+caseId]')
        .between([filters.matterCode, LOW, LOW], upper, true, after === null)
        .reverse(),
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

/** An index of exact keys and the value to look up in it. */
type ExactKey = readonly [index: string, value: string];

/**
 * Cases whose key equals one of `keys` (a person's, a unit's or a number's cases: few), in
 * caseId order from the cursor on. Read whole and merged here, since one case may match
 * under two keys and a union of index walks has no order of its own.
 */
async function exactMatches(keys: readonly ExactKey[], filters: CaseFilters, after: PageCursor | null): Promise<CasePage> {
  const found = await Promise.all(keys.map(([index, value]) => db.cases.where(index).equals(value).toArray()));
  const byId = new Map(found.flat().map((record) => [record.caseId, record]));
  const lastSeen = typeof after?.[0] === 'string' ? after[0] : '';
  const rows = [...byId.values()]
    .filter((record) => record.caseId > lastSeen && matches(record, filters))
    .sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return { rows: shown, next: rows.length > PAGE_SIZE && last ? [last.caseId] : null };
}

/** A case's other numbers (the handling place's own, the national 办件编号), typed as the clerk typed them. */
function otherNumberKeys(value: string): ExactKey[] {
  return [
    ['handlingReceipt.localCaseNumber', value],
    ['nationalCaseNumber', value.toUpperCase()],
  ];
}

type NameIndex = '[applicant.name+caseId]' | '[unit.name+caseId]';
const personName = (record: CaseRecord) => record.applicant.name;
const unitName = (record: CaseRecord) => record.unit?.name;

/**
 * The name a case is listed under for a prefix: its applicant's (经办人's) or its unit's,
 * whichever matches and sorts first, so a case whose both names match shows once.
 */
function listingName(record: CaseRecord, prefix: string): string | undefined {
  const candidates = [personName(record), unitName(record)].filter((name): name is string => name?.startsWith(prefix) === true);
  return candidates.sort()[0];
}

/**
 * A name prefix over two indexes (applicant names, unit names), merged in (name, caseId)
 * order: each walk stops one row past a page, so the first page's worth of the merge is exact.
 */
async function namePage(prefix: string, filters: CaseFilters, after: PageCursor | null): Promise<CasePage> {
  const lower = after ?? [prefix, LOW];
  const upper = [`${prefix}\uffff`, HIGH];
  const walk = (index: NameIndex, nameOf: (record: CaseRecord) => string | undefined) =>
    db.cases
      .where(index)
      .between(lower, upper, after === null, true)
      .filter((record) => matches(record, filters) && listingName(record, prefix) === nameOf(record))
      .limit(PAGE_SIZE + 1)
      .toArray();
  const [byPerson, byUnit] = await Promise.all([walk('[applicant.name+caseId]', personName), walk('[unit.name+caseId]', unitName)]);
  const keyOf = (record: CaseRecord): [string, string] => [listingName(record, prefix) ?? '', record.caseId];
  const merged = [...byPerson, ...byUnit]
    .filter((record, index, all) => all.findIndex((other) => other.caseId === record.caseId) === index)
    .sort((a, b) => {
      const [nameA, idA] = keyOf(a);
      const [nameB, idB] = keyOf(b);
      return nameA === nameB ? (idA < idB ? -1 : 1) : nameA < nameB ? -1 : 1;
    });
  const shown = merged.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return { rows: shown, next: merged.length > PAGE_SIZE && last ? keyOf(last) : null };
}

export const caseSearchRepo = {
  /** One page of cases for what the clerk typed (may be empty) and the filters chosen. */
  async search(text: string, filters: CaseFilters, after: PageCursor | null = null): Promise<CasePage> {
    const query = classifyCaseQuery(text);
    switch (query.kind) {
      case 'empty':
        return browse(filters, after);
      case 'caseNumber': {
        const lower = after ?? [query.prefix];
        const own = await page(
          db.cases.where('caseNumber').between(lower[0] ?? query.prefix, `${query.prefix}\uffff`, after === null, true),
          filters,
          (row) => [row.caseNumber],
        );
        if (after !== null) return own;
        // A handling place's own number may be all digits too: its exact matches lead the first page.
        const others = (await exactMatches(otherNumberKeys(query.prefix), filters, null)).rows.filter(
          (row) => !own.rows.some((mine) => mine.caseId === row.caseId),
        );
        return { rows: [...others, ...own.rows], next: own.next };
      }
      case 'idNumber': {
        // An all-digit 统一社会信用代码 looks like an ID number: a valid one is looked up as both.
        const keys: ExactKey[] = [['applicant.idNumber', query.value]];
        if (parseUscc(query.value).ok) keys.push(['unit.uscc', query.value]);
        return exactMatches(keys, filters, after);
      }
      case 'uscc':
        return exactMatches([['unit.uscc', query.value]], filters, after);
      case 'mobile':
        return exactMatches([['applicant.mobile', query.value]], filters, after);
      case 'otherNumber':
        return exactMatches(otherNumberKeys(query.value), filters, after);
      case 'name':
        return namePage(query.prefix, filters, after);
    }
  },

  /** Per-status counts of one side, from the counters table (no count() over cases). */
  async statusCounts(side: CaseSide): Promise<Record<string, number>> {
    const rows = await db.statusCounts.filter((row) => row.side === side).toArray();
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  },
};
