import { Descriptions, Drawer, Space, Timeline } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { CASE_EVENT_LABELS } from '../../../shared/domain/case-events';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { casesRepo } from '../../data/cases.repo';
import { PrintLogList } from '../receipt/PrintLogList';
import { PrintReceiptButton } from '../receipt/PrintReceiptButton';
import { CaseStatusTag } from './CaseStatusTag';
import { DecisionForm } from './DecisionForm';

export function CaseDetailDrawer({ caseId, onClose }: { caseId: string | null; onClose(): void }) {
  const record = useLiveQuery(() => (caseId ? casesRepo.get(caseId) : undefined), [caseId]);
  const timeline = useLiveQuery(() => (caseId ? casesRepo.timeline(caseId) : []), [caseId], []);

  return (
    <Drawer open={caseId !== null} onClose={onClose} width={640} title={record ? `办件 ${record.caseNumber}` : '办件'} destroyOnHidden>
      {record && (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="状态">
              <CaseStatusTag state={record} />
            </Descriptions.Item>
            <Descriptions.Item label="事项">{record.matter.name}</Descriptions.Item>
            <Descriptions.Item label="办理模式">{record.mode}</Descriptions.Item>
            <Descriptions.Item label="申请人">
              {record.applicant.name}（{maskIdNumber(record.applicant.idNumber)}，{record.applicant.mobile}）
            </Descriptions.Item>
            <Descriptions.Item label="收件地">{record.routing.receiving.name}</Descriptions.Item>
            <Descriptions.Item label="办理地">{record.routing.handling.name}</Descriptions.Item>
            <Descriptions.Item label="承诺办结日期">{record.promisedDate}</Descriptions.Item>
            {record.decision && (
              <Descriptions.Item label="办理结果">
                {record.decision.outcome === 'approved' ? '准予' : '不予'}：{record.decision.opinion}
              </Descriptions.Item>
            )}
          </Descriptions>
          {record.side === 'receiving' && <PrintReceiptButton record={record} />}
          <PrintLogList caseId={record.caseId} />
          {record.side === 'handling' && record.status === 'forwarded' && <DecisionForm record={record} />}
          <Timeline
            items={timeline.map((event) => ({
              color: event.synced ? 'green' : 'gray',
              children: `${new Date(event.at).toLocaleString('zh-CN')} ${CASE_EVENT_LABELS[event.type]} · ${event.actor.clerk}（${event.actor.hallCode} ${event.actor.window}号窗口）${event.synced ? '' : ' · 待同步'}`,
            }))}
          />
        </Space>
      )}
    </Drawer>
  );
}
