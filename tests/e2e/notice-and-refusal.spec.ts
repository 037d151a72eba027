/**
 * The two other answers a window gives an application: 一次性告知 (then 补正 and 受理, the
 * clock counting from the 补正 day) and 不予受理 with reasons, legal basis and remedies —
 * each with its numbered notice printed through CUPS, and a reload in the middle losing
 * nothing.
 */
import { join } from 'node:path';
import { chooseOption } from './pages/antd';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { printDocument } from './pages/print-document';
import { SettingsPageModel } from './pages/settings-page';
import { ShellModel } from './pages/shell';
import { jobCompleted, pdfPages, pdfText, printedFile, qpdfCheck } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const MATTER = '户籍证明开具';
const HANDLING_COUNTY = HANDLING_COUNTIES.noticeAndRefusal;
const YEAR = new Date().getFullYear();

/** pdftotext -layout may put spaces between characters of a wide-set line. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('一次性告知 → 补正 → 受理, and 不予受理 with reasons, each notice numbered and printed', async ({ workstations }) => {
  const { page, printsDir: prints } = await workstations.open('sichuan', { identity: WINDOWS.noticeAndRefusal, printer: 'PDF' });
  const shell = new ShellModel(page);
  await shell.expectHub('交换平台在线');
  // Notices are issued in the name of the 行政机关 stationed at the window, never the centre.
  const settings = new SettingsPageModel(page);
  await settings.open();
  await expect(settings.documents.getByTestId('issuer-missing')).toBeVisible();
  await settings.fillDocuments({ authorityName: '成都市公安局锦江区分局' });
  await settings.saveDocuments();
  await shell.openMenu('新建办件');
  const intake = new IntakePageModel(page);
  const detail = new CaseDetailModel(page);

  await test.step('an incomplete application survives a reload and cannot be accepted', async () => {
    await intake.chooseMatter(MATTER, HANDLING_COUNTY);
    await intake.fillApplicant({ name: '欧阳䶮堃', idNumber: '11010519491231002X', mobile: '13700002222' });
    await intake.waitForDraftSaved();
    await page.reload();
    await expect(page.locator('[id="applicant.name"]')).toHaveValue('欧阳䶮堃');
    await intake.clickAccept();
    await expect(intake.fieldError('以下必要材料未收取：申请人居民身份证')).toBeVisible();
  });

  const noticeCase = await test.step('一次性告知 lists every missing material at once', async () => {
    await page.getByTestId('notify-missing').click();
    const dialog = page.getByRole('dialog', { name: '一次性告知' });
    await expect(dialog.getByTestId('notice-item')).toHaveCount(1);
    await expect(dialog.locator('#missingName0')).toHaveValue('申请人居民身份证');
    await chooseOption(page, 'addMissing', '其他材料');
    await dialog.getByRole('button', { name: '告知并出具告知书' }).click();
    await expect(dialog.getByText('请填写需补正的材料名称')).toBeVisible();
    await dialog.locator('#missingName1').fill('派出所出具的户籍迁移情况说明');
    await dialog.locator('#missingRequirement1').fill('原件1份，加盖公章');
    await dialog.getByRole('button', { name: '告知并出具告知书' }).click();
    await expect(page.getByText('已一次性告知')).toBeVisible();
    return (await page.getByTestId('case-number').textContent()) ?? '';
  });

  await test.step('the 一次性告知书 carries its 文书编号 and 办件编号, both materials and the law of its type', async () => {
    const result = await printDocument(page, 'missing-materials-notice');
    const jobId = /任务 (\S+)）/.exec(result)?.[1] ?? '';
    await expect.poll(() => jobCompleted(jobId), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => printedFile(jobId)).not.toBeNull();
    expect(qpdfCheck(printedFile(jobId) ?? '')).toContain('No syntax or stream encoding errors');
    const kept = join(prints, `一次性告知书-${noticeCase}.pdf`);
    expect(pdfPages(kept)).toBe(1);
    const text = squeeze(pdfText(kept));
    expect(text).toContain(`锦江政务告〔${YEAR}〕第00001号`);
    expect(text).toContain('申请人居民身份证');
    expect(text).toContain('派出所出具的户籍迁移情况说明');
    expect(text).toContain('欧阳䶮堃');
    expect(text).toContain(`办件编号：${noticeCase}`);
    // 户籍证明开具 is a 公共服务: its notice cites its own law, not 行政许可法 §32.
    expect(text).toContain('根据《中华人民共和国户口登记条例》的规定');
    expect(text).not.toContain('行政许可法');
    expect(text).toContain('成都市公安局锦江区分局');
  });

  await test.step('the notified case waits for 补正; a reload keeps it', async () => {
    await intake.acceptNext();
    await shell.openMenu('本窗口受理');
    await detail.open(noticeCase);
    await expect(detail.status()).toHaveText('待补正');
    await page.reload();
    await shell.openMenu('本窗口受理');
    await detail.open(noticeCase);
    await expect(detail.status()).toHaveText('待补正');
  });

  await test.step('补正 must be complete, then 受理 counts from the 补正 day and pushes to Chongqing', async () => {
    const supplement = await detail.start('supplemented');
    await supplement.locator('#supplied-0').check();
    await supplement.getByRole('button', { name: '登记补正' }).click();
    await expect(supplement.getByRole('alert')).toContainText('告知书所列材料须全部补齐');
    await supplement.locator('#supplied-1').check();
    await supplement.getByRole('button', { name: '登记补正' }).click();
    await expect(detail.status()).toHaveText('已补正待受理');
    const accept = await detail.start('accepted');
    const promised = (await accept.getByTestId('supplemented-promised-date').textContent()) ?? '';
    expect(promised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await accept.getByRole('button', { name: /^受\s?理$/ }).click();
    await expect(detail.status()).toHaveText('已推送办理地');
    await expect(detail.clock()).toContainText(promised);
    await expect(detail.drawer.getByRole('button', { name: '打印受理回执' })).toBeVisible();
    await shell.expectOutbox(0);
    await detail.close();
  });

  const refusedCase = await test.step('不予受理 names the competent authority when outside our powers', async () => {
    await shell.openMenu('新建办件');
    await intake.chooseMatter(MATTER, HANDLING_COUNTY);
    // 𪚥 (CJK Ext-B) is beyond the PDF font: the preview must say so before printing.
    await intake.fillApplicant({ name: '王建𪚥', idNumber: '440524188001010014', mobile: '13912345678' });
    await page.getByTestId('refuse-intake').click();
    const dialog = page.getByRole('dialog', { name: '不予受理' });
    await expect(dialog.locator('#reconsiderationBody')).toHaveValue('成都市锦江区人民政府');
    await chooseOption(page, 'refusalGround', '不属于本机关职权范围');
    await expect(dialog.locator('#refusalLegalBasis')).toHaveValue('《中华人民共和国户口登记条例》');
    await dialog.locator('#refusalReason').fill('申请人户籍不在川渝地区，本窗口无权代收');
    await dialog.getByRole('button', { name: '不予受理并出具通知书' }).click();
    await expect(dialog.getByText('不属于本机关职权范围的，应告知申请人向有关行政机关申请')).toBeVisible();
    await dialog.locator('#competentAuthority').fill('广东省饶平县公安局');
    await dialog.getByRole('button', { name: '不予受理并出具通知书' }).click();
    await expect(page.getByText('不予受理', { exact: true }).first()).toBeVisible();
    return (await page.getByTestId('case-number').textContent()) ?? '';
  });

  await test.step('the 不予受理通知书 states reason, basis, authority and remedies; 𪚥 is reported before printing', async () => {
    await printDocument(page, 'refusal-notice', { missingGlyphs: '𪚥' });
    const text = squeeze(pdfText(join(prints, `不予受理通知书-${refusedCase}.pdf`)));
    expect(text).toContain(`锦江政务不受〔${YEAR}〕第00001号`);
    expect(text).toContain('申请人户籍不在川渝地区，本窗口无权代收');
    expect(text).toContain('《中华人民共和国户口登记条例》');
    expect(text).toContain('广东省饶平县公安局');
    expect(text).toContain('王建');
    expect(text).toContain('成都市锦江区人民政府');
    expect(text).toContain('六十日');
    expect(text).toMatch(/六个月/);
  });

  await test.step('a refused case is closed: no action is offered, and it reached the hub', async () => {
    await intake.acceptNext();
    await shell.openMenu('本窗口受理');
    await chooseOption(page, 'caseMatterFilter', MATTER, '户籍');
    await expect(page.getByTestId('row-case-number')).toHaveCount(2);
    await detail.open(refusedCase);
    await expect(detail.status()).toHaveText('不予受理');
    await expect(detail.drawer.getByTestId('case-actions')).toHaveCount(0);
    await shell.expectOutbox(0);
  });

  await test.step("the 日报表 counts the day's 受理, 一次性告知 and 不予受理 and prints", async () => {
    await detail.close();
    await shell.openMenu('业务日报表');
    const outcomes = page.getByTestId('report-outcomes');
    for (const [label, count] of [
      ['受理', 1],
      ['一次性告知', 1],
      ['不予受理', 1],
      ['办结准予', 0],
    ] as const) {
      await expect(outcomes.locator('.ant-statistic', { hasText: label }).first()).toContainText(String(count));
    }
    await expect(page.getByRole('cell', { name: MATTER })).toBeVisible();
    await printDocument(page, 'daily-report');
    const date = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const text = squeeze(pdfText(join(prints, `日报表-${WINDOWS.noticeAndRefusal.hall.code}-${date}.pdf`)));
    expect(text).toContain('川渝通办窗口业务日报表');
    expect(text).toContain('锦江区政务服务中心');
  });
});
