/**
 * Gathers one day's 日报表 for this hall: the day's events from the log, the cases they
 * belong to, and the open cases past their promised date with working days overdue and the
 * side whose part ran late.
 */
import type { DailyReportData, OverdueCase } from '../../../shared/documents/reports/daily-report-data';
import { tallyDailyReport } from '../../../shared/documents/reports/daily-report-tally';
import { PART_SIDE_LABELS, type PartSide } from '../../../shared/domain/case/case-parts-clock';
import type { HolidayCalendar } from '../../../shared/domain/calendar/working-days';
import type { Workstation } from '../../workstation/workstation-context';
import { dailyReportRepo } from '../../data/daily-report.repo';
import type { CaseRecord } from '../../data/db';
import { casePartsOf } from '../cases/case-parts-of';
import { legalClockOf } from '../cases/legal-clock-of';

const PART_SIDES: readonly PartSide[] = ['receiving', 'handling'];

/**
 * The overdue line of a case, from its legal clock as of `date` (so special-procedure pauses
 * count as they do in the case drawer), with the side(s) whose part ran late; undefined when
 * the case is not overdue.
 */
function overdueLine(record: CaseRecord, date: string, calendar: HolidayCalendar): OverdueCase | undefined {
  const promised = legalClockOf(record, calendar, date)?.promised;
  if (!promised?.overdue) return undefined;
  const delays = casePartsOf(record, calendar, date)?.delays;
  const delayedBy = delays ? PART_SIDES.filter((side) => delays[side] > 0).map((side) => PART_SIDE_LABELS[side]) : [];
  return {
    caseNumber: record.caseNumber,
    matterName: record.matter.name,
    applicantName: record.applicant.name,
    ...(record.unit ? { unitName: record.unit.name } : {}),
    promisedDate: promised.dueDate,
    daysOverdue: -promised.workingDaysLeft,
    ...(delayedBy.length > 0 ? { delayedBy } : {}),
  };
}

export async function loadDailyReport(date: string, workstation: Workstation): Promise<DailyReportData> {
  const events = await dailyReportRepo.eventsOfChinaDay(date);
  const casesById = await dailyReportRepo.casesById(events.map((event) => event.caseId));
  const overdue = [...(await dailyReportRepo.overdueOn('receiving', date)), ...(await dailyReportRepo.overdueOn('handling', date))]
    .flatMap((record) => overdueLine(record, date, workstation.holidays.calendar) ?? [])
    .sort((a, b) => a.promisedDate.localeCompare(b.promisedDate));
  const { identity } = workstation;
  return tallyDailyReport({
    date,
    hall: { code: identity.hall.code, name: identity.hall.name },
    events,
    casesById,
    overdue,
    preparedBy: identity.clerk,
    printedAt: new Date().toISOString(),
  });
}
