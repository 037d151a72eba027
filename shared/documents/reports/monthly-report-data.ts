/** What the supervisor's 月报表 holds for one hall and month, as plain data: the hub's counts plus who made it. */
import type { MonthlyCounts, MonthlyReportCounts } from '../../sync/hall-protocol';

export interface MonthlyReportData extends MonthlyReportCounts {
  hall: { code: string; name: string };
  /** 填报人. */
  preparedBy: string;
  printedAt: string;
}

/** 按时办结率 as printed: "93.5%", or "—" when nothing was decided. */
export function onTimeRate(counts: Pick<MonthlyCounts, 'decided' | 'decidedOnTime'>): string {
  return counts.decided === 0 ? '—' : `${((counts.decidedOnTime / counts.decided) * 100).toFixed(1)}%`;
}

/** "2026-11" -> "2026年11月". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${year}年${Number(monthNumber)}月`;
}
