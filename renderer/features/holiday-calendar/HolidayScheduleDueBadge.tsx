import { Tag, Tooltip } from 'antd';
import { scheduleYearsDue } from '../../../shared/domain/calendar/holiday-schedule';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { useWorkstation } from '../../workstation/workstation-context';

/**
 * The quiet form of HolidayScheduleDueAlert beside a case's legal clock: a clerk cannot enter
 * the calendar (the administrator does, in 设置), so the drawer only marks that due dates in
 * those years count weekends alone.
 */
export function HolidayScheduleDueBadge({ today = chinaDate(new Date()) }: { today?: string }) {
  const { schedule } = useWorkstation().holidays;
  const due = scheduleYearsDue(today, schedule.data.years);
  if (due.length === 0) return null;
  return (
    <Tooltip title={`${due.join('、')}年的法定节假日安排尚未录入（设置 → 法定节假日安排），这些年份暂按周末计算工作日`}>
      <Tag color="gold" tabIndex={0} data-testid="holiday-schedule-due-badge">
        {due.join('、')}年节假日未录入
      </Tag>
    </Tooltip>
  );
}
