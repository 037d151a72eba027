/**
 * Case statuses and their labels. A status is where the case stands in its life; facts that
 * do not move it (materials posted, rating) live in other fields of the folded state.
 */
import type { CaseState } from './case-state';

export const CASE_STATUSES = [
  'notified',
  'supplemented',
  'accepted',
  'forwarded',
  'received',
  'specialProcedure',
  'supplementRequested',
  'decided',
  'resultIssued',
  'delivered',
  'refused',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  notified: '待补正',
  supplemented: '已补正待受理',
  accepted: '已受理',
  forwarded: '已推送办理地',
  received: '办理地审查中',
  specialProcedure: '特别程序中',
  supplementRequested: '待补正（办理地要求）',
  decided: '已办结',
  resultIssued: '已出具结果',
  delivered: '已送达',
  refused: '不予受理',
  withdrawn: '已撤回',
};

/** No event may follow these: the application ended without a decision. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['refused', 'withdrawn'];

/**
 * Still open for the duplicate check: not ended, not decided. A decided case is closed for
 * intake purposes (a new application for the same matter is a new case).
 */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'notified',
  'supplemented',
  'accepted',
  'forwarded',
  'received',
  'specialProcedure',
  'supplementRequested',
];

/** True once the case has been 受理'd (by its first event or after 补正): only then is there a promised date. */
export function isAccepted(state: Pick<CaseState, 'promisedDate'>): boolean {
  return state.promisedDate !== '';
}
