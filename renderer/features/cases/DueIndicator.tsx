import { Tag } from 'antd';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { useWorkstation } from '../../workstation/workstation-context';
import { legalClockOf } from './legal-clock-of';

/**
 * The list's compact deadline cell, against the promised date (what the window told the
 * applicant): days left, 超期N天, 暂停 during a special procedure, nothing once stopped.
 */
export function DueIndicator({ state }: { state: CaseState }) {
  const clock = legalClockOf(state, useWorkstation().holidays.calendar);
  if (!clock?.promised || clock.phase === 'notStarted') return null;
  const { workingDaysLeft, overdue } = clock.promised;
  if (clock.phase === 'stopped') return overdue ? <Tag data-testid="case-due">超期办结</Tag> : null;
  const paused = clock.phase === 'paused' ? '（暂停）' : '';
  if (overdue) {
    return (
      <Tag color="red" data-testid="case-due">
        超期{-workingDaysLeft}天{paused}
      </Tag>
    );
  }
  return (
    <Tag color={workingDaysLeft <= 1 ? 'orange' : 'default'} data-testid="case-due">
      {workingDaysLeft === 0 ? '今日到期' : `剩${workingDaysLeft}个工作日`}
      {paused}
    </Tag>
  );
}
