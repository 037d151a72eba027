import { Alert } from 'antd';
import { scheduleYearsDue } from '../../../shared/domain/calendar/holiday-schedule';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { useWorkstation } from '../../workstation/workstation-context';

/**
 * Reminds that a year's 法定节假日安排 is missing: this year whenever it is, next year from
 * November on (the State Council publishes it late in the year). Shown in 设置 and with the
 * legal clock, where a missing year makes due dates count weekends only.
 */
export function HolidayScheduleDueAlert({ today = chinaDate(new Date()) }: { today?: string }) {
  const { schedule } = useWorkstation().holidays;
  const due = scheduleYearsDue(today, schedule.data.years);
  if (due.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="holiday-schedule-due"
      message={`${due.join('、')}年的法定节假日安排尚未录入`}
      description="国务院办公厅公布节假日安排后，请管理员在“设置 → 法定节假日安排”中录入；录入前这些年份只按周末计算工作日。"
    />
  );
}
