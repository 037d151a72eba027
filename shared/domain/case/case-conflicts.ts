/**
 * When two places act on one case without knowing of each other (a window offline, the two
 * hubs cut off), both events stay in the case's log and the fold decides which takes effect.
 *
 * The rule, in one line: among concurrent events the handling side's (办理地) are folded
 * first, then the earlier event id (ULIDs begin with the workstation's clock); an event the
 * state machine refuses where it lands is kept as overruled and its clerk is told.
 *
 * Why the handling side first: its acts (接收, 特别程序, 办结, 出具结果) are the competent
 * authority's, may already have reached the applicant and cannot be taken back by a window;
 * the receiving window's concurrent acts (寄出, 撤回, 送达, 评价) still stand wherever the
 * law lets them follow (寄出 is a fact; 撤回 is allowed until the decision). Why not the
 * workstation clock between the provinces: a wrong or set-back clock would then decide a
 * legal outcome. Within one side (two windows of a hall, two officers of a department) the
 * earlier act stands: they share a clock source and a supervisor.
 *
 * CONFLICT_RULES lists every pair of side-owned actions that can meet concurrently, with the
 * outcome the fold gives and what the losing clerk is told; tests/unit/lifecycle/ checks
 * each row against the real fold, in both arrival orders.
 */
import { CASE_EVENT_LABELS, type CaseEvent, type CaseEventType } from './case-events';
import type { OverruledEvent } from './case-state';
import { sideOfEvent } from './case-transitions';
import { formatChinaDateTime } from '../../util/china-time';

/** Fold order between two concurrent events: negative when `a` is folded first. */
export function compareConcurrent(a: CaseEvent, b: CaseEvent): number {
  const rank = (event: CaseEvent) => (sideOfEvent(event) === 'handling' ? 0 : 1);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type ConflictOutcome = 'bothStand' | 'firstStands';

export interface ConflictRule {
  /** Folded first (the handling side's, or on one side the earlier). */
  first: CaseEventType;
  second: CaseEventType;
  /** Which side each came from: 'same' when two places of one side acted. */
  sides: 'across' | 'same';
  outcome: ConflictOutcome;
  why: string;
}

export const CONFLICT_RULES: readonly ConflictRule[] = [
  {
    first: 'decided',
    second: 'withdrawn',
    sides: 'across',
    outcome: 'firstStands',
    why: '撤回只能在作出决定前提出；办理地已作出的办结决定不因收件地不知情的撤回而失效',
  },
  { first: 'received', second: 'withdrawn', sides: 'across', outcome: 'bothStand', why: '接收不影响申请人在决定前撤回申请' },
  { first: 'specialProcedureStarted', second: 'withdrawn', sides: 'across', outcome: 'bothStand', why: '特别程序期间申请人仍可撤回申请' },
  {
    first: 'specialProcedureEnded',
    second: 'withdrawn',
    sides: 'across',
    outcome: 'bothStand',
    why: '特别程序结束后、决定前申请人仍可撤回申请',
  },
  {
    first: 'received',
    second: 'materialsPosted',
    sides: 'across',
    outcome: 'bothStand',
    why: '寄出纸质材料是已发生的事实，与办理进度无关',
  },
  {
    first: 'specialProcedureStarted',
    second: 'materialsPosted',
    sides: 'across',
    outcome: 'bothStand',
    why: '寄出纸质材料是已发生的事实，与办理进度无关',
  },
  {
    first: 'specialProcedureEnded',
    second: 'materialsPosted',
    sides: 'across',
    outcome: 'bothStand',
    why: '寄出纸质材料是已发生的事实，与办理进度无关',
  },
  { first: 'decided', second: 'materialsPosted', sides: 'across', outcome: 'bothStand', why: '决定后原件仍需寄交办理地归档' },
  { first: 'resultIssued', second: 'materialsPosted', sides: 'across', outcome: 'bothStand', why: '出具结果后原件仍需寄交办理地归档' },
  { first: 'resultIssued', second: 'rated', sides: 'across', outcome: 'bothStand', why: '办结后即可评价，出具结果不影响评价' },
  { first: 'supplementRequested', second: 'withdrawn', sides: 'across', outcome: 'bothStand', why: '等待补正期间申请人仍可撤回申请' },
  {
    first: 'supplementRequested',
    second: 'materialsPosted',
    sides: 'across',
    outcome: 'bothStand',
    why: '寄出纸质材料是已发生的事实，与办理进度无关',
  },
  {
    first: 'decided',
    second: 'supplementSubmitted',
    sides: 'across',
    outcome: 'firstStands',
    why: '办理地未等补正材料即作出决定的，决定有效，补正材料不再提交',
  },
  { first: 'decided', second: 'decided', sides: 'same', outcome: 'firstStands', why: '同一办件只能作出一个决定，先作出的有效' },
  { first: 'received', second: 'received', sides: 'same', outcome: 'firstStands', why: '办件只需接收一次，先接收的有效' },
  { first: 'decided', second: 'specialProcedureStarted', sides: 'same', outcome: 'firstStands', why: '已作出决定的办件不能再启动特别程序' },
  {
    first: 'specialProcedureStarted',
    second: 'decided',
    sides: 'same',
    outcome: 'firstStands',
    why: '特别程序期间不计时也不作决定，须先结束特别程序',
  },
  { first: 'withdrawn', second: 'withdrawn', sides: 'same', outcome: 'firstStands', why: '办件只能撤回一次' },
  { first: 'withdrawn', second: 'materialsPosted', sides: 'same', outcome: 'firstStands', why: '已撤回的办件不再寄送材料' },
  { first: 'materialsPosted', second: 'withdrawn', sides: 'same', outcome: 'bothStand', why: '寄出后申请人仍可在决定前撤回' },
  { first: 'materialsPosted', second: 'materialsPosted', sides: 'same', outcome: 'bothStand', why: '材料可以分批寄出' },
  { first: 'rated', second: 'rated', sides: 'same', outcome: 'firstStands', why: '好差评一次一评，先提交的有效' },
  {
    first: 'supplementRequested',
    second: 'supplementRequested',
    sides: 'same',
    outcome: 'firstStands',
    why: '同一时间只有一次补正要求，先提出的有效',
  },
  { first: 'supplementRequested', second: 'decided', sides: 'same', outcome: 'bothStand', why: '等待补正期间办理地仍可依法作出决定' },
  { first: 'decided', second: 'supplementRequested', sides: 'same', outcome: 'firstStands', why: '已作出决定的办件不再要求补正' },
  {
    first: 'supplementSubmitted',
    second: 'supplementSubmitted',
    sides: 'same',
    outcome: 'firstStands',
    why: '补正材料只登记一次，先登记的有效',
  },
  { first: 'resultHandedOver', second: 'resultHandedOver', sides: 'same', outcome: 'firstStands', why: '结果只送达一次，先登记的有效' },
  { first: 'reassigned', second: 'reassigned', sides: 'same', outcome: 'bothStand', why: '两次改派都留在记录中，按记录顺序后一次为准' },
  {
    first: 'supervisionAnswered',
    second: 'supervisionAnswered',
    sides: 'same',
    outcome: 'firstStands',
    why: '一次督办只需回复一次，先回复的有效',
  },
  {
    first: 'reviewFollowedUp',
    second: 'reviewFollowedUp',
    sides: 'same',
    outcome: 'firstStands',
    why: '一条差评只回访整改一次，先登记的有效',
  },
  { first: 'withdrawn', second: 'supervisionIssued', sides: 'same', outcome: 'firstStands', why: '已撤回的办件不再督办' },
  { first: 'supervisionIssued', second: 'withdrawn', sides: 'same', outcome: 'bothStand', why: '督办不影响申请人撤回申请' },
  {
    first: 'decided',
    second: 'supervisionIssued',
    sides: 'across',
    outcome: 'bothStand',
    why: '办理地作出决定后，收件地仍可督办本方窗口（如送达结果）',
  },
];

/** What the clerk whose act was overruled should do next, by their act (and the winner's). */
const NEXT_STEPS: Partial<Record<CaseEventType, string>> = {
  withdrawn:
    '请告知申请人：办理地已作出决定，撤回未生效。申请人如对决定不服，可依法申请行政复议或提起行政诉讼；如需放弃办理结果，请与办理地联系。',
  decided: '本办件已由其他人员先行作出决定，您的决定未生效。如认为先作出的决定有误，请报告科室负责人依法处理。',
  received: '本办件已由其他人员接收，无需重复接收。',
  specialProcedureStarted: '本办件已有决定或另一特别程序，本次特别程序未启动。请核对办件当前状态后再办理。',
  materialsPosted: '本办件已撤回，寄出的材料请与邮政联系退回并告知申请人。',
  rated: '本办件已有评价（一次一评），本次评价未记录。',
  resultHandedOver: '结果已由其他窗口送达，无需重复送达。',
  supplementSubmitted: '办理地已作出决定，本次补正材料未送达办理地。请将办理结果告知申请人，需退还的材料请退还申请人。',
  supplementRequested: '该办件已有决定或另一补正要求，本次补正要求未生效，请核对办件当前状态。',
  supervisionIssued: '办件已撤回，本次督办未生效，无需再跟进。',
  supervisionAnswered: '该督办已由其他人员回复，本次回复未记录。',
  reviewFollowedUp: '该差评已由其他人员回访整改，本次记录未生效。',
};

const GENERIC_NEXT_STEP = '请核对办件当前状态，确有需要时与对方窗口联系后再办理。';

export interface ConflictNotice {
  title: string;
  /** What happened to the clerk's own act. */
  happened: string;
  /** What the other place did that the clerk did not know of, if the fold names it. */
  otherSide: string | null;
  nextStep: string;
}

/**
 * The notice shown (until acknowledged) to the clerk whose act was overruled; with
 * `reader: 'other'`, the same facts told to anyone else who holds the case.
 */
export function conflictNotice(overruled: OverruledEvent, caseNumber: string, reader: 'own' | 'other' = 'own'): ConflictNotice {
  const action = CASE_EVENT_LABELS[overruled.type];
  const by = overruled.overruledBy;
  if (reader === 'other') {
    const winner = by ? `与${placeOf(by.actor, false)}的“${CASE_EVENT_LABELS[by.type]}”同时进行，` : '';
    return {
      title: `办件 ${caseNumber}：${placeOf(overruled.actor, false)}的“${action}”未生效`,
      happened: `${placeOf(overruled.actor, false)}于 ${formatChinaDateTime(overruled.at)} 办理的“${action}”${winner}按冲突规则未生效：${overruled.message}。`,
      otherSide: null,
      nextStep: '无需处理：办理该操作的窗口已收到提醒。',
    };
  }
  const otherPlace = by ? placeOf(by.actor, by.actor.hallCode === overruled.actor.hallCode) : null;
  return {
    title: `办件 ${caseNumber} 的“${action}”未生效`,
    happened: `您于 ${formatChinaDateTime(overruled.at)} 办理的“${action}”与其他地方同时进行的操作冲突，按冲突规则未生效：${overruled.message}。`,
    otherSide:
      by && otherPlace
        ? `${otherPlace}已于 ${formatChinaDateTime(by.at)} “${CASE_EVENT_LABELS[by.type]}”（您办理时尚未同步到本机）。`
        : null,
    nextStep: NEXT_STEPS[overruled.type] ?? GENERIC_NEXT_STEP,
  };
}

function placeOf(actor: OverruledEvent['actor'], sameHall: boolean): string {
  if (sameHall) return `本大厅${actor.window}号窗口（${actor.clerk}）`;
  const province = actor.province === '51' ? '四川' : '重庆';
  return `${province}（大厅 ${actor.hallCode}，${actor.clerk}）`;
}
