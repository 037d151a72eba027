/**
 * The administrator enters a year's 法定节假日安排 in 设置 by pasting lines of the notice; the
 * year is listed next to the bundled ones and is still there after a reload. The 2027 dates
 * here are a TEST FIXTURE (tests/fixtures/holiday-year-2027.ts), not the official schedule.
 */
import { scheduleYearsDue } from '../../shared/domain/calendar/holiday-schedule';
import { chinaDate } from '../../shared/domain/calendar/working-days';
import { HolidayCalendarModel } from './pages/holiday-calendar';
import { SettingsPageModel } from './pages/settings-page';
import { expect, test } from './support/fixtures';
import { WINDOWS } from './support/windows';

test('the administrator pastes the 2027 schedule from the notice in 设置 and it is listed after a reload', async ({ workstations }) => {
  const { page } = await workstations.open('holidays', { identity: WINDOWS.holidayCalendar });
  const settings = new SettingsPageModel(page);
  const calendar = new HolidayCalendarModel(page);

  await test.step('设置 lists the bundled years read-only, and reminds when 2027 is due', async () => {
    await settings.open();
    await expect(calendar.row(2025, 'seeded')).toContainText('内置');
    await expect(calendar.row(2026, 'seeded')).toContainText('国务院办公厅');
    await expect(calendar.row(2026, 'seeded').getByRole('button', { name: '删除' })).toHaveCount(0);
    // From November on (or in 2027 itself) the missing year is called out.
    if (scheduleYearsDue(chinaDate(new Date()), [2025, 2026]).includes(2027))
      await expect(calendar.reminder).toContainText('2027年的法定节假日安排尚未录入');
  });

  await test.step('a weekday typed as 调休上班日 is refused in Chinese', async () => {
    await calendar.enter({ year: 2027, source: '测试数据（非官方）', holidays: '2027-01-01', makeupWorkdays: '2月15日' });
    await calendar.save();
    await expect(page.getByTestId('holiday-year-error')).toHaveText('调休上班日应为周六或周日：2027-02-15');
  });

  await test.step('lines pasted from the notice are previewed as days and saved', async () => {
    await calendar.enter({
      year: 2027,
      source: '测试数据（非官方）',
      holidays: '元旦：1月1日放假，共1天。\n春节：2月5日（农历除夕）至11日放假调休，共7天。',
      makeupWorkdays: '2月14日（星期日）、2月20日（星期六）上班。',
    });
    await calendar.expectPreview('2027年：放假 8 天，调休上班 2 天');
    await calendar.expectPreview('2027-02-05 至 2027-02-11');
    await calendar.save();
    await expect(page.getByText('2027年法定节假日安排已保存')).toBeVisible();
    await expect(calendar.row(2027, 'entered')).toContainText('本机录入');
    await expect(calendar.row(2027, 'entered')).toContainText('8天：2027-01-01、2027-02-05 至 2027-02-11');
    await expect(calendar.reminder.filter({ hasText: '2027年' })).toHaveCount(0);
  });

  await test.step('after a reload the entered year is still listed', async () => {
    await page.reload();
    await settings.open();
    await expect(calendar.row(2027, 'entered')).toContainText('测试数据（非官方）');
    await expect(calendar.row(2027, 'entered')).toContainText('2027-02-14、2027-02-20');
  });
});
