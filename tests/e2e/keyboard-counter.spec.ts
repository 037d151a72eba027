/**
 * A clerk without a mouse: 受理 with F9 leaves focus on 打印受理回执, the preview opens with
 * focus on 打印, F4 finds the case list, Enter on a case row opens its drawer, F8 and Enter
 * print the receipt again, and Esc closes the drawer. Once the application is typed in only
 * page.keyboard acts: Tab walks the list's filters, through the 办理日期 range, to the row.
 */
import { chooseOption } from './pages/antd';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('a clerk accepts, prints and reprints a case with the keyboard alone', async ({ workstations }) => {
  const station = await workstations.start('keyboard', { identity: WINDOWS.keyboardCounterSichuan, printer: 'PDF' });
  const { page } = station;
  await station.open();
  const intake = new IntakePageModel(page);
  const preview = new PrintPreviewModel(page);
  const shell = new ShellModel(page);

  await intake.open();
  await intake.chooseMatter('社会保障卡补领', HANDLING_COUNTIES.keyboardCounter);
  await chooseOption(page, 'details.reissueReason', '遗失');
  await chooseOption(page, 'details.cardBank', '中国银行');
  await intake.fillApplicant({ name: '陈建国', idNumber: '11010519491231002X', mobile: '13600001111' });
  await intake.tickMaterial('申请人居民身份证');

  await test.step('F9 accepts; focus waits on 打印受理回执, and Enter then Enter prints it', async () => {
    await page.keyboard.press('F9');
    await expect(page.getByTestId('case-number')).toHaveText(/^\d{22}$/);
    await expect(page.getByRole('button', { name: '打印受理回执' })).toBeFocused();
    await page.keyboard.press('Enter');
    await preview.expectPages(1);
    await expect(preview.dialog.getByRole('button', { name: /^打\s?印$/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('print-result')).toContainText('已发送到打印机“PDF”');
  });
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';

  await test.step('F4 opens the case list in its search box; a focused row opens with Enter', async () => {
    await page.keyboard.press('F4');
    await expect(page.locator('input[data-testid="case-search"], [data-testid="case-search"] input').first()).toBeFocused();
    const row = shell.caseRow(caseNumber);
    await expect(row).toBeVisible();
    // From the search box: its button, 办件状态, 事项, then the 办理日期 range (起, 止) and the rows.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const dateFrom = page.getByPlaceholder('办理日期起');
    await expect(dateFrom).toBeFocused();
    await page.keyboard.type('2026');
    await expect(page.locator('.ant-picker-dropdown')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-picker-dropdown')).toBeHidden();
    await expect(dateFrom).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByPlaceholder('办理日期止')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(row).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.ant-drawer').getByText(`办件 ${caseNumber}`, { exact: true })).toBeVisible();
  });

  await test.step('F8 previews the reprint with focus on 打印, Enter prints, Esc closes the drawer', async () => {
    await page.keyboard.press('F8');
    await preview.expectPages(1);
    await expect(preview.dialog.getByRole('button', { name: /^打\s?印$/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.ant-drawer').getByTestId('print-result')).toContainText('补打第2份');
    // Until the preview has closed, Esc goes to it, not to the drawer (seen in CI under load).
    await expect(preview.dialog).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-drawer').getByText(`办件 ${caseNumber}`, { exact: true })).toHaveCount(0);
  });

  await test.step('the 快捷键 button lists the shortcuts', async () => {
    await page.getByRole('button', { name: '快捷键' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('shortcut-list')).toContainText('F2');
    await expect(page.getByTestId('shortcut-list')).toContainText('查找办件');
  });
});
