/**
 * Printing on a fresh profile with one queue: nobody has chosen a printer, CUPS names no
 * default, and this computer's only queue is "PDF". 设置 says in plain words that prints will
 * go there, the receipt does, and nothing the clerk reads is a file path.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { SettingsPageModel } from './pages/settings-page';
import { jobCompleted, pdfPages, pdfText, printedFile } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

/** The queues CUPS lists and whether it names a default: the fresh workstation this spec needs. */
function cupsState(): { queues: string[]; hasDefault: boolean } {
  const queues = execFileSync('lpstat', ['-e'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const fallback = execFileSync('lpstat', ['-d'], { encoding: 'utf8' });
  return { queues, hasDefault: /^system default destination:/m.test(fallback) };
}

test('printing on a fresh profile with one queue', async ({ workstations }) => {
  expect(cupsState(), 'this spec needs CUPS with the one "PDF" queue and no default (.ci/start-cups.sh)').toEqual({
    queues: ['PDF'],
    hasDefault: false,
  });
  // No --printer: the profile starts with no printer chosen, as a new installation does.
  const station = await workstations.start('fresh-printer', { identity: WINDOWS.freshPrinter });
  const { page } = station;
  await station.open();

  await test.step('设置 explains 自动选择 and names the only printer', async () => {
    const settings = new SettingsPageModel(page);
    await settings.open();
    await expect(settings.printer.locator('.ant-select-content')).toHaveText('自动选择（推荐）');
    await expect(settings.printer.getByTestId('printer-choice-meaning')).toContainText('没有默认打印机时，如果只连接了一台就用这一台');
    await expect(settings.printer.getByTestId('printer-destination')).toHaveText('现在打印会送到“PDF”（这台电脑唯一的打印机）。');
  });

  const intake = new IntakePageModel(page);
  await intake.open();
  await intake.chooseMatter('无犯罪记录证明开具', HANDLING_COUNTIES.freshPrinter);
  await intake.fillApplicant({ name: '钱多多', idNumber: '11010519491231002X', mobile: '13600002222' });
  await intake.tickMaterial('申请人居民身份证');
  await intake.tickMaterial('无犯罪记录证明申请表');
  const caseNumber = await intake.accept();

  await test.step('the receipt goes to the PDF queue without anyone choosing it', async () => {
    const preview = new PrintPreviewModel(page);
    await page.getByRole('button', { name: '打印受理回执' }).click();
    await preview.expectPages(1);
    await preview.print();
    const result = page.getByTestId('print-result');
    await expect(result).toContainText('受理回执已发送到打印机“PDF”');
    const text = (await result.textContent()) ?? '';
    expect(text).not.toMatch(/[/\\]|\.pdf/);
    await expect(page.getByTestId('printer-choice')).toHaveCount(0);
    const jobId = /任务 (\S+)）/.exec(text)?.[1] ?? '';
    await expect.poll(() => jobCompleted(jobId), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => printedFile(jobId)).not.toBeNull();
    expect(pdfPages(printedFile(jobId) ?? '')).toBe(1);
    expect(pdfText(join(station.printsDir, `受理回执-${caseNumber}.pdf`))).toContain(caseNumber);
  });
});
