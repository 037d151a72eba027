/**
 * One case through the whole chain: a Sichuan window accepts a matter handled in Chongqing,
 * prints the receipt through CUPS, syncs through a hub outage, and sees the Chongqing
 * window's decision come back.
 */
import { join } from 'node:path';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { SetupPageModel } from './pages/setup-page';
import { ShellModel } from './pages/shell';
import { jobCompleted, pdfPages, pdfText, printedFile, qpdfCheck } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { readReceiptQr } from './support/receipt-qr';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';
import { verifySealedQr } from '../../shared/domain/seal/receipt-seal';
import { sealedCodeFrom } from '../../shared/domain/seal/receipt-verify-url';
import { publishedKeysResponseSchema } from '../../shared/sync/protocol';

const MATTER = '无犯罪记录证明开具';
const APPLICANT = { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' };
const HANDLING_COUNTY = HANDLING_COUNTIES.walkingSkeleton;

test('a Sichuan window accepts a Chongqing matter offline-first and sees it handled in Chongqing', async ({ workstations, hubs }) => {
  const [sichuanStation, chongqingStation] = await Promise.all([
    // The one window in the suite that is set up through the first-run page (锦江区, hall 01).
    workstations.start('sichuan', { identity: 'first-run', printer: 'PDF' }),
    workstations.start('chongqing', { identity: WINDOWS.walkingSkeletonChongqing }),
  ]);
  const { page: sichuan, printsDir: sichuanPrints } = sichuanStation;
  const chongqing = chongqingStation.page;

  await test.step('first run asks for the workstation identity', async () => {
    await sichuanStation.open();
    await new SetupPageModel(sichuan).configure({
      province: '四川省',
      county: '锦江区',
      hallName: '锦江区政务服务中心',
      window: '3',
      clerk: '李明',
    });
  });

  const intake = new IntakePageModel(sichuan);
  const shell = new ShellModel(sichuan);

  await test.step('a wrong check digit is refused with a Chinese message', async () => {
    await intake.chooseMatter(MATTER, HANDLING_COUNTY);
    await intake.fillApplicant({ ...APPLICANT, idNumber: '110105194912310021' });
    await intake.tickMaterial('申请人居民身份证');
    await intake.tickMaterial('无犯罪记录证明申请表');
    await intake.clickAccept();
    await expect(intake.fieldError('公民身份号码校验位不正确')).toBeVisible();
  });

  await test.step('the draft survives a reload mid-form', async () => {
    await sichuan.locator('[id="applicant.idNumber"]').fill(APPLICANT.idNumber);
    await intake.waitForDraftSaved();
    await sichuan.reload();
    await expect(sichuan.locator('[id="applicant.name"]')).toHaveValue(APPLICANT.name);
    await expect(sichuan.locator('[id="applicant.idNumber"]')).toHaveValue(APPLICANT.idNumber);
    await expect(sichuan.getByRole('checkbox', { name: /无犯罪记录证明申请表/ })).toBeChecked();
  });

  const firstCase = await test.step('受理 numbers the case', async () => intake.accept());

  const preview = new PrintPreviewModel(sichuan);

  await test.step('the receipt prints through CUPS after its preview', async () => {
    await sichuan.getByRole('button', { name: '打印受理回执' }).click();
    await preview.expectPages(1);
    expect(await preview.inkedShare()).toBeGreaterThan(0.01);
    await preview.print();
    const notice = sichuan.getByTestId('print-result');
    await expect(notice).toContainText('已发送到打印机', { timeout: 60_000 });
    const jobId = /任务 (\S+)）/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    // cups-pdf re-renders through Ghostscript (its text no longer extracts), so the printed
    // file is checked as a sound one-page PDF and the words on the receipt the host kept.
    await expect.poll(() => jobCompleted(jobId), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => printedFile(jobId)).not.toBeNull();
    const printed = printedFile(jobId) ?? '';
    expect(qpdfCheck(printed)).toContain('No syntax or stream encoding errors');
    expect(pdfPages(printed)).toBe(1);
    const kept = join(sichuanPrints, `受理回执-${firstCase}.pdf`);
    expect(pdfPages(kept)).toBe(1);
    const text = pdfText(kept);
    expect(text).toContain(firstCase);
    expect(text).toContain(APPLICANT.name);
    expect(text).toContain('受理回执');
    // Until 设置 says otherwise, the hall's place gives the 简称 and 12345 is the complaint line.
    expect(text).toMatch(/文书编号：锦江政务受〔\d{4}〕第00001号/);
    expect(text).toContain('监督投诉电话12345');
  });

  await test.step('the receipt QR opens the hub’s receipt page with the sealed code, which also verifies offline', async () => {
    const address = readReceiptQr(join(sichuanPrints, `受理回执-${firstCase}.pdf`)) ?? '';
    expect(address.startsWith(`${hubs.url('51')}/R/`.toUpperCase())).toBe(true);
    const qr = sealedCodeFrom(address) ?? '';
    expect(qr).toMatch(new RegExp(`^CYTB2:${firstCase}:`));
    const published = publishedKeysResponseSchema.parse(await (await fetch(`${hubs.url('51')}/v1/keys`)).json());
    const keys = published.keys;
    expect(await verifySealedQr(qr, keys)).toMatchObject({ valid: true });
    expect(await verifySealedQr(qr.replace(`:${firstCase}:`, `:${firstCase.slice(0, -1)}9:`), keys)).toMatchObject({ valid: false });
    // What a citizen's phone shows once the case has reached the hub: its status, nothing personal.
    await expect.poll(async () => (await (await fetch(address)).text()).includes('回执真实有效'), { timeout: 30_000 }).toBe(true);
    expect(await (await fetch(address)).text()).not.toContain(APPLICANT.name);
  });

  await test.step('a second print is a marked reprint, logged with its copy number', async () => {
    await sichuan.getByRole('button', { name: '补打受理回执' }).click();
    await preview.print();
    await expect(sichuan.getByTestId('print-result')).toContainText('补打第2份', { timeout: 60_000 });
    const reprint = join(sichuanPrints, `受理回执-${firstCase}-补打2.pdf`);
    expect(pdfText(reprint)).toMatch(/补\s*打/);
  });

  await test.step('the case syncs to the hub', async () => {
    await shell.expectOutbox(0);
    await shell.expectHub('交换平台在线');
  });

  const secondCase = await test.step('work goes on while the Sichuan hub is down', async () => {
    await hubs.stopHub('51');
    await intake.acceptNext();
    // Found by pinyin initials, the way clerks type.
    await intake.chooseMatterBy('wfzjl', MATTER, HANDLING_COUNTY);
    await intake.fillApplicant({ name: '王建国', idNumber: '440524188001010014', mobile: '13912345678' });
    await intake.tickMaterial('申请人居民身份证');
    await intake.tickMaterial('无犯罪记录证明申请表');
    const number = await intake.accept();
    await shell.expectHub('交换平台离线');
    await shell.expectOutbox(2);
    return number;
  });

  await test.step('the outbox drains by itself when the hub is back', async () => {
    await hubs.startHub('51');
    await shell.expectOutbox(0, 60_000);
    await shell.expectHub('交换平台在线');
  });

  await test.step('the Chongqing window sees both cases and decides the first', async () => {
    await chongqingStation.open();
    const cq = new ShellModel(chongqing);
    await cq.openMenu('待办理（办理地）');
    await expect(cq.caseRow(firstCase)).toBeVisible({ timeout: 60_000 });
    await expect(cq.caseRow(secondCase)).toBeVisible();
    await cq.caseRow(firstCase).click();
    await new CaseDetailModel(chongqing).approve('经核查，申请人无犯罪记录，准予出具。');
    await expect(chongqing.locator('.ant-drawer').getByTestId('case-status')).toHaveText('已办结（准予）');
    await cq.expectOutbox(0);
  });

  await test.step('the Sichuan window shows the decision after its next pull', async () => {
    await shell.openMenu('本窗口受理');
    await expect(shell.caseRow(firstCase).getByTestId('case-status')).toHaveText('已办结（准予）', { timeout: 60_000 });
    await expect(shell.caseRow(secondCase).getByTestId('case-status')).toHaveText('已推送办理地');
  });
});
