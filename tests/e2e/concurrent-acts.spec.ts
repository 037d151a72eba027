/**
 * Both provinces act on the same cases while the Sichuan window is cut off: it posts the
 * originals of one case and withdraws another, while Chongqing receives and decides both.
 * After reconnecting, both windows and both hubs hold the same history; the posting stands
 * beside the decision, and the withdrawal, which came after a decision it did not know of,
 * is overruled and its clerk is told why and what to do until they acknowledge it.
 */
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { hubHistory } from './support/hub-history';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('concurrent acts of both provinces converge; the overruled withdrawal is explained to its clerk', async ({ workstations, hubs }) => {
  const [sichuanStation, chongqingStation] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.concurrentActsSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.concurrentActsChongqing }),
  ]);
  const [sichuan, chongqing] = [sichuanStation.page, chongqingStation.page];
  const [sc, cq] = [new ShellModel(sichuan), new ShellModel(chongqing)];
  await Promise.all([sc.expectHub('交换平台在线'), cq.expectHub('交换平台在线')]);
  const scCase = new CaseDetailModel(sichuan);
  const cqCase = new CaseDetailModel(chongqing);

  const [posted, withdrawn] = await test.step('Sichuan accepts two 户籍证明 cases handled in Chongqing', async () => {
    const intake = new IntakePageModel(sichuan);
    const numbers: string[] = [];
    for (const applicant of [
      { name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' },
      { name: '王建国', idNumber: '440524188001010014', mobile: '13912345678' },
    ]) {
      if (numbers.length > 0) await intake.acceptNext();
      await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.concurrentActs);
      await intake.fillApplicant(applicant);
      await intake.tickMaterial('申请人居民身份证');
      numbers.push(await intake.accept());
    }
    await sc.expectOutbox(0);
    await cq.openMenu('待办理（办理地）');
    await cq.showAllStatuses();
    await expect(cq.caseRow(numbers[1] as string)).toBeVisible({ timeout: 60_000 });
    return numbers as [string, string];
  });

  await test.step('cut off from its hub, Sichuan posts the originals of one case and withdraws the other', async () => {
    await hubs.stopHub('51');
    await sc.expectHub('交换平台离线');
    await sc.openMenu('本窗口受理');
    await scCase.open(posted);
    await scCase.postMaterials('EA123456789CN');
    await expect(scCase.fact('寄出纸质材料')).toContainText('EA123456789CN');
    await scCase.close();
    await scCase.open(withdrawn);
    await scCase.withdraw('申请人已在户籍地自行办理');
    await expect(scCase.status()).toHaveText('已撤回');
    await scCase.close();
    await sc.expectOutbox(2);
  });

  await test.step('meanwhile Chongqing receives and approves both', async () => {
    for (const caseNumber of [posted, withdrawn]) {
      await cqCase.open(caseNumber);
      await cqCase.receive('');
      await expect(cqCase.status()).toHaveText('办理地审查中');
      await cqCase.approve('经核查，户籍信息属实，准予出具。');
      await expect(cqCase.status()).toHaveText('已办结（准予）');
      await cqCase.close();
    }
    await cq.expectOutbox(0);
  });

  await test.step('Sichuan reconnects: its withdrawal is overruled by the decision and it is told', async () => {
    await hubs.startHub('51');
    await sc.expectHub('交换平台在线', 60_000);
    await sc.expectOutbox(0, 60_000);
    await expect(sc.caseRow(withdrawn).getByTestId('case-status')).toHaveText('已办结（准予）', { timeout: 60_000 });
    const notice = sichuan.getByTestId('conflict-notice').filter({ hasText: withdrawn });
    await expect(notice).toContainText('“撤回申请”未生效');
    await expect(notice).toContainText(/重庆（大厅 \d{8}，王芳）/);
    await expect(notice).toContainText('“办结”');
    await expect(notice).toContainText('撤回未生效');
    await expect(sc.caseRow(posted).getByTestId('case-status')).toHaveText('已办结（准予）', { timeout: 60_000 });
    await scCase.open(posted);
    await expect(scCase.fact('寄出纸质材料')).toContainText('EA123456789CN');
    await scCase.close();
  });

  await test.step('Chongqing sees the posting beside its decision, and the overruled withdrawal as information', async () => {
    await cqCase.open(posted);
    await expect(cqCase.fact('寄出纸质材料')).toContainText('EA123456789CN', { timeout: 60_000 });
    await expect(cqCase.status()).toHaveText('已办结（准予）');
    await cqCase.close();
    await cqCase.open(withdrawn);
    await expect(cqCase.drawer.getByTestId('case-conflicts')).toContainText(/四川（大厅 \d{8}，李明）的“撤回申请”未生效/, {
      timeout: 60_000,
    });
    await expect(cqCase.drawer.getByTestId('case-conflicts')).toContainText('无需处理');
    await expect(cqCase.status()).toHaveText('已办结（准予）');
    await cqCase.close();
  });

  await test.step('both hubs hold the same history of both cases', async () => {
    for (const caseNumber of [posted, withdrawn]) {
      const atSichuan = await hubHistory(hubs.url('51'), sichuanStation.profileDir, caseNumber);
      await expect.poll(() => hubHistory(hubs.url('50'), chongqingStation.profileDir, caseNumber), { timeout: 30_000 }).toEqual(atSichuan);
      expect(atSichuan).toHaveLength(5);
    }
  });

  await test.step('the clerk acknowledges the notice; it stays on the case, no longer on every screen', async () => {
    const notice = sichuan.getByTestId('conflict-notice').filter({ hasText: withdrawn });
    await notice.getByRole('button', { name: '我已知晓' }).click();
    await expect(notice).toHaveCount(0);
    await scCase.open(withdrawn);
    await expect(scCase.drawer.getByTestId('case-conflicts')).toContainText('已由 李明 确认知晓');
  });
});
