/**
 * The counter stays calm and readable: at 150 % zoom the case list keeps names on one line,
 * a clerk who reads small text badly turns on 大字体 in 设置, and the missing holiday calendar
 * is a small badge in the drawer (the full reminder lives in 设置).
 */
import type { Locator } from '@playwright/test';
import { chooseOption } from './pages/antd';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { SettingsPageModel } from './pages/settings-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

/** How many lines a cell's text takes. */
async function linesOf(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

test('at 150 % zoom and with 大字体 the case list stays readable, and the drawer only badges the missing calendar', async ({
  workstations,
}) => {
  const station = await workstations.start('calm', { identity: WINDOWS.calmCounterSichuan });
  const { page } = station;
  // A 1280 × 800 screen at 150 % zoom gives the page this many CSS pixels.
  await page.setViewportSize({ width: 853, height: 533 });
  await station.open();
  const intake = new IntakePageModel(page);
  const shell = new ShellModel(page);

  await intake.open();
  await intake.chooseMatter('社会保障卡补领', HANDLING_COUNTIES.calmCounter);
  await chooseOption(page, 'details.reissueReason', '遗失');
  await chooseOption(page, 'details.cardBank', '中国银行');
  await intake.fillApplicant({ name: '陈建国', idNumber: '11010519491231002X', mobile: '13600001111' });
  await intake.tickMaterial('申请人居民身份证');
  const caseNumber = await intake.accept();

  await test.step('the list keeps 申请人 and its header on one line', async () => {
    await shell.openMenu('本窗口受理');
    const row = shell.caseRow(caseNumber);
    await expect(row).toBeVisible();
    expect(await linesOf(row.getByRole('cell', { name: '陈建国', exact: true }))).toBe(1);
    expect(await linesOf(page.getByRole('columnheader', { name: '申请人' }))).toBe(1);
  });

  await test.step('the drawer marks the missing holiday year with a badge, not a banner', async () => {
    const drawer = new CaseDetailModel(page);
    await drawer.open(caseNumber);
    await expect(drawer.drawer.getByTestId('holiday-schedule-due-badge')).toBeVisible();
    await expect(drawer.drawer.getByTestId('holiday-schedule-due')).toHaveCount(0);
    await drawer.close();
  });

  await test.step('大字体 in 设置 enlarges the whole app at once and stays after a reload', async () => {
    const menuItem = page.getByRole('menuitem', { name: '新建办件' });
    const fontSize = async () => Number.parseFloat(await menuItem.evaluate((element) => getComputedStyle(element).fontSize));
    expect(await fontSize()).toBe(14);
    await new SettingsPageModel(page).open();
    await page.getByRole('switch', { name: '大字体' }).click();
    await expect.poll(fontSize).toBe(18);
    await page.reload();
    await expect(menuItem).toBeVisible();
    expect(await fontSize()).toBe(18);
  });
});
