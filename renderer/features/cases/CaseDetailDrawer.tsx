import { Descriptions, Drawer, Space, Timeline } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { CASE_EVENT_LABELS } from '../../../shared/domain/case/case-events';
import { casesRepo } from '../../data/cases.repo';
import { PrintLogList } from '../receipt/PrintLogList';
import { PrintReceiptButton } from '../receipt/PrintReceiptButton';
import { isAccepted } from '../../../shared/domain/case/case-state';
import { CertificateButton } from '../certificates/CertificateButton';
import { CaseConflicts } from '../conflicts/CaseConflicts';
import { CaseDocumentButtons } from '../documents/CaseDocumentButtons';
import { CaseActions } from './actions/CaseActions';
import { CaseApplicantFacts } from './CaseApplicantFacts';
import { SupervisorActions } from './actions/SupervisorActions';
import { CaseAttachments } from './CaseAttachments';
import { CaseChecklist } from './CaseChecklist';
import { CaseMatterDetails } from './CaseMatterDetails';
import { caseFactItems, caseNumberItems } from './case-fact-items';
import { CaseStatusTag } from './CaseStatusTag';
import { ChainCheck } from './ChainCheck';
import { LegalClockPanel } from './LegalClockPanel';
import { useFocusKeptIn } from './use-focus-kept-in';

export function CaseDetailDrawer({ caseId, onClose }: { caseId: string | null; onClose(): void }) {
  const record = useLiveQuery(() => (caseId ? casesRepo.get(caseId) : undefined), [caseId]);
  const timeline = useLiveQuery(() => (caseId ? casesRepo.timeline(caseId) : []), [caseId], []);

  const panel = useRef<HTMLDivElement>(null);
  // Each act changes the case (its timeline grows): the form that had focus is gone by then.
  useFocusKeptIn(panel, timeline.length);
  const overruled = new Set((record?.overruled ?? []).map((item) => item.eventId));
  return (
    <Drawer open={caseId !== null} onClose={onClose} size={680} title={record ? `办件 ${record.caseNumber}` : '办件'} destroyOnHidden>
      {record && (
        <div ref={panel} tabIndex={-1} role="region" aria-label={`办件 ${record.caseNumber} 详情`} style={{ outline: 'none' }}>
          <Space direction="vertical" style={{ width: '100%' }} size="large">
            <Descriptions
              column={1}
              bordered
              size="small"
              items={[
                { key: 'status', label: '状态', children: <CaseStatusTag state={record} /> },
                ...caseNumberItems(record),
                { key: 'matter', label: '事项', children: record.matter.name },
                { key: 'mode', label: '办理模式', children: record.mode },
                { key: 'receiving', label: '收件地', children: record.routing.receiving.name },
                { key: 'handling', label: '办理地', children: record.routing.handling.name },
                ...caseFactItems(record),
              ]}
            />
            <CaseApplicantFacts state={record} />
            <CaseMatterDetails state={record} />
            <CaseChecklist state={record} />
            <CaseConflicts record={record} />
            <LegalClockPanel state={record} />
            <ChainCheck caseId={record.caseId} />
            <CaseActions record={record} />
            <SupervisorActions record={record} />
            <Space wrap align="start">
              {record.side === 'receiving' && isAccepted(record) && <PrintReceiptButton record={record} />}
              <CaseDocumentButtons record={record} />
              <CertificateButton record={record} />
            </Space>
            <PrintLogList caseId={record.caseId} />
            <CaseAttachments record={record} />
            <Timeline
              items={timeline.map((event) => ({
                color: overruled.has(event.id) ? 'red' : event.synced ? 'green' : 'gray',
                content: `${new Date(event.at).toLocaleString('zh-CN')} ${CASE_EVENT_LABELS[event.type]} · ${event.actor.clerk}（${event.actor.hallCode} ${event.actor.window}号窗口）${overruled.has(event.id) ? ' · 未生效（与对方同时办理冲突）' : ''}${event.synced ? '' : ' · 待同步'}`,
              }))}
            />
          </Space>
        </div>
      )}
    </Drawer>
  );
}
