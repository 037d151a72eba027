/**
 * 督办 for this window, on every screen until answered: asked of the hub (it knows which
 * window is responsible after any 改派) whenever the hub is reachable, answered here as a
 * `supervisionAnswered` event on the local case. The hub may know a 督办 before this window
 * has pulled it: the answer waits (and the sync is woken) until the local case holds it.
 */
import { Alert, Button, Input, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { OpenSupervisionItem } from '../../../shared/sync/hall-protocol';
import { answerSupervision } from '../../../shared/domain/case/supervision-commands';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import { bridge } from '../../bridge/bridge';
import { casesRepo } from '../../data/cases.repo';
import { useSyncStatus } from '../../workstation/use-sync-status';
import { useWorkstation } from '../../workstation/workstation-context';
import { useCaseAction } from '../../workstation/use-case-action';

const POLL_MS = 15_000;

export function SupervisionBanner() {
  const [items, setItems] = useState<OpenSupervisionItem[]>([]);
  const { online } = useSyncStatus();
  const load = useCallback(async () => {
    const result = await bridge().mySupervisions({});
    if (result.ok) setItems(result.value.supervisions);
  }, []);
  useEffect(() => {
    if (!online) return undefined;
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [online, load]);
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: items.length > 0 ? 16 : 0 }} data-testid="supervision-banner">
      {items.map((item) => (
        <SupervisionItem
          key={item.id}
          item={item}
          onAnswered={() => setItems((current) => current.filter((other) => other.id !== item.id))}
        />
      ))}
    </Space>
  );
}

function SupervisionItem({ item, onAnswered }: { item: OpenSupervisionItem; onAnswered(): void }) {
  const { run, error } = useCaseAction();
  const { sync } = useWorkstation();
  const [answer, setAnswer] = useState('');
  const local = useLiveQuery(() => casesRepo.get(item.caseId), [item.caseId]);
  const arrived = local?.supervisions?.some((supervision) => supervision.id === item.id) ?? false;
  useEffect(() => {
    if (!arrived) sync.kick();
  }, [arrived, sync]);
  const submit = async () => {
    const state = await casesRepo.get(item.caseId);
    if (!state) return;
    const done = await run((input) => answerSupervision(state, { ...input, answer: { supervisionId: item.id, side: item.side, answer } }));
    if (done) onAnswered();
  };
  return (
    <Alert
      type="error"
      showIcon
      data-testid="supervision-item"
      message={`督办：办件 ${item.caseNumber}（${item.matterName}）`}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>
            {item.message}（{item.by}，{formatChinaDateTime(item.at)}；请于 {item.replyBy} 前回复）
          </span>
          {error && <span style={{ color: '#cf1322' }}>{error}</span>}
          <Space.Compact style={{ width: '100%' }}>
            <Input
              placeholder="回复督办"
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
              data-testid="supervision-answer"
            />
            <Button type="primary" disabled={answer.trim() === '' || !arrived} onClick={() => void submit()}>
              {arrived ? '回复' : '正在同步督办…'}
            </Button>
          </Space.Compact>
        </Space>
      }
    />
  );
}
