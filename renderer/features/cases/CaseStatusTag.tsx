import { Tag } from 'antd';
import { CASE_STATUS_LABELS, type CaseState } from '../../../shared/domain/case-state';

const COLORS = { accepted: 'blue', forwarded: 'gold', decided: 'green' } as const;

export function CaseStatusTag({ state }: { state: CaseState }) {
  const outcome = state.decision ? (state.decision.outcome === 'approved' ? '（准予）' : '（不予）') : '';
  return (
    <Tag color={COLORS[state.status]} data-testid="case-status">
      {CASE_STATUS_LABELS[state.status]}
      {outcome}
    </Tag>
  );
}
