/**
 * A 户籍证明开具 case through its whole life across the two provinces: the Sichuan window
 * accepts it and posts the originals, the Chongqing window receives it, runs a special
 * procedure, approves and issues the certificate, and the Sichuan window hands the result
 * over by post and records the applicant's 好差评. A second case is withdrawn and can no
 * longer be decided.
 */
import type { Page } from '@playwright/test';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';
import type { Workstations } from './support/workstations';

const MATTER = '户籍证明开具';
const HANDLING_COUNTY = HANDLING_COUNTIES.caseLifecycle;

async function acceptCase(intake: IntakePageModel, applicant: { name: string; idNumber: string; mobile: string }): Promise<string> {
  await intake.chooseMatter(MATTER, HANDLING_COUNTY);
  await intake.fillApplicant(applicant);
  await intake.tickMaterial('申请人居民身份证');
  return intake.accept();
}

/** The China-local date as the workstation's browser sees it (the e2e runs in Asia/Shanghai). */
function todayInChina(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
}

async function openWorkstation(
  workstations: Workstations,
  name: string,
  identity: WorkstationIdentity,
): Promise<{ page: Page; shell: ShellModel }> {
  const { page } = await workstations.open(name, { identity });
  const shell = new ShellModel(page);
  await shell.expectHub('交换平台在线');
  return { page, shell };
}

test('a case goes from the Sichuan window to Chongqing and back to the applicant, rated; a withdrawn case cannot be decided', async ({
  workstations,
}) => {
  const [{ page: sichuan, shell: sc }, { page: chongqing, shell: cq }] = await Promise.all([
    openWorkstation(workstations, 'sichuan', WINDOWS.caseLifecycleSichuan),
    openWorkstation(workstations, 'chongqing', WINDOWS.caseLifecycleChongqing),
  ]);
  const scCase = new CaseDetailModel(sichuan);
  const cqCase = new CaseDetailModel(chongqing);

  const [handled, withdrawn] = await test.step('the Sichuan window accepts two cases handled in Chongqing', async () => {
    const intake = new IntakePageModel(sichuan);
    const first = await acceptCase(intake, { name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' });
    await intake.acceptNext();
    const second = await acceptCase(intake, { name: '王建国', idNumber: '440524188001010014', mobile: '13912345678' });
    return [first, second];
  });

  await test.step('Sichuan posts the originals by EMS (Enter submits)', async () => {
    await sc.openMenu('本窗口受理');
    await scCase.open(handled);
    await expect(scCase.status()).toHaveText('已推送办理地');
    await expect(scCase.clock()).toContainText('自受理之日起算');
    await scCase.postMaterials('EA123456789CN');
    await expect(scCase.fact('寄出纸质材料')).toContainText('EA123456789CN');
    await sc.expectOutbox(0);
    await scCase.close();
  });

  await test.step('Chongqing sees the waybill, receives the case and runs a special procedure', async () => {
    await cq.openMenu('待办理（办理地）');
    await cq.showAllStatuses();
    await cqCase.open(handled);
    await expect(cqCase.fact('寄出纸质材料')).toContainText('EA123456789CN', { timeout: 60_000 });
    await expect(cqCase.clock()).toContainText('承诺办结期限');
    await cqCase.receive('YZ-2026-0815');
    await expect(cqCase.status()).toHaveText('办理地审查中');
    await cqCase.startSpecialProcedure('鉴定', '户籍信息需核实原始档案');
    await expect(cqCase.status()).toHaveText('特别程序中');
    await expect(cqCase.clock()).toContainText('计时暂停');
    await expect(cqCase.offer('decided')).toHaveCount(0);
    await cqCase.endSpecialProcedure('原始档案核实无误');
    await expect(cqCase.status()).toHaveText('办理地审查中');
  });

  await test.step('Chongqing approves and issues the certificate', async () => {
    await cqCase.approve('经核查，户籍信息属实，准予出具。');
    await expect(cqCase.status()).toHaveText('已办结（准予）');
    await expect(cqCase.clock()).toContainText('已停止计时');
    await cqCase.issueResult('');
    await expect(cqCase.formMessage('resultIssued', '请填写结果证照编号')).toBeVisible();
    // The state machine refuses a certificate dated before the decision; the form says why.
    await cqCase.issueResult('渝公户证2026第000815号', '2026-01-05');
    await expect(cqCase.formMessage('resultIssued', '结果证照的颁发日期不能早于办结日期')).toBeVisible();
    await cqCase.issueResult('渝公户证2026第000815号', await todayInChina(chongqing));
    await expect(cqCase.status()).toHaveText('已出具结果（准予）');
    await expect(cqCase.fact('结果证照')).toContainText('渝公户证2026第000815号');
    await expect(cqCase.drawer.getByTestId('case-actions')).toHaveCount(0);
    await cq.expectOutbox(0);
    await cqCase.close();
  });

  await test.step('Sichuan sees the result after its pull, posts it to the applicant and records 非常满意', async () => {
    await expect(sc.caseRow(handled).getByTestId('case-status')).toHaveText('已出具结果（准予）', { timeout: 60_000 });
    await scCase.open(handled);
    await scCase.handOverByPost('EB987654321CN');
    await expect(scCase.status()).toHaveText('已送达（准予）');
    await scCase.rate('非常满意', '办事很快，不用跑两地');
    await expect(scCase.drawer.getByTestId('case-rating')).toContainText('非常满意 ★★★★★');
    await expect(scCase.offer('rated')).toHaveCount(0);
    await sc.expectOutbox(0);
    await scCase.close();
  });

  await test.step('Chongqing sees the case delivered', async () => {
    await expect(cq.caseRow(handled).getByTestId('case-status')).toHaveText('已送达（准予）', { timeout: 60_000 });
  });

  await test.step('Sichuan withdraws the second case at the applicant’s request', async () => {
    await scCase.open(withdrawn);
    await scCase.withdraw('申请人已在户籍地自行办理');
    await expect(scCase.status()).toHaveText('已撤回');
    await expect(scCase.drawer.getByTestId('case-actions')).toHaveCount(0);
    await expect(scCase.fact('撤回')).toContainText('申请人已在户籍地自行办理');
    await sc.expectOutbox(0);
    await scCase.close();
  });

  await test.step('Chongqing can no longer decide the withdrawn case', async () => {
    await expect(cq.caseRow(withdrawn).getByTestId('case-status')).toHaveText('已撤回', { timeout: 60_000 });
    await cqCase.open(withdrawn);
    await expect(cqCase.status()).toHaveText('已撤回');
    await expect(cqCase.offer('decided')).toHaveCount(0);
    await expect(chongqing.locator('#opinion')).toHaveCount(0);
  });
});
