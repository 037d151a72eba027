/**
 * When the disk journal cannot be written, the clerk is told at once (a red banner with the
 * reason) and 受理 asks before storing a case without its disk copy.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntakePageModel } from './pages/intake-page';
import { JournalWarningModel } from './pages/journal-warning';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('a clerk whose disk journal breaks is warned, can decline, and accepts the case only after confirming', async ({ workstations }) => {
  const { page, profileDir } = await workstations.open('journal-broken', { identity: WINDOWS.journalFailure });
  await new ShellModel(page).expectHub('交换平台在线');
  const warning = new JournalWarningModel(page);
  await expect(warning.banner).toBeHidden();

  // Something takes the journal directory's place (root ignores permission bits).
  const journalDir = join(profileDir, 'journal');
  rmSync(journalDir, { recursive: true, force: true });
  writeFileSync(journalDir, '');

  const intake = new IntakePageModel(page);
  await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.journalFailure);
  await intake.fillApplicant({ name: '孙丽', idNumber: '11010519491231002X', mobile: '13700002222' });
  await intake.tickMaterial('申请人居民身份证');

  await test.step('受理 asks first; declining stores nothing and keeps the form', async () => {
    await intake.clickAccept();
    await expect(warning.question).toContainText('磁盘日志写入失败');
    await warning.expectBanner(/磁盘日志写入失败/);
    await warning.decline();
    await expect(page.getByText('已按您的选择取消')).toBeVisible();
    await intake.expectApplicantName('孙丽');
  });

  await test.step('confirming stores the case without the journal', async () => {
    await intake.clickAccept();
    await expect(warning.question).toContainText('日志目录被同名文件占用');
    await warning.goOnWithoutJournal();
    await expect(page.getByTestId('case-number')).toHaveText(/^\d{22}$/);
    await warning.expectBanner(/日志目录被同名文件占用/);
  });

  await test.step('once the directory is back, checking again clears the banner', async () => {
    rmSync(journalDir);
    await warning.checkAgain();
    await expect(warning.banner).toBeHidden();
  });
});
