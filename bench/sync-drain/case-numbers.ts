/** The bench's n-th 办件编号 of a window: a window numbers at most 9999 cases a day, so queues beyond that span earlier days. */
import { formatCaseNumber } from '../../shared/domain/case/case-number';

const PER_DAY = 9_999;

export function benchCaseNumber(hallCode: string, window: string, n: number): string {
  const daysBack = Math.floor((n - 1) / PER_DAY);
  const date = new Date(Date.UTC(2026, 11, 7 - daysBack)).toISOString().slice(0, 10);
  return formatCaseNumber(hallCode, window, date, ((n - 1) % PER_DAY) + 1);
}
