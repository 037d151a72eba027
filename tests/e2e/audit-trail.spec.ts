/**
 * The audit trail at the window: a second application for the same matter is flagged while
 * the clerk types, and an event edited behind the app's back is caught by the hash chain.
 */
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const APPLICANT = { name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' };

const HANDLING_COUNTY = HANDLING_COUNTIES.auditTrail;

test('a repeat application is flagged and a tampered event is reported', async ({ workstations }) => {
  const { page } = await workstations.open('audit', { identity: WINDOWS.auditTrail });
  const intake = new IntakePageModel(page);
  const shell = new ShellModel(page);

  await intake.chooseMatter('户籍证明开具', HANDLING_COUNTY);
  await intake.fillApplicant(APPLICANT);
  await intake.tickMaterial('申请人居民身份证');
  const caseNumber = await intake.accept();

  await test.step('the same applicant and matter again: warned while typing', async () => {
    await intake.acceptNext();
    await intake.chooseMatter('户籍证明开具', HANDLING_COUNTY);
    await intake.fillApplicant(APPLICANT);
    await expect(page.getByTestId('duplicate-warning')).toContainText(caseNumber);
  });

  await test.step('an untouched log verifies', async () => {
    await shell.openMenu('本窗口受理');
    await shell.caseRow(caseNumber).click();
    await page.getByRole('button', { name: '校验记录完整性' }).click();
    await expect(page.getByTestId('chain-check')).toContainText('记录完整');
  });

  await test.step('an applicant name changed directly in IndexedDB is caught', async () => {
    await page.evaluate(
      (number) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('chuanyu-workstation');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            const store = tx.objectStore('events');
            const all = store.getAll();
            all.onsuccess = () => {
              const accepted = (all.result as { type: string; payload: { caseNumber?: string; applicant: { name: string } } }[]).find(
                (event) => event.type === 'accepted' && event.payload.caseNumber === number,
              );
              if (!accepted) return reject(new Error('event not found'));
              accepted.payload.applicant.name = '李鬼';
              store.put(accepted);
            };
            tx.oncomplete = () => resolve();
          };
        }),
      caseNumber,
    );
    await page.keyboard.press('Escape');
    await shell.caseRow(caseNumber).click();
    await page.getByRole('button', { name: '校验记录完整性' }).click();
    await expect(page.getByTestId('chain-check')).toContainText('发现 1 处记录异常');
    await expect(page.getByTestId('chain-check')).toContainText('被改动');
  });
});
