/**
 * The clerk reads the applicant's 居民身份证 instead of typing: 设置 switches the reader to the
 * simulator (browser mode has no SDTAPI reader), F3 fills 姓名 and 公民身份号码 with the photo
 * beside the form, typing over the number still works like a keyboard-wedge reader, and an
 * expired card is called out in Chinese; with 放卡自动读取 a card fills an empty form by itself.
 */
import { IdCardReaderModel } from './pages/id-card-reader';
import { IntakePageModel } from './pages/intake-page';
import { SettingsPageModel } from './pages/settings-page';
import { expect, test } from './support/fixtures';
import { WINDOWS } from './support/windows';

test('the clerk reads an ID card with F3 into the intake form and is warned about an expired card', async ({ workstations }) => {
  const { page } = await workstations.open('id-card', { identity: WINDOWS.idCardReader });
  const reader = new IdCardReaderModel(page);
  const intake = new IntakePageModel(page);
  const idNumber = page.locator('[id="applicant.idNumber"]');

  await test.step('without a reader the intake form says so and typing is the way', async () => {
    await intake.open();
    await expect(reader.status).toContainText('没有身份证阅读器接口');
    await expect(page.getByTestId('read-id-card')).toBeDisabled();
  });

  await test.step('the administrator chooses the simulator in 设置', async () => {
    const settings = new SettingsPageModel(page);
    await settings.open();
    await reader.chooseInSettings('模拟器（培训演示）');
    await expect(page.getByTestId('id-card-reader-settings-status')).toContainText('模拟读卡器');
  });

  await test.step('F3 fills the applicant from the card and shows the photo beside the form', async () => {
    await intake.open();
    await expect(reader.status).toContainText('模拟读卡器');
    await expect(page.getByTestId('read-id-card')).toHaveAttribute('aria-keyshortcuts', 'F3');
    await reader.pressShortcut();
    await intake.expectApplicantName('李䶮');
    await expect(idNumber).toHaveValue('510104199003071237');
    await reader.expectCardShown('李䶮');
    await expect(reader.panel.getByTestId('id-card-photo')).toBeVisible();
    await expect(reader.panel).toContainText('男 / 汉族');
    await expect(reader.panel).toContainText('成都市公安局锦江区分局');
    await expect(reader.panel).toContainText('2016.05.10-2036.05.10');
    await expect(page.getByTestId('id-card-filled')).toHaveText('已填入：姓名、公民身份号码');
    await expect(reader.validityWarning).toHaveCount(0);
  });

  await test.step('a number typed into the field (as a keyboard-wedge reader does) replaces the card', async () => {
    await idNumber.fill('');
    await idNumber.pressSequentially('500103198511212427');
    await expect(idNumber).toHaveValue('500103198511212427');
    await expect(reader.panel).toHaveCount(0);
  });

  await test.step('the next cards: a full-length address, then an expired card with a clear warning', async () => {
    await reader.clickRead();
    await reader.expectCardShown('向秋月');
    await expect(reader.panel).toContainText('重庆市渝中区解放碑街道民族路188号环球金融中心大厦三十五楼3508号');
    await reader.clickRead();
    await intake.expectApplicantName('王建国');
    await expect(reader.validityWarning).toContainText('身份证已过期');
    await expect(reader.validityWarning).toContainText('该身份证已于2025.04.01过期');
  });

  await test.step('with 放卡自动读取 on, an emptied form is filled by the card placed on the reader', async () => {
    await page.getByRole('button', { name: /^清\s?空$/ }).click();
    await expect(idNumber).toHaveValue('');
    await page.getByRole('checkbox', { name: '放卡自动读取' }).check();
    await intake.expectApplicantName('陈淑芬');
    await expect(reader.panel).toContainText('2012.10.08-长期');
    await expect(reader.validityWarning).toHaveCount(0);
  });
});
