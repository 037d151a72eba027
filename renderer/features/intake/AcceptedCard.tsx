import { Button, Descriptions, Result, Space } from 'antd';
import type { CaseRecord } from '../../data/db';
import { PrintReceiptButton } from '../receipt/PrintReceiptButton';

export function AcceptedCard({ record, onNext }: { record: CaseRecord; onNext(): void }) {
  return (
    <Result
      status="success"
      title="已受理"
      subTitle={`${record.matter.name} · 申请人 ${record.applicant.name}`}
      extra={
        <Space>
          <PrintReceiptButton record={record} type="primary" />
          <Button onClick={onNext} autoFocus>
            继续受理下一件
          </Button>
        </Space>
      }
    >
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="办件编号">
          <span data-testid="case-number">{record.caseNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label="查询密码">{record.queryPassword}</Descriptions.Item>
        <Descriptions.Item label="办理地">{record.routing.handling.name}</Descriptions.Item>
        <Descriptions.Item label="承诺办结日期">{record.promisedDate}</Descriptions.Item>
      </Descriptions>
    </Result>
  );
}
