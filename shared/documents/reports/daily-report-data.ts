/** What the supervisor's 日报表 prints for one hall and day, as plain data (see official-data.ts). */

export const REPORT_OUTCOMES = ['accepted', 'notified', 'refused', 'approved', 'denied'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export const REPORT_OUTCOME_LABELS: Record<ReportOutcome, string> = {
  accepted: '受理',
  notified: '一次性告知',
  refused: '不予受理',
  approved: '办结准予',
  denied: '办结不予',
};

export type OutcomeCounts = Record<ReportOutcome, number>;

export interface MatterCounts {
  matterCode: string;
  matterName: string;
  counts: OutcomeCounts;
}

export interface OverdueCase {
  caseNumber: string;
  matterName: string;
  /** Full name: the builder masks it ("张*"), the report leaves the hall's hands. */
  applicantName: string;
  /** 法人 cases: the 申请单位, printed in full (a unit's name is public) instead of the 经办人. */
  unitName?: string;
  /** The side(s) whose part ran late (case-parts-clock.ts): 收件地, 办理地; absent when neither part is judged late. */
  delayedBy?: string[];
  /** "YYYY-MM-DD" 承诺办结日期. */
  promisedDate: string;
  /** Working days past the promised date, as the caller counts them with the holiday calendar. */
  daysOverdue: number;
}

export interface DailyReportData {
  /** "YYYY-MM-DD", China calendar day. */
  date: string;
  hall: { code: string; name: string };
  byMatter: MatterCounts[];
  /** 办理模式 (全程网办, 异地代收代办…) -> cases received that day. */
  byMode: { mode: string; count: number }[];
  /** Of the cases received that day, those of a unit (法人); absent in reports made before it was counted. */
  unitCases?: number;
  /** Totals; kept as given so they match what the hall counted even if a matter row is missing. */
  byOutcome: OutcomeCounts;
  overdue: OverdueCase[];
  /** 填报人. */
  preparedBy: string;
  printedAt: string;
}
