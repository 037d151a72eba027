/**
 * The dashboard's aggregates for one hall and a date range (收件日期): volume per
 * day/week/month by direction, by matter and by mode, 办结率 and 按时办结率, 一次性告知 and
 * 不予受理 counts, average working days to 办结, 超期 by matter and side, and the 好差评
 * distribution. Each chart is one statement (dashboard-charts.ts); a window filter narrows
 * each side to that window's cases.
 */
import { dashboardQuerySchema, type Dashboard, type DashboardQuery } from '../../shared/sync/hall-protocol';
import type { Queryable } from '../db/database';
import { matterChart, modeChart, overdueChart, ratingChart, totalsChart, volumeChart, type ChartQuery } from './dashboard-charts';
import { dueDates } from './hall-queries';
import type { HallScope } from './hall-scope';

export function chartQuery(scope: HallScope, input: DashboardQuery, now = new Date()): ChartQuery {
  const query = dashboardQuerySchema.parse(input);
  return { scope, from: query.from, to: query.to, granularity: query.granularity, window: query.window, today: dueDates(now).today };
}

export async function hallDashboard(db: Queryable, scope: HallScope, input: DashboardQuery, now = new Date()): Promise<Dashboard> {
  const query = chartQuery(scope, input, now);
  // One after another: PGlite has one connection, and a pg pool would gain little here.
  const volume = await volumeChart(db, query);
  const byMatter = await matterChart(db, query);
  const byMode = await modeChart(db, query);
  const totals = await totalsChart(db, query);
  const overdueByMatter = await overdueChart(db, query);
  const ratings = await ratingChart(db, query);
  return { volume, byMatter, byMode, totals, overdueByMatter, ratings };
}
