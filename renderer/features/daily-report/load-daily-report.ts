/**
 * Gathers one day's 日报表 for this hall: the day's events from the log, the cases they
 * belong to, and the open cases past their promised date with working days overdue.
 */
import type { OverdueCase } from '../../../shared/documents/daily-report-data';
import type { DailyReportData } from '../../../shared/documents/daily-report-data';
import { tallyDailyReport } from '../../../shared/documents/daily-report-tally';
import { addWorkingDays, type HolidayCalendar } from '../../../shared/domain/working-days';
import type { Workstation } from '../../app/workstation-context';
import { dailyReportRepo } from '../../data/daily-report.repo';
import type { CaseRecord } from '../../data/db';

/** Working days from the promised date to `date` (the promised day itself not counted). */
export function workingDaysOverdue(promisedDate: string, date: string, calendar: HolidayCalendar): number {
  let days = 0;
  for (let day = addWorkingDays(promisedDate, 1, calendar); day <= date; day = addWorkingDays(day, 1, calendar)) days += 1;
  return days;
}

function overdueLine(record: CaseRecord, date: string, calendar: HolidayCalendar): OverdueCase {
  return {
    caseNumber: record.caseNumber,
    matterName: record.matter.name,
    applicantName: record.applicant.name,
    promisedDate: record.promisedDate,
    daysOverdue: workingDaysOverdue(record.promisedDate, date, calendar),
  };
}

export async function loadDailyReport(date: string, workstation: Workstation): Promise<DailyReportData> {
  const events = await dailyReportRepo.eventsOfChinaDay(date);
  const casesById = await dailyReportRepo.casesById(events.map((event) => event.caseId));
  const overdue = [...(await dailyReportRepo.overdueOn('receiving', date)), ...(await dailyReportRepo.overdueOn('handling', date))]
    .map((record) => overdueLine(record, date, workstation.holidays.calendar))
    .filter((line) => line.daysOverdue > 0)
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
