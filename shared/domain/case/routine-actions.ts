/**
 * Which of the actions a workstation may take on a case are its routine next step, and which
 * are rare. The case drawer shows routine ones as buttons and keeps rare ones (撤回, 不予受理,
 * 特别程序, 要求补正, a second parcel…) behind 更多, so a clerk sees first what the case is
 * waiting for. The routine step is the one that carries the case along its usual path
 * (告知 → 补正 → 受理 → 推送 → 接收 → 办结 → 出具结果 → 送达 → 评价); what the state machine allows
 * besides it is the exception. Adding a case action? Say here whether it is ever routine.
 */
import type { CaseAction } from './allowed-actions';
import type { CaseState, CaseStatus } from './case-state';

/** Per status, the actions that take the case to its usual next status (for either side). */
const NEXT_ON_THE_USUAL_PATH: Record<CaseStatus, readonly CaseAction[]> = {
  notified: ['supplemented'],
  supplemented: ['accepted'],
  // 推送 for a cross-province case, 接收 when the receiving province handles it too.
  accepted: ['forwarded', 'received'],
  // 办结 straight from 推送 is allowed but skips 接收, so it stays under 更多.
  forwarded: ['received'],
  received: ['decided'],
  specialProcedure: ['specialProcedureEnded'],
  supplementRequested: ['supplementSubmitted'],
  // 准予: the handling side issues the result; 不予: the receiving side hands the decision over.
  decided: ['resultIssued', 'resultHandedOver'],
  resultIssued: ['resultHandedOver'],
  delivered: ['rated'],
  refused: [],
  withdrawn: [],
};

/**
 * True when `action` is what `state` routinely waits for. Posting the paper originals of a
 * 异地代收代办 case is the receiving window's own routine step until the first parcel is
 * sent; a further parcel is rare.
 */
export function isRoutineAction(state: Pick<CaseState, 'status' | 'postings'>, action: CaseAction): boolean {
  if (action === 'materialsPosted') return (state.postings ?? []).length === 0;
  return NEXT_ON_THE_USUAL_PATH[state.status].includes(action);
}

/** `offered` split into routine and rare, each keeping its order. Pure. */
export function splitRoutineActions(
  state: Pick<CaseState, 'status' | 'postings'>,
  offered: readonly CaseAction[],
): { routine: CaseAction[]; rare: CaseAction[] } {
  return {
    routine: offered.filter((action) => isRoutineAction(state, action)),
    rare: offered.filter((action) => !isRoutineAction(state, action)),
  };
}
