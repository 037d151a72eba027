/**
 * Hub API v1 for the supervisor's hall view (值班长/科长, signed in online): every case of the
 * hall, the 预警 lists, workload, dashboards and 差评 follow-ups; and, for any workstation,
 * the 督办 its window must answer. Built on hall_case_facts (hub/hall/).
 *
 *   GET /v1/hall/cases          filtered, paged list (keyset cursor)
 *   GET /v1/hall/warnings       即将到期 / 已超期 for the receiving and the handling side
 *   GET /v1/hall/workload       open, due-soon and overdue cases per window and person
 *   GET /v1/hall/dashboard      aggregates for a date range (ECharts on the workstation)
 *   GET /v1/hall/monthly-report the 月报表's counts for a month (per matter, per window, 好差评)
 *   GET /v1/hall/follow-ups     差评 to follow up (回访/整改), open first
 *   GET /v1/hall/supervisions   open 督办 for the calling workstation's window (workstation token)
 */
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case/case-status';

export const HALL_PAGE_SIZE = 50;
const isoDate = z.iso.date();

export const hallCasesQuerySchema = z.object({
  side: z.enum(['all', 'receiving', 'handling']).default('all'),
  view: z.enum(['all', 'open', 'dueSoon', 'overdue']).default('all'),
  status: z.enum(CASE_STATUSES).optional(),
  matterCode: z.string().min(1).max(40).optional(),
  window: z.coerce.number().int().min(1).max(99).optional(),
  person: z.string().trim().min(1).max(20).optional(),
  /** 收件日期 range (China dates, inclusive). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A case number (or its start) or an applicant's name. */
  text: z.string().trim().min(1).max(40).optional(),
  /** Where the next page starts: the last row's `openedAt|caseId`. */
  cursor: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(5_000).default(HALL_PAGE_SIZE),
});
export type HallCasesQuery = z.input<typeof hallCasesQuerySchema>;

export const hallCaseRowSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  mode: z.string(),
  applicantName: z.string(),
  status: z.string(),
  /** How the hall stands to the case: it received it, handles it, or both (same-county). */
  direction: z.enum(['receiving', 'handling', 'both']),
  receivingHall: z.string(),
  receivingWindow: z.number().int(),
  receivingPerson: z.string(),
  handlingWindow: z.number().int().nullable(),
  handlingPerson: z.string().nullable(),
  openedAt: z.string(),
  promisedDate: z.string().nullable(),
  receivingDue: z.string().nullable(),
  handlingDue: z.string().nullable(),
  openSupervisions: z.number().int(),
});
export type HallCaseRow = z.infer<typeof hallCaseRowSchema>;

export const hallCasesResponseSchema = z.object({
  rows: z.array(hallCaseRowSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type HallCasesResponse = z.infer<typeof hallCasesResponseSchema>;

const warningListSchema = z.object({ dueSoon: z.array(hallCaseRowSchema), overdue: z.array(hallCaseRowSchema) });
export const hallWarningsSchema = z.object({
  today: isoDate,
  /** The last date counted as 即将到期 (today plus one working day). */
  soonUntil: isoDate,
  receiving: warningListSchema,
  handling: warningListSchema,
});
export type HallWarnings = z.infer<typeof hallWarningsSchema>;

export const workloadRowSchema = z.object({
  side: z.enum(['receiving', 'handling']),
  window: z.number().int().nullable(),
  person: z.string().nullable(),
  open: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});
export const hallWorkloadSchema = z.object({ rows: z.array(workloadRowSchema) });
export type WorkloadRow = z.infer<typeof workloadRowSchema>;

export const dashboardQuerySchema = z.object({
  from: isoDate,
  to: isoDate,
  granularity: z.enum(['day', 'week', 'month']).default('day'),
  window: z.coerce.number().int().min(1).max(99).optional(),
});
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

const count = z.number().int();
export const dashboardSchema = z.object({
  volume: z.array(z.object({ period: isoDate, direction: z.enum(['receiving', 'handling']), count })),
  byMatter: z.array(z.object({ matterName: z.string(), receiving: count, handling: count })),
  byMode: z.array(z.object({ mode: z.string(), count })),
  totals: z.object({
    opened: count,
    accepted: count,
    decided: count,
    decidedOnTime: count,
    notified: count,
    refused: count,
    /** Average working days from 受理 to 办结 over the decided cases (null when none). */
    averageWorkingDays: z.number().nullable(),
  }),
  overdueByMatter: z.array(z.object({ matterName: z.string(), side: z.enum(['receiving', 'handling']), count })),
  ratings: z.array(z.object({ level: z.string(), count })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const followUpRowSchema = hallCaseRowSchema.extend({
  ratingLevel: z.string(),
  ratingOn: isoDate,
  followUpDue: isoDate,
  followUpDone: z.boolean(),
});
export const hallFollowUpsSchema = z.object({ rows: z.array(followUpRowSchema) });
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

export const openSupervisionSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  matterName: z.string(),
  id: z.string(),
  side: z.enum(['receiving', 'handling']),
  message: z.string(),
  replyBy: isoDate,
  at: z.string(),
  by: z.string(),
});
export const mySupervisionsSchema = z.object({ supervisions: z.array(openSupervisionSchema) });
export type OpenSupervisionItem = z.infer<typeof openSupervisionSchema>;

/** GET /v1/hall/monthly-report: the 月报表's counts for one month of 收件日期 (the month's cases and what became of them). */
export const monthlyReportQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' }),
});
export type MonthlyReportQuery = z.input<typeof monthlyReportQuerySchema>;

const monthlyCountsSchema = z.object({
  opened: count,
  accepted: count,
  notified: count,
  refused: count,
  decided: count,
  decidedOnTime: count,
  decidedLate: count,
});
export type MonthlyCounts = z.infer<typeof monthlyCountsSchema>;
const ratingCountSchema = z.object({ level: z.string(), count });
export const monthlyReportCountsSchema = z.object({
  month: z.string(),
  totals: monthlyCountsSchema,
  byMatter: z.array(monthlyCountsSchema.extend({ matterName: z.string() })),
  /** By 收件窗口 (the window that received the case, after any 改派), with its 好差评. */
  byWindow: z.array(monthlyCountsSchema.extend({ window: z.number().int(), ratings: z.array(ratingCountSchema) })),
  ratings: z.array(ratingCountSchema),
});
export type MonthlyReportCounts = z.infer<typeof monthlyReportCountsSchema>;
