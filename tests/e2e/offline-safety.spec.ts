/**
 * An accepted case must survive the loss of the browser's database: every local event is
 * also written to the host's disk journal until the hub acknowledges it.
 */
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('a case accepted offline comes back from the disk journal after IndexedDB is lost', async ({ workstations, hubs }) => {
  const { page } = await workstations.open('journal', { identity: WINDOWS.offlineSafety });
  const shell = new ShellModel(page);
  await shell.expectHub('交换平台在线');

  await hubs.stopHub('51');
  const intake = new IntakePageModel(page);
  await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.offlineSafety);
  await intake.fillApplicant({ name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' });
  await intake.tickMaterial('申请人居民身份证');
  const caseNumber = await intake.accept();
  // 受理 and 推送办理地: two events wait for the hub.
  await shell.expectOutbox(2);

  await test.step('the browser database is wiped', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('chuanyu-workstation');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(new Error('delete failed'));
        }),
    );
    await page.reload();
  });

  await test.step('the journal restores the case and it syncs when the hub returns', async () => {
    await expect(page.getByText(/已从磁盘日志恢复 2 个/)).toBeVisible();
    await shell.openMenu('本窗口受理');
    await expect(shell.caseRow(caseNumber)).toBeVisible();
    await hubs.startHub('51');
    await shell.expectOutbox(0, 60_000);
  });
});
