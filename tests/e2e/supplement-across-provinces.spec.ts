/**
 * 补正 across the provinces: the 重庆 department reviewing a 户籍证明 case asks for the
 * applicant's 户口簿 with a deadline; the 四川 window is told (status, list alert), the legal
 * clock pauses on both sides, the window takes the 户口簿 with a scan and sends it on; the
 * department sees it back under review, the scan listed, and decides.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

function householdBookScan() {
  const image = new PNG({ width: 300, height: 200 });
  image.data.fill(235);
  return { name: '户口簿首页.png', mimeType: 'image/png', buffer: PNG.sync.write(image) };
}

/** A date some days from today, as the browser (in Asia/Shanghai) sees it. */
function daysFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((ahead) => new Date(Date.now() + ahead * 86_400_000).toLocaleDateString('sv-SE'), days);
}

test('the handling department asks for a missing 户口簿; the Sichuan window takes it with a scan and sends it on', async ({
  workstations,
}) => {
  const [{ page: sichuan }, { page: chongqing }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.supplementSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.supplementChongqing }),
  ]);
  const [sc, cq] = [new ShellModel(sichuan), new ShellModel(chongqing)];
  await Promise.all([sc.expectHub('交换平台在线'), cq.expectHub('交换平台在线')]);
  const scCase = new CaseDetailModel(sichuan);
  const cqCase = new CaseDetailModel(chongqing);

  const caseNumber = await test.step('Sichuan accepts a 户籍证明 case handled in Chongqing', async () => {
    const intake = new IntakePageModel(sichuan);
    await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.supplement);
    await intake.fillApplicant({ name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' });
    await intake.tickMaterial('申请人居民身份证');
    return intake.accept();
  });

  await test.step('Chongqing receives it and asks for the 户口簿 by a deadline; its clock pauses', async () => {
    await cq.openMenu('待办理（办理地）');
    await cqCase.open(caseNumber);
    await cqCase.receive('');
    await cqCase.requestSupplement(['居民户口簿'], '需核对申请人户籍登记信息', await daysFromToday(chongqing, 10));
    await expect(cqCase.status()).toHaveText('待补正（办理地要求）');
    await expect(cqCase.clock()).toContainText('计时暂停');
    await expect(cqCase.fact('办理地要求补正')).toContainText('居民户口簿');
    await cq.expectOutbox(0);
    await cqCase.close();
  });

  await test.step('Sichuan is told, sees what is asked for, and sends the 户口簿 with its scan', async () => {
    await sc.openMenu('本窗口受理');
    await expect(sichuan.getByTestId('supplement-requests-alert')).toContainText('办理地要求补正的办件 1 件', { timeout: 60_000 });
    await scCase.open(caseNumber);
    await expect(scCase.status()).toHaveText('待补正（办理地要求）');
    await expect(await scCase.start('supplementSubmitted')).toContainText('需核对申请人户籍登记信息');
    await expect(scCase.clock()).toContainText('计时暂停');
    await expect(scCase.drawer.getByTestId('print-supplement-request-notice')).toHaveText('打印补正材料通知书');
    await scCase.submitSupplement(householdBookScan());
    await expect(scCase.status()).toHaveText('办理地审查中');
    await expect(scCase.fact('办理地要求补正')).toContainText('已由收件地提交');
    await sc.expectOutbox(0);
    await scCase.close();
  });

  await test.step('Chongqing sees the case back under review with the scan, and approves', async () => {
    await expect(cq.caseRow(caseNumber).getByTestId('case-status')).toHaveText('办理地审查中', { timeout: 60_000 });
    await cqCase.open(caseNumber);
    await expect(cqCase.drawer.getByTestId('case-attachments')).toContainText('户口簿首页.png', { timeout: 60_000 });
    await cqCase.approve('补正材料核对无误，准予出具。');
    await expect(cqCase.status()).toHaveText('已办结（准予）');
  });
});
