/**
 * The 月报表's counts for one hall and month, all from hall_day_summary: the month's cases
 * (by 收件日期) per matter and per 收件窗口, what became of them (受理, 一次性告知, 不予受理,
 * 办结, 按时办结, 超期办结) and their 好差评. Either side of the hall counts, as on the dashboard.
 */
import {
  monthlyReportQuerySchema,
  type MonthlyCounts,
  type MonthlyReportCounts,
  type MonthlyReportQuery,
} from '../../shared/sync/hall-protocol';
import type { Queryable, SqlParam } from '../db/database';
import { scopeSql, type HallScope } from './hall-scope';

const COUNTS = `sum(opened)::int AS opened, sum(accepted)::int AS accepted, sum(notified)::int AS notified, sum(refused)::int AS refused,
  sum(decided)::int AS decided, sum(decided_on_time)::int AS decided_on_time, sum(decided_late)::int AS decided_late`;

interface CountRow {
  opened: number | null;
  accepted: number | null;
  notified: number | null;
  refused: number | null;
  decided: number | null;
  decided_on_time: number | null;
  decided_late: number | null;
}

const counts = (row: CountRow | undefined): MonthlyCounts => ({
  opened: row?.opened ?? 0,
  accepted: row?.accepted ?? 0,
  notified: row?.notified ?? 0,
  refused: row?.refused ?? 0,
  decided: row?.decided ?? 0,
  decidedOnTime: row?.decided_on_time ?? 0,
  decidedLate: row?.decided_late ?? 0,
});

export async function hallMonthlyReport(db: Queryable, scope: HallScope, input: MonthlyReportQuery): Promise<MonthlyReportCounts> {
  const { month } = monthlyReportQuerySchema.parse(input);
  const select = async <T>(columns: string, dimension: string, side: 'either' | 'receiving windows', groupBy: string) => {
    const params: SqlParam[] = [];
    const sides = scopeSql(scope, params);
    const where =
      side === 'either'
        ? `((${sides.receiving} AND receiving_window = 0) OR (${sides.handling} AND handling_window = 0))`
        : `${sides.receiving} AND receiving_window > 0`;
    const first = `$${params.push(`${month}-01`)}::date`;
    return db.query<T>(
      `SELECT ${columns} FROM hall_day_summary
       WHERE dimension = '${dimension}' AND ${where} AND day >= ${first} AND day < ${first} + interval '1 month'
       ${groupBy}`,
      params,
    );
  };
  const [totals] = await select<CountRow>(COUNTS, 'total', 'either', '');
  const byMatter = await select<CountRow & { value: string }>(
    `value, ${COUNTS}`,
    'matter',
    'either',
    'GROUP BY value ORDER BY sum(opened) DESC, value',
  );
  const byWindow = await select<CountRow & { window: number }>(
    `receiving_window AS window, ${COUNTS}`,
    'total',
    'receiving windows',
    'GROUP BY 1 ORDER BY 1',
  );
  const windowRatings = await select<{ window: number; value: string; count: number }>(
    'receiving_window AS window, value, sum(opened)::int AS count',
    'rating',
    'receiving windows',
    'GROUP BY 1, 2 ORDER BY 1, 2',
  );
  const ratings = await select<{ value: string; count: number }>(
    'value, sum(opened)::int AS count',
    'rating',
    'either',
    'GROUP BY 1 ORDER BY 1',
  );
  return {
    month,
    totals: counts(totals),
    byMatter: byMatter.map((row) => ({ matterName: row.value, ...counts(row) })),
    byWindow: byWindow.map((row) => ({
      window: row.window,
      ...counts(row),
      ratings: windowRatings
        .filter((rating) => rating.window === row.window)
        .map((rating) => ({ level: rating.value, count: rating.count })),
    })),
    ratings: ratings.map((row) => ({ level: row.value, count: row.count })),
  };
}
