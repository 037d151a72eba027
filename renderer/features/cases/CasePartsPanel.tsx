/**
 * 环节时限: the receiving part's legs (推送, 寄递, 送达) and the handling part's decision, each
 * against its own limit, with the working days each side ran late. Both provinces see the
 * same table (case-parts-clock.ts).
 */
import { Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { PART_LEG_LABELS, PART_SIDE_LABELS, type CaseParts, type PartLeg } from '../../../shared/domain/case/case-parts-clock';
import { formatTimeLimit } from '../../../shared/documents/layout/format';

const FROM: Record<PartLeg['kind'], string> = {
  forward: '自受理之日起算',
  post: '自受理之日起算',
  decide: '自推送之日起算',
  deliver: '自结果出具之日起算',
};

function limitText(leg: PartLeg): string {
  if (!leg.limit) return '未设置时限';
  const source = leg.kind === 'decide' ? '承诺时限' : (leg.limit.basis ?? '收件地大厅设置');
  return `${formatTimeLimit(leg.limit)}，${FROM[leg.kind]}（${source}）`;
}

const WAITING: Record<PartLeg['kind'], string> = { forward: '待受理', post: '待受理', decide: '待推送后起算', deliver: '待出具结果后起算' };

function LegState({ leg }: { leg: PartLeg }) {
  if (leg.progress === 'waiting') return <Tag>{WAITING[leg.kind]}</Tag>;
  if (!leg.dueDate) return <Tag>{leg.progress === 'done' ? '已完成' : '进行中'}（未设时限，不作评价）</Tag>;
  if (leg.daysLate > 0) {
    const text = leg.progress === 'done' ? `超时${leg.daysLate}个工作日完成` : `已超期${leg.daysLate}个工作日`;
    return <Tag color="red">{text}</Tag>;
  }
  if (leg.progress === 'done') return <Tag color="green">按时完成</Tag>;
  if (leg.progress === 'ended') return <Tag>办件已终止</Tag>;
  return <Tag color={(leg.workingDaysLeft ?? 0) <= 1 ? 'orange' : 'default'}>剩余{leg.workingDaysLeft ?? 0}个工作日</Tag>;
}

export function CasePartsPanel({ parts }: { parts: CaseParts }) {
  const { delays } = parts;
  return (
    <Table<PartLeg>
      size="small"
      bordered
      pagination={false}
      rowKey="kind"
      dataSource={parts.legs}
      data-testid="case-parts"
      onRow={(leg) => ({ 'data-testid': `case-part-${leg.kind}` }) as HTMLAttributes<HTMLElement>}
      title={() => (
        <Space wrap>
          <Typography.Text strong>环节时限（延误归属）</Typography.Text>
          {delays.receiving > 0 && (
            <Tag color="red" data-testid="delay-receiving">
              收件地延误{delays.receiving}个工作日
            </Tag>
          )}
          {delays.handling > 0 && (
            <Tag color="red" data-testid="delay-handling">
              办理地延误{delays.handling}个工作日
            </Tag>
          )}
        </Space>
      )}
      columns={[
        { title: '环节', width: 128, render: (_, leg) => `${PART_SIDE_LABELS[leg.side]}：${PART_LEG_LABELS[leg.kind]}` },
        { title: '时限', render: (_, leg) => limitText(leg) },
        {
          title: '期限',
          width: 104,
          render: (_, leg) => (
            <Space direction="vertical" size={0}>
              <span>{leg.dueDate ?? '—'}</span>
              {leg.from && <Typography.Text type="secondary">自{leg.from}起</Typography.Text>}
            </Space>
          ),
        },
        { title: '完成', width: 100, render: (_, leg) => leg.doneOn ?? (leg.receivedOn ? `${leg.receivedOn} 已接收` : '—') },
        { title: '情况', width: 120, render: (_, leg) => <LegState leg={leg} /> },
      ]}
    />
  );
}
