/**
 * What the window did with the application, right after it: 已受理 with the receipt,
 * 已一次性告知 with the 告知书, or 不予受理 with the 通知书 — each ready to print.
 */
import { Button, Descriptions, Result, Space } from 'antd';
import { isAccepted } from '../../../shared/domain/case/case-state';
import type { CaseRecord } from '../../data/db';
import { CaseDocumentButtons } from '../documents/CaseDocumentButtons';
import { PrintReceiptButton } from '../receipt/PrintReceiptButton';

export function AnsweredCard({ record, onNext }: { record: CaseRecord; onNext(): void }) {
  const accepted = isAccepted(record);
  const title = accepted ? '已受理' : record.status === 'notified' ? '已一次性告知' : '不予受理';
  return (
    <Result
      status={accepted ? 'success' : record.status === 'notified' ? 'info' : 'warning'}
      title={title}
      subTitle={`${record.matter.name} · 申请人 ${record.applicant.name}`}
      extra={
        <Space align="start">
          {accepted ? (
            <PrintReceiptButton record={record} type="primary" autoFocus />
          ) : (
            <CaseDocumentButtons record={record} primary={record.status === 'notified' ? 'missing-materials-notice' : 'refusal-notice'} />
          )}
          {/* Focus is on the document to print: Enter prints, Tab then 继续受理下一件. */}
          <Button onClick={onNext}>继续受理下一件</Button>
        </Space>
      }
    >
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="办件编号">
          <span data-testid="case-number">{record.caseNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label="查询密码">{record.queryPassword}</Descriptions.Item>
        <Descriptions.Item label="办理地">{record.routing.handling.name}</Descriptions.Item>
        {accepted && <Descriptions.Item label="承诺办结日期">{record.promisedDate}</Descriptions.Item>}
        {record.notice && (
          <Descriptions.Item label="需补正材料">{record.notice.missing.map((item) => item.name).join('、')}</Descriptions.Item>
        )}
        {record.refusal && <Descriptions.Item label="不予受理理由">{record.refusal.reason}</Descriptions.Item>}
      </Descriptions>
    </Result>
  );
}
