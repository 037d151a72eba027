import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { verifyCaseLog, type ChainProblem } from '../../../shared/domain/case/verify-chain';
import { casesRepo } from '../../data/cases.repo';
import { plainEvent } from '../../data/stored-event';

type Outcome = { problems: ChainProblem[]; checked: number } | null;

/**
 * The audit check: re-reads the case's log from the store at the moment of checking (never a
 * cached copy) and re-hashes it, naming any edited or missing event.
 */
export function ChainCheck({ caseId }: { caseId: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const check = async () => {
    const stored = await casesRepo.timeline(caseId);
    setOutcome({ problems: await verifyCaseLog(stored.map(plainEvent)), checked: stored.length });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void check()}>校验记录完整性</Button>
      {outcome && outcome.problems.length === 0 && (
        <Alert type="success" showIcon data-testid="chain-check" message={`记录完整：${outcome.checked} 个事件的哈希链校验通过`} />
      )}
      {outcome && outcome.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="chain-check"
          message={`发现 ${outcome.problems.length} 处记录异常，请报告大厅负责人`}
          description={outcome.problems.map((problem) => problem.message).join('；')}
        />
      )}
    </Space>
  );
}
