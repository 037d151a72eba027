/**
 * Every main screen a clerk or a 值班长 works in passes axe-core with no critical and no
 * serious violation: labelled controls, WCAG AA contrast, names for every button and field.
 */
import { CaseDetailModel } from './pages/case-detail';
import { chooseOption } from './pages/antd';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { SettingsPageModel } from './pages/settings-page';
import { ShellModel } from './pages/shell';
import { seriousAxeFindings } from './support/axe';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('every main screen passes axe with no critical or serious violation', async ({ workstations }) => {
  const station = await workstations.start('counter', { identity: WINDOWS.counterSichuan, printer: 'PDF' });
  const { page } = station;
  await station.open();
  const shell = new ShellModel(page);
  const intake = new IntakePageModel(page);
  const findings: Record<string, unknown> = {};
  const check = async (screen: string) => {
    const found = await seriousAxeFindings(page);
    if (found.length > 0) findings[screen] = found;
  };

  await intake.open();
  await check('新建办件 (empty)');

  await intake.chooseMatter('社会保障卡补领', HANDLING_COUNTIES.counter);
  await chooseOption(page, 'details.reissueReason', '遗失');
  await chooseOption(page, 'details.cardBank', '中国银行');
  await intake.fillApplicant({ name: '陈建国', idNumber: '11010519491231002X', mobile: '13600001111' });
  await intake.tickMaterial('申请人居民身份证');
  await check('新建办件 (filled)');

  const caseNumber = await intake.accept();
  await check('受理 done');

  const preview = new PrintPreviewModel(page);
  await page.getByRole('button', { name: '打印受理回执' }).click();
  await preview.expectPages(1);
  await check('打印预览');
  await preview.cancel();

  await shell.openMenu('本窗口受理');
  await expect(shell.caseRow(caseNumber)).toBeVisible();
  await check('本窗口受理');
  const drawer = new CaseDetailModel(page);
  await drawer.open(caseNumber);
  await check('办件详情');
  await drawer.close();

  await shell.openMenu('待办理（办理地）');
  await expect(page.locator('.ant-table')).toBeVisible();
  await check('待办理');

  await shell.openMenu('同步队列');
  await check('同步队列');

  await new SettingsPageModel(page).open();
  await check('设置');

  await shell.openMenu('大厅监管');
  await expect(page.getByRole('tab', { name: '大厅办件' })).toBeVisible();
  await check('大厅监管');
  await page.getByRole('tab', { name: '统计图表' }).click();
  await expect(page.locator('canvas').first()).toBeVisible();
  await check('统计图表');

  expect(findings).toEqual({});
});
