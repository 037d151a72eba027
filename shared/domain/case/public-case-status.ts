/**
 * What anyone holding a receipt may see of its case on a public page: where it stands and
 * where it is handled. Nothing personal: no applicant name, 公民身份号码, phone, address,
 * materials or decision reasons (the applicant's paper already shows them to the applicant).
 */
import type { CaseState } from './case-state';
import { CASE_STATUS_LABELS } from './case-status';

export interface PublicCaseStatus {
  caseNumber: string;
  matterName: string;
  statusLabel: string;
  /** "准予" / "不予" once decided. */
  outcome?: '准予' | '不予';
  promisedDate?: string;
  receivingHall: string;
  handlingPlace: string;
}

export function publicCaseStatus(
  state: Pick<CaseState, 'caseNumber' | 'matter' | 'status' | 'decision' | 'promisedDate' | 'routing'>,
): PublicCaseStatus {
  return {
    caseNumber: state.caseNumber,
    matterName: state.matter.name,
    statusLabel: CASE_STATUS_LABELS[state.status],
    ...(state.decision ? { outcome: state.decision.outcome === 'approved' ? ('准予' as const) : ('不予' as const) } : {}),
    ...(state.promisedDate ? { promisedDate: state.promisedDate } : {}),
    receivingHall: state.routing.receiving.name,
    handlingPlace: state.routing.handling.name,
  };
}
