import { Tag } from 'antd';
import { CASE_STATUS_LABELS, type CaseState, type CaseStatus } from '../../../shared/domain/case/case-state';

/** Blue while at the window, gold while with the handling side, green once decided; red/grey when ended without a decision. */
const COLORS: Record<CaseStatus, string> = {
  notified: 'orange',
  supplemented: 'cyan',
  accepted: 'blue',
  forwarded: 'gold',
  received: 'gold',
  specialProcedure: 'purple',
  supplementRequested: 'orange',
  decided: 'green',
  resultIssued: 'green',
  delivered: 'green',
  refused: 'red',
  withdrawn: 'default',
};

export function CaseStatusTag({ state }: { state: CaseState }) {
  const outcome = state.decision ? (state.decision.outcome === 'approved' ? '（准予）' : '（不予）') : '';
  return (
    <Tag color={COLORS[state.status]} data-testid="case-status">
      {CASE_STATUS_LABELS[state.status]}
      {outcome}
    </Tag>
  );
}
