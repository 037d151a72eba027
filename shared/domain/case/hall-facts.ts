/**
 * What a supervisor's hall view, 预警 lists and dashboards need to know of one case, derived
 * from its folded state: who works it on each side (after any 改派), its dates, whether it
 * was decided on time, its rating and the 督办 still open. The hub keeps one row of these
 * per case (hub/hall/) so the hall-wide queries are plain SQL over a narrow table.
 *
 * Due dates (预警): the handling side must decide by the promised date (承诺办结日期), and
 * its clock does not run while a special procedure or a 补正 it asked for is open. The
 * receiving window's own deadlines follow the national 代收代办 model (domain facts §1.3):
 * push the case to the handling place within RECEIVING_LEG_WORKING_DAYS of 受理, hand the
 * result over within as many of getting it, and have the applicant's 补正 in by the date the
 * handling side set.
 */
import type { CaseState, SupervisionRecord } from './case-state';
import { addWorkingDays, chinaDate, type HolidayCalendar } from '../calendar/working-days';

/** The receiving window's legs (forward, hand over the result): 3 working days each. */
export const RECEIVING_LEG_WORKING_DAYS = 3;
/** 即将到期 (yellow): due today or on the next working day. */
export const DUE_SOON_WORKING_DAYS = 1;

export interface OpenSupervision {
  id: string;
  side: 'receiving' | 'handling';
  /** The window that must answer (the side's responsible window), null when none is known yet. */
  window: string | null;
  message: string;
  replyBy: string;
  at: string;
  by: string;
}

export interface HallCaseFacts {
  caseId: string;
  caseNumber: string;
  receivingProvince: string;
  receivingHall: string;
  handlingProvince: string;
  handlingDivision: string;
  matterCode: string;
  matterName: string;
  mode: string;
  status: string;
  applicantName: string;
  receivingWindow: string;
  receivingPerson: string;
  /** The handling hall, window and person: whoever received the case there, or the 改派 target. */
  handlingHall: string | null;
  handlingWindow: string | null;
  handlingPerson: string | null;
  openedAt: string;
  openedOn: string;
  acceptedOn: string | null;
  promisedDate: string | null;
  decidedOn: string | null;
  outcome: string | null;
  /** Decided on or before the promised date (null until decided, or when nothing was promised). */
  onTime: boolean | null;
  workingDaysToDecision: number | null;
  notified: boolean;
  refused: boolean;
  withdrawn: boolean;
  deliveredOn: string | null;
  ratingLevel: string | null;
  ratingBad: boolean;
  ratingOn: string | null;
  followUpDue: string | null;
  followUpDone: boolean;
  receivingDue: string | null;
  handlingDue: string | null;
  openSupervisions: OpenSupervision[];
}

const dateOf = (instant: string | undefined) => (instant ? chinaDate(new Date(instant)) : null);

/** Working days after `from` up to and including `to` (0 when the same day or earlier). */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  let count = 0;
  for (let day = from; day < to;) {
    day = addWorkingDays(day, 1, calendar);
    if (day <= to) count += 1;
  }
  return count;
}

export function responsibleWindow(state: CaseState, side: 'receiving' | 'handling'): string | null {
  const assigned = state.assignees?.[side];
  if (assigned) return assigned.window;
  if (side === 'receiving') return state.acceptedBy.window;
  return state.handlingReceipt?.by.window ?? state.decision?.by.window ?? null;
}

export function hallCaseFacts(state: CaseState, calendar: HolidayCalendar): HallCaseFacts {
  const acceptedOn = state.promisedDate === '' ? null : dateOf(state.supplementedAt ?? state.acceptedAt);
  const decidedOn = dateOf(state.decision?.at);
  const promisedDate = state.promisedDate === '' ? null : state.promisedDate;
  return {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    receivingProvince: state.routing.receiving.province,
    receivingHall: state.routing.receiving.hallCode,
    handlingProvince: state.routing.handling.province,
    handlingDivision: state.routing.handling.division,
    matterCode: state.matter.code,
    matterName: state.matter.name,
    mode: state.mode,
    status: state.status,
    applicantName: state.applicant.name,
    receivingWindow: responsibleWindow(state, 'receiving') ?? state.acceptedBy.window,
    receivingPerson: state.assignees?.receiving?.name ?? state.acceptedBy.clerk,
    handlingHall: state.handlingReceipt?.by.hallCode ?? state.decision?.by.hallCode ?? null,
    handlingWindow: responsibleWindow(state, 'handling'),
    handlingPerson: state.assignees?.handling?.name ?? state.handlingReceipt?.by.clerk ?? state.decision?.by.clerk ?? null,
    openedAt: state.openedAt ?? state.acceptedAt,
    openedOn: dateOf(state.openedAt ?? state.acceptedAt) as string,
    acceptedOn,
    promisedDate,
    decidedOn,
    outcome: state.decision?.outcome ?? null,
    onTime: decidedOn && promisedDate ? decidedOn <= promisedDate : null,
    workingDaysToDecision: decidedOn && acceptedOn ? workingDaysBetween(acceptedOn, decidedOn, calendar) : null,
    notified: state.notice !== undefined,
    refused: state.status === 'refused',
    withdrawn: state.status === 'withdrawn',
    deliveredOn: dateOf(state.delivery?.at),
    ratingLevel: state.rating?.level ?? null,
    ratingBad: state.rating?.bad ?? false,
    ratingOn: dateOf(state.rating?.at),
    followUpDue: state.rating?.bad ? (state.rating.followUpDue ?? addWorkingDays(dateOf(state.rating.at) as string, 15, calendar)) : null,
    followUpDone: state.followUp !== undefined,
    receivingDue: receivingDue(state, calendar),
    handlingDue: handlingDue(state),
    openSupervisions: (state.supervisions ?? []).filter((item) => !item.answer).map((item) => openSupervision(state, item)),
  };
}

function openSupervision(state: CaseState, item: SupervisionRecord): OpenSupervision {
  return {
    id: item.id,
    side: item.side,
    window: responsibleWindow(state, item.side),
    message: item.message,
    replyBy: item.replyBy,
    at: item.at,
    by: item.by.clerk,
  };
}

/** The receiving window's next deadline, if it has one now. */
function receivingDue(state: CaseState, calendar: HolidayCalendar): string | null {
  const leg = (from: string | undefined) => (from ? addWorkingDays(dateOf(from) as string, RECEIVING_LEG_WORKING_DAYS, calendar) : null);
  const crossProvince = state.routing.receiving.province !== state.routing.handling.province;
  switch (state.status) {
    case 'accepted':
      return crossProvince ? leg(state.supplementedAt ?? state.acceptedAt) : null;
    case 'supplementRequested':
      return state.supplementRequests?.at(-1)?.deadline ?? null;
    case 'resultIssued':
      return leg(state.result?.at);
    case 'decided':
      // A denial is handed over as it is; an approval waits for its certificate first.
      return state.decision?.outcome === 'denied' ? leg(state.decision.at) : null;
    default:
      return null;
  }
}

/** The handling side's decision deadline while its clock runs. */
function handlingDue(state: CaseState): string | null {
  const running: readonly string[] = ['forwarded', 'received'];
  if (state.promisedDate === '' || !running.includes(state.status)) {
    // A case handled in its own province is the handling side's as soon as it is accepted.
    const sameProvince = state.routing.receiving.province === state.routing.handling.province;
    return sameProvince && state.status === 'accepted' && state.promisedDate !== '' ? state.promisedDate : null;
  }
  return state.promisedDate;
}
