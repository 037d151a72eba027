/**
 * A counter whose browser is set up in English still reads and takes dates the Chinese way,
 * and the case drawer shows the step a case waits for while rare acts wait behind 更多. The
 * Sichuan window (en-US) types a 年月 on the intake form and accepts a 户籍证明开具 case handled
 * in 云阳县; the 云阳县 window (en-US) receives it, opens 要求补正 from 更多 with the keyboard and
 * leaves it again, decides, and issues the result dated tomorrow, typed as eight digits.
 */
import type { Page } from '@playwright/test';
import { typeDate } from './pages/antd';
import { CaseDetailModel } from './pages/case-detail';
import { CertificateFormModel } from './pages/certificate-form';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

/** A day from today in China as the browser sees it, YYYY-MM-DD. */
function daysFromToday(page: Page, days = 0): Promise<string> {
  return page.evaluate(
    (ahead) => new Date(Date.now() + ahead * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }),
    days,
  );
}

test('an English browser shows and takes dates the Chinese way; rare case actions wait behind 更多', async ({ workstations }) => {
  const [{ page: sichuan }, { page: chongqing }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.chineseDatesSichuan, locale: 'en-US' }),
    workstations.open('chongqing', { identity: WINDOWS.chineseDatesChongqing, locale: 'en-US' }),
  ]);
  expect(await sichuan.evaluate(() => navigator.language)).toBe('en-US');
  const intake = new IntakePageModel(sichuan);

  await test.step('a 年月 on the intake form is picked as a month and shown as 2024年03月', async () => {
    await intake.chooseMatter('个人社会保险参保证明查询打印', HANDLING_COUNTIES.chineseDates);
    const from = sichuan.locator('[id="details.periodFrom"]');
    await expect(from).toHaveAttribute('placeholder', '请选择月份');
    await typeDate(from, '2024-03');
    await expect(from).toHaveValue('2024年03月');
    await expect(sichuan.locator('input[type=date], input[type=month]')).toHaveCount(0);
    await intake.startBlank();
  });

  const caseNumber = await test.step('the Sichuan window accepts a 户籍证明开具 case handled in 云阳县', async () => {
    await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.chineseDates);
    await intake.fillApplicant({ name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' });
    await intake.tickMaterial('申请人居民身份证');
    return intake.accept();
  });

  const cq = new ShellModel(chongqing);
  const cqCase = new CaseDetailModel(chongqing);
  await test.step('云阳县 receives it: 接收 is the button, and focus then waits on the next step, 办结', async () => {
    await cq.openMenu('待办理（办理地）');
    await cqCase.open(caseNumber, 60_000);
    await expect(cqCase.drawer.getByTestId('start-received')).toBeVisible();
    await expect(cqCase.drawer.getByTestId('more-actions')).toHaveAttribute('data-actions', 'decided');
    await cqCase.receive('');
    await expect(cqCase.status()).toHaveText('办理地审查中');
    await expect(cqCase.drawer.getByTestId('start-decided')).toBeFocused();
  });

  await test.step('要求补正 opens from 更多 by keyboard, its deadline reads YYYY-MM-DD, and Esc returns to 更多', async () => {
    await chongqing.keyboard.press('Tab');
    const more = cqCase.drawer.getByTestId('more-actions');
    await expect(more).toBeFocused();
    await chongqing.keyboard.press('Enter');
    const items = chongqing.locator('.ant-dropdown').getByRole('menuitem');
    await expect(items).toHaveText(['启动特别程序', '要求补正']);
    await expect(items.first()).toBeFocused();
    await chongqing.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await chongqing.keyboard.press('Enter');
    const form = cqCase.action('supplementRequested');
    await expect(form).toBeVisible();
    const deadline = form.locator('#requestDeadline');
    await typeDate(deadline, '2099/1/5');
    await expect(deadline).toHaveValue('2099-01-05');
    await chongqing.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(more).toBeFocused();
    await expect(cqCase.status()).toHaveText('办理地审查中');
  });

  const issuedOn =
    await test.step('办结, then 出具结果 opens on Enter with 颁发日期 as YYYY-MM-DD and takes a date typed as eight digits', async () => {
      await cqCase.approve('经核查，户籍信息属实，准予出具。');
      const issue = cqCase.drawer.getByTestId('start-resultIssued');
      await expect(issue).toBeFocused();
      await chongqing.keyboard.press('Enter');
      const form = cqCase.action('resultIssued');
      const field = form.locator('#issuedOn');
      await expect(field).toHaveValue(await daysFromToday(chongqing));
      const day = await daysFromToday(chongqing, 1);
      await typeDate(field, day.replaceAll('-', ''));
      await expect(field).toHaveValue(day);
      await form.locator('#certificateNumber').fill('渝公户证2026第004801号');
      await form.locator('#certificateNumber').press('Enter');
      await expect(form).toBeHidden();
      await expect(cqCase.status()).toHaveText('已出具结果（准予）');
      await expect(cqCase.fact('结果证照')).toContainText(day);
      return day;
    });

  await test.step('the 户籍证明 form shows its dates (出具日期 from the result) the Chinese way too', async () => {
    const certificate = new CertificateFormModel(chongqing);
    await certificate.open();
    await expect(certificate.field('issuedOn')).toHaveValue(issuedOn);
    await expect(certificate.field('birthDate')).toHaveValue('1949-12-31');
  });
});
