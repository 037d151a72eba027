/**
 * One statement per dashboard chart. Whole-day counts come from hall_day_summary (a year is
 * a few thousand rows); only what depends on today — open cases past their due date — is
 * read from hall_case_facts, through its partial due-date indexes. Without a window filter
 * the charts read the summary's all-windows rows (both windows 0); with one, the rows of
 * the window pairs that include it, each side matched on its own window. Either way each
 * side is one range of an index that starts with the side, its window and the dimension.
 */
import { OPEN_STATUSES } from '../../shared/domain/case/case-status';
import type { Dashboard } from '../../shared/sync/hall-protocol';
import type { Queryable, SqlParam } from '../db/database';
import { scopeSql, type HallScope } from './hall-scope';

const OPEN_LIST = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
const MATTERS_SHOWN = 20;
const OVERDUE_ROWS_SHOWN = 40;

export interface ChartQuery {
  scope: HallScope;
  from: string;
  to: string;
  granularity: 'day' | 'week' | 'month';
  window?: number | undefined;
  /** China day the 超期 chart measures open cases against. */
  today: string;
}

type Dimension = 'total' | 'matter' | 'mode' | 'rating';

/** The WHERE clause over one dimension of the summary and each side's condition. */
function summaryFilter(query: ChartQuery, dimension: Dimension) {
  const params: SqlParam[] = [];
  const sides = scopeSql(query.scope, params);
  // Window numbers start at 1, so a window filter never matches an all-windows row.
  const window = query.window === undefined ? '0' : `$${params.push(query.window)}`;
  const receiving = `(${sides.receiving} AND receiving_window = ${window})`;
  const handling = `(${sides.handling} AND handling_window = ${window})`;
  const range = `day BETWEEN $${params.push(query.from)}::date AND $${params.push(query.to)}::date`;
  const where = `dimension = '${dimension}' AND (${receiving} OR ${handling}) AND ${range}`;
  return { params, where, receiving, handling };
}

const count = (value: string | null | undefined) => Number(value ?? 0);

export async function volumeChart(db: Queryable, query: ChartQuery): Promise<Dashboard['volume']> {
  const filter = summaryFilter(query, 'total');
  const rows = await db.query<{ period: string; receiving: string | null; handling: string | null }>(
    `SELECT date_trunc('${query.granularity}', day)::date::text AS period,
            sum(opened) FILTER (WHERE ${filter.receiving})::text AS receiving, sum(opened) FILTER (WHERE ${filter.handling})::text AS handling
     FROM hall_day_summary WHERE ${filter.where} GROUP BY 1 ORDER BY 1`,
    filter.params,
  );
  return rows.flatMap((row) => [
    { period: row.period, direction: 'receiving' as const, count: count(row.receiving) },
    { period: row.period, direction: 'handling' as const, count: count(row.handling) },
  ]);
}

export async function matterChart(db: Queryable, query: ChartQuery): Promise<Dashboard['byMatter']> {
  const filter = summaryFilter(query, 'matter');
  const rows = await db.query<{ value: string; receiving: string | null; handling: string | null }>(
    `SELECT value, sum(opened) FILTER (WHERE ${filter.receiving})::text AS receiving, sum(opened) FILTER (WHERE ${filter.handling})::text AS handling
     FROM hall_day_summary WHERE ${filter.where} GROUP BY value ORDER BY sum(opened) DESC, value LIMIT ${MATTERS_SHOWN}`,
    filter.params,
  );
  return rows.map((row) => ({ matterName: row.value, receiving: count(row.receiving), handling: count(row.handling) }));
}

export async function modeChart(db: Queryable, query: ChartQuery): Promise<Dashboard['byMode']> {
  const filter = summaryFilter(query, 'mode');
  const rows = await db.query<{ value: string; count: string }>(
    `SELECT value, sum(opened)::text AS count FROM hall_day_summary WHERE ${filter.where} GROUP BY value ORDER BY sum(opened) DESC, value`,
    filter.params,
  );
  return rows.map((row) => ({ mode: row.value, count: count(row.count) }));
}

export async function ratingChart(db: Queryable, query: ChartQuery): Promise<Dashboard['ratings']> {
  const filter = summaryFilter(query, 'rating');
  const rows = await db.query<{ value: string; count: string }>(
    `SELECT value, sum(opened)::text AS count FROM hall_day_summary WHERE ${filter.where} GROUP BY value ORDER BY value`,
    filter.params,
  );
  return rows.map((row) => ({ level: row.value, count: count(row.count) }));
}

export async function totalsChart(db: Queryable, query: ChartQuery): Promise<Dashboard['totals']> {
  const filter = summaryFilter(query, 'total');
  const [row] = await db.query<
    Record<'opened' | 'accepted' | 'decided' | 'on_time' | 'notified' | 'refused' | 'days' | 'days_count', string | null>
  >(
    `SELECT sum(opened)::text AS opened, sum(accepted)::text AS accepted, sum(decided)::text AS decided, sum(decided_on_time)::text AS on_time,
            sum(notified)::text AS notified, sum(refused)::text AS refused, sum(working_days_sum)::text AS days, sum(working_days_count)::text AS days_count
     FROM hall_day_summary WHERE ${filter.where}`,
    filter.params,
  );
  const daysCount = count(row?.days_count);
  return {
    opened: count(row?.opened),
    accepted: count(row?.accepted),
    decided: count(row?.decided),
    decidedOnTime: count(row?.on_time),
    notified: count(row?.notified),
    refused: count(row?.refused),
    averageWorkingDays: daysCount === 0 ? null : Math.round((count(row?.days) / daysCount) * 10) / 10,
  };
}

/**
 * 超期 by matter and side: the receiving side's open cases past their leg's due date; the
 * handling side's cases decided late (summary) plus its open ones past the promised date.
 */
export async function overdueChart(db: Queryable, query: ChartQuery): Promise<Dashboard['overdueByMatter']> {
  const late = summaryFilter(query, 'matter');
  const decidedLate = await db.query<{ matter_name: string; count: string }>(
    `SELECT value AS matter_name, sum(decided_late)::text AS count FROM hall_day_summary
     WHERE ${late.where} AND ${late.handling} AND decided_late > 0 GROUP BY value`,
    late.params,
  );
  const openPastDue = async (side: 'receiving' | 'handling') => {
    const params: SqlParam[] = [];
    const sides = scopeSql(query.scope, params);
    const window = query.window === undefined ? '' : ` AND ${side}_window = $${params.push(query.window)}`;
    return db.query<{ matter_name: string; count: string }>(
      `SELECT matter_name, count(*)::text AS count FROM hall_case_facts
       WHERE ${sides[side]}${window} AND ${side}_due < $${params.push(query.today)}::date AND status IN (${OPEN_LIST})
         AND opened_on BETWEEN $${params.push(query.from)}::date AND $${params.push(query.to)}::date
       GROUP BY matter_name`,
      params,
    );
  };
  const totals = new Map<string, { matterName: string; side: 'receiving' | 'handling'; count: number }>();
  const add = (side: 'receiving' | 'handling', rows: { matter_name: string; count: string }[]) => {
    for (const row of rows) {
      const key = `${side}\u0000${row.matter_name}`;
      const entry = totals.get(key) ?? { matterName: row.matter_name, side, count: 0 };
      entry.count += count(row.count);
      totals.set(key, entry);
    }
  };
  add('receiving', await openPastDue('receiving'));
  add('handling', await openPastDue('handling'));
  add('handling', decidedLate);
  return [...totals.values()]
    .sort((a, b) => b.count - a.count || (a.matterName < b.matterName ? -1 : a.matterName > b.matterName ? 1 : 0))
    .slice(0, OVERDUE_ROWS_SHOWN);
}
