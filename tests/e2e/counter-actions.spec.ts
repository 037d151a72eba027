/**
 * How many actions a 社会保障卡补领 takes at the counter, from an empty intake to a printed
 * receipt: clicks and non-text key presses, typing the applicant's data not counted
 * (support/action-counter.ts prints each one). 办理地 is not touched: it follows the
 * applicant's ID number, here a 忠县 number at a Sichuan window.
 */
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';
import { ActionCounter } from './support/action-counter';
import { PrintPreviewModel } from './pages/print-preview';
import { expect, test } from './support/fixtures';

/** The counter's goal for a standard case. */
const MOST_ACTIONS = 10;

test('a 社保卡补领 case goes from an empty intake to a printed receipt in a handful of actions', async ({ workstations }) => {
  const station = await workstations.start('counter-actions', { identity: WINDOWS.counterActionsSichuan, printer: 'PDF' });
  const { page } = station;
  await station.open();
  const actions = new ActionCounter(page);
  const preview = new PrintPreviewModel(page);
  const active = (listId: string) => page.locator(`.ant-select-dropdown:has([id="${listId}_list"]) .ant-select-item-option-active`);

  await test.step('the empty intake waits in 办理事项; the matter is found by its initials', async () => {
    await expect(page.locator('input#matterCode')).toBeFocused();
    await actions.type('sbkbl');
    await expect(active('matterCode')).toContainText('社会保障卡补领');
    await actions.press('Enter', '选定事项');
    await expect(page.locator('.ant-select', { has: page.locator('input#mode') })).toContainText('异地代收代办');
  });

  await test.step('the applicant, straight after the matter; 办理地 follows the ID number', async () => {
    await expect(page.locator('[id="applicant.name"]')).toBeFocused();
    await actions.type('陈建国');
    await actions.press('Enter', '到公民身份号码');
    await actions.type('50023319850612002X');
    await actions.press('Enter', '到手机号码');
    await actions.type('13600001111');
    await expect(page.locator('.ant-select', { has: page.locator('input#handlingDivision') })).toContainText(
      HANDLING_COUNTIES.counterActions,
    );
  });

  await test.step('the matter’s own fields, each choice moving on to the next blank, and the material', async () => {
    await actions.press('Enter', '到补领原因');
    await actions.type('遗失');
    await expect(active('details.reissueReason')).toContainText('遗失');
    await actions.press('Enter', '选定补领原因');
    await expect(page.locator('input[id="details.cardBank"]')).toBeFocused();
    await actions.type('中国银行');
    await expect(active('details.cardBank')).toContainText('中国银行');
    await actions.press('Enter', '选定服务银行');
    await actions.click(page.getByRole('checkbox', { name: /申请人居民身份证/ }), '勾选身份证');
  });

  await test.step('受理 and print the receipt', async () => {
    await actions.press('F9', '受理');
    await expect(page.getByTestId('case-number')).toHaveText(/^\d{22}$/);
    await actions.press('Enter', '打印受理回执');
    await preview.expectPages(1);
    await actions.press('Enter', '预览中确认打印');
    await expect(page.getByTestId('print-result')).toContainText('已发送到打印机“PDF”');
  });

  console.log(`社会保障卡补领：${actions.count} 个操作\n${actions.report()}`);
  expect(actions.count, actions.report()).toBeLessThanOrEqual(MOST_ACTIONS);
});
