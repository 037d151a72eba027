/**
 * Counts one hall's day for the 日报表 from the case events themselves (the audit trail),
 * not from current statuses: a case accepted today and decided today counts in both rows,
 * and a case decided today that was accepted last week counts once, as 办结. Pure.
 */
import type { CaseEvent, OpeningHeader } from '../../domain/case/case-events';
import type { CaseState } from '../../domain/case/case-state';
import { chinaDate } from '../../domain/calendar/working-days';
import {
  REPORT_OUTCOMES,
  type DailyReportData,
  type MatterCounts,
  type OutcomeCounts,
  type OverdueCase,
  type ReportOutcome,
} from './daily-report-data';

export interface DailyTallyInput {
  date: string;
  hall: { code: string; name: string };
  /** Events of any hall from around the day; only this hall's, on this China day, count. */
  events: readonly CaseEvent[];
  /** The cases those events belong to, for matter and mode of events that carry neither. */
  casesById: ReadonlyMap<string, Pick<CaseState, 'matter' | 'mode' | 'overruled'>>;
  overdue: OverdueCase[];
  preparedBy: string;
  printedAt: string;
}

const zeroCounts = (): OutcomeCounts => Object.fromEntries(REPORT_OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;

/** The outcome an event stands for in the report, if any. */
function outcomeOf(event: CaseEvent): ReportOutcome | undefined {
  switch (event.type) {
    case 'accepted':
    case 'notified':
    case 'refused':
      return event.type;
    case 'decided':
      return event.payload.outcome === 'approved' ? 'approved' : 'denied';
    default:
      return undefined;
  }
}

/** The header of an event that opened a case (received at the window that day). */
function openingHeaderOf(event: CaseEvent): OpeningHeader | undefined {
  if (event.prevHash !== '') return undefined;
  if (event.type === 'accepted' || event.type === 'notified') return event.payload;
  if (event.type === 'refused') return event.payload.opening;
  return undefined;
}

export function tallyDailyReport(input: DailyTallyInput): DailyReportData {
  const byOutcome = zeroCounts();
  const byMatter = new Map<string, MatterCounts>();
  const byMode = new Map<string, number>();
  let unitCases = 0;
  for (const event of input.events) {
    if (event.actor.hallCode !== input.hall.code || chinaDate(new Date(event.at)) !== input.date) continue;
    const known = input.casesById.get(event.caseId);
    // An act that lost to a concurrent one (case-conflicts.ts) did not happen in law.
    if (known?.overruled?.some((item) => item.eventId === event.id)) continue;
    const outcome = outcomeOf(event);
    const opening = openingHeaderOf(event);
    const matter = opening?.matter ?? known?.matter;
    if (opening) byMode.set(opening.mode, (byMode.get(opening.mode) ?? 0) + 1);
    if (opening?.unit) unitCases += 1;
    if (!outcome || !matter) continue;
    byOutcome[outcome] += 1;
    const row = byMatter.get(matter.code) ?? { matterCode: matter.code, matterName: matter.name, counts: zeroCounts() };
    row.counts[outcome] += 1;
    byMatter.set(matter.code, row);
  }
  return {
    date: input.date,
    hall: input.hall,
    byMatter: [...byMatter.values()].sort((a, b) => a.matterCode.localeCompare(b.matterCode)),
    byMode: [...byMode.entries()].map(([mode, count]) => ({ mode, count })),
    unitCases,
    byOutcome,
    overdue: input.overdue,
    preparedBy: input.preparedBy,
    printedAt: input.printedAt,
  };
}
