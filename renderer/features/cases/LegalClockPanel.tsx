import { Alert, Descriptions, Space, Tag } from 'antd';
import type { CaseState } from '../../../shared/domain/case/case-state';
import type { DueStatus, LegalClock } from '../../../shared/domain/case/legal-clock';
import { useWorkstation } from '../../workstation/workstation-context';
import { HolidayScheduleDueBadge } from '../holiday-calendar/HolidayScheduleDueBadge';
import { casePartsOf } from './case-parts-of';
import { CasePartsPanel } from './CasePartsPanel';
import { legalClockOf } from './legal-clock-of';

const STARTED_BY = { acceptance: '自受理之日起算', supplementation: '自补正齐全之日起算' } as const;

/**
 * 办理时限 in the case detail: start, legal and promised due dates, pauses and the calendar
 * warning; then each side's part against its own limit (CasePartsPanel).
 */
export function LegalClockPanel({ state }: { state: CaseState }) {
  const { calendar } = useWorkstation().holidays;
  const clock = legalClockOf(state, calendar);
  const parts = casePartsOf(state, calendar);
  if (!clock) return <Alert type="warning" showIcon message="本机事项目录中没有该事项，无法计算办理时限" />;
  if (clock.phase === 'notStarted') return <Alert type="info" showIcon message="尚未受理，办理时限未起算" data-testid="legal-clock" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="legal-clock">
      {clock.warnings.map((warning) => (
        <Alert key={warning.code} type="warning" showIcon message={warning.message} data-testid="clock-warning" />
      ))}
      <Descriptions column={1} bordered size="small" title={<ClockTitle clock={clock} />}>
        <Descriptions.Item label="起算日期">
          {clock.startDate}（{clock.startedBy ? STARTED_BY[clock.startedBy] : ''}，当日不计入）
        </Descriptions.Item>
        {clock.legal && <Descriptions.Item label="法定办结期限">{dueText(clock.legal, clock)}</Descriptions.Item>}
        {clock.promised && <Descriptions.Item label="承诺办结期限">{dueText(clock.promised, clock)}</Descriptions.Item>}
        {clock.pauses.length > 0 && (
          <Descriptions.Item label="特别程序（不计入时限）">
            {clock.pauses.map((pause) => `${pause.kind} ${pause.from} 至 ${pause.to ?? '今'}`).join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
      {parts && <CasePartsPanel parts={parts} />}
    </Space>
  );
}

function ClockTitle({ clock }: { clock: LegalClock }) {
  const overdue = clock.legal?.overdue === true || clock.promised?.overdue === true;
  return (
    <Space>
      办理时限
      {clock.phase === 'paused' && <Tag color="purple">计时暂停</Tag>}
      {clock.phase === 'stopped' && <Tag>已停止计时（{clock.stoppedOn}）</Tag>}
      {overdue && (
        <Tag color="red" data-testid="clock-overdue">
          {clock.legal?.overdue ? '超过法定期限' : '超过承诺期限'}
        </Tag>
      )}
      <HolidayScheduleDueBadge />
    </Space>
  );
}

function dueText(due: DueStatus, clock: LegalClock): string {
  const asOf = clock.phase === 'stopped' ? '办结时' : '';
  if (due.overdue) return `${due.dueDate}（${asOf}已超期${-due.workingDaysLeft}个工作日）`;
  return `${due.dueDate}（${asOf}剩余${due.workingDaysLeft}个工作日）`;
}
