/**
 * The dashboard's aggregates for one hall and a date range (收件日期), each one SQL statement
 * over the hall's rows of hall_case_facts: volume per day/week/month by direction, by matter
 * and by mode, 办结率 and 按时办结率, 一次性告知 and 不予受理 counts, average working days to
 * 办结, 超期 by matter and side, and the 好差评 distribution. A window filter narrows each
 * side to that window's cases.
 */
import { OPEN_STATUSES } from '../../shared/domain/case-status';
import { dashboardQuerySchema, type Dashboard, type DashboardQuery } from '../../shared/sync/hall-protocol';
import type { Queryable, SqlParam } from '../db/database';
import { dueDates } from './hall-queries';
import { scopeSql, type HallScope } from './hall-scope';

const OPEN_LIST = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');

export async function hallDashboard(db: Queryable, scope: HallScope, input: DashboardQuery, now = new Date()): Promise<Dashboard> {
  const query = dashboardQuerySchema.parse(input);
  const params: SqlParam[] = [];
  const sides = scopeSql(scope, params);
  params.push(query.from, query.to);
  const range = `opened_on BETWEEN $${params.length - 1}::date AND $${params.length}::date`;
  let receiving = sides.receiving;
  let handling = sides.handling;
  if (query.window !== undefined) {
    params.push(query.window);
    receiving = `(${receiving} AND receiving_window = $${params.length})`;
    handling = `(${handling} AND handling_window = $${params.length})`;
  }
  params.push(dueDates(now).today);
  const today = 'today_date';
  const scoped = `WITH scoped AS (
      SELECT *, ${receiving} AS is_receiving, ${handling} AS is_handling, $${params.length}::date AS today_date
      FROM hall_case_facts WHERE (${receiving} OR ${handling}) AND ${range})`;
  const run = <T>(sql: string) => db.query<T>(`${scoped} ${sql}`, params);
  const trunc = `date_trunc('${query.granularity}', opened_on)::date::text`;

  const [volume, byMatter, byMode, totals, overdue, ratings] = [
    await run<{ period: string; receiving: string; handling: string }>(
      `SELECT ${trunc} AS period, count(*) FILTER (WHERE is_receiving)::text AS receiving, count(*) FILTER (WHERE is_handling)::text AS handling
       FROM scoped GROUP BY 1 ORDER BY 1`,
    ),
    await run<{ matter_name: string; receiving: string; handling: string }>(
      `SELECT matter_name, count(*) FILTER (WHERE is_receiving)::text AS receiving, count(*) FILTER (WHERE is_handling)::text AS handling
       FROM scoped GROUP BY matter_name ORDER BY count(*) DESC, matter_name LIMIT 20`,
    ),
    await run<{ mode: string; count: string }>('SELECT mode, count(*)::text AS count FROM scoped GROUP BY mode ORDER BY count(*) DESC'),
    await run<{ opened: string; accepted: string; decided: string; on_time: string; notified: string; refused: string; average: string | null }>(
      `SELECT count(*)::text AS opened, count(accepted_on)::text AS accepted, count(decided_on)::text AS decided,
              count(*) FILTER (WHERE on_time)::text AS on_time, count(*) FILTER (WHERE notified)::text AS notified,
              count(*) FILTER (WHERE refused)::text AS refused, round(avg(working_days_to_decision), 1)::text AS average
       FROM scoped`,
    ),
    await run<{ matter_name: string; side: 'receiving' | 'handling'; count: string }>(
      `SELECT matter_name, 'receiving' AS side, count(*)::text AS count FROM scoped
         WHERE is_receiving AND receiving_due < ${today} AND status IN (${OPEN_LIST}) GROUP BY matter_name
       UNION ALL
       SELECT matter_name, 'handling' AS side, count(*)::text AS count FROM scoped
         WHERE is_handling AND (on_time = false OR (handling_due < ${today} AND status IN (${OPEN_LIST}))) GROUP BY matter_name
       ORDER BY 3 DESC, 1 LIMIT 40`,
    ),
    await run<{ level: string; count: string }>('SELECT rating_level AS level, count(*)::text AS count FROM scoped WHERE rating_level IS NOT NULL GROUP BY 1'),
  ];
  const total = totals[0];
  return {
    volume: volume.flatMap((row) => [
      { period: row.period, direction: 'receiving' as const, count: Number(row.receiving) },
      { period: row.period, direction: 'handling' as const, count: Number(row.handling) },
    ]),
    byMatter: byMatter.map((row) => ({ matterName: row.matter_name, receiving: Number(row.receiving), handling: Number(row.handling) })),
    byMode: byMode.map((row) => ({ mode: row.mode, count: Number(row.count) })),
    totals: {
      opened: Number(total?.opened ?? 0),
      accepted: Number(total?.accepted ?? 0),
      decided: Number(total?.decided ?? 0),
      decidedOnTime: Number(total?.on_time ?? 0),
      notified: Number(total?.notified ?? 0),
      refused: Number(total?.refused ?? 0),
      averageWorkingDays: total?.average === null || total?.average === undefined ? null : Number(total.average),
    },
    overdueByMatter: overdue.map((row) => ({ matterName: row.matter_name, side: row.side, count: Number(row.count) })),
    ratings: ratings.map((row) => ({ level: row.level, count: Number(row.count) })),
  };
}
