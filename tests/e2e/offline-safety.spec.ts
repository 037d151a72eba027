/**
 * An accepted case must survive the loss of the browser's database: every local event is
 * also written to the host's disk journal until the hub acknowledges it.
 */
import { expect, test } from '@playwright/test';
import { IntakePageModel } from './pages/intake-page';
import { SetupPageModel } from './pages/setup-page';
import { ShellModel } from './pages/shell';
import { useTopology } from './support/topology';

const world = useTopology();

test('a case accepted offline comes back from the disk journal after IndexedDB is lost', async ({ browser }) => {
  const url = await world().startWorkstation('journal');
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await new SetupPageModel(page).configure({ province: '四川省', county: '武侯区', hallName: '武侯区政务服务中心', window: '7', clerk: '赵敏' });
  const shell = new ShellModel(page);
  await shell.expectHub('交换平台在线');

  await world().stopHub('51');
  const intake = new IntakePageModel(page);
  await intake.chooseMatter('户籍证明开具', '江北区');
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
    await world().startHub('51');
    await shell.expectOutbox(0, 60_000);
  });
});
