/**
 * A hall sets what its documents print (监督投诉电话, seal image) and its printer in 设置;
 * the clerk then previews the receipt, zooms, cancels once, and prints it from the preview.
 */
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sampleSealImage } from '../fixtures/seal-image';
import { chinaDate } from '../../shared/domain/calendar/working-days';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { SettingsPageModel } from './pages/settings-page';
import { pdfPages, pdfText } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

test('a hall sets its seal and complaint line, and the clerk previews the receipt before printing it', async ({ workstations }) => {
  const station = await workstations.start('preview', { identity: WINDOWS.printPreview });
  const { page } = station;
  // pdf.js must work under the app's strict CSP as it is: any refusal shows up here.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await station.open();

  const settings = new SettingsPageModel(page);
  await test.step('设置: 监督投诉电话, seal image and the CUPS printer', async () => {
    await settings.open();
    await expect(settings.documents.locator('#issuerShortName')).toHaveValue('锦江政务');
    await settings.fillDocuments({ authorityName: '成都市锦江区行政审批局', supervisionPhone: '028-86661234' });
    const sealFile = test.info().outputPath('seal.png');
    writeFileSync(sealFile, Buffer.from(sampleSealImage().split(',')[1] ?? '', 'base64'));
    await settings.chooseSealImage(sealFile);
    await settings.saveDocuments();
    await settings.choosePrinter('PDF');
  });

  const intake = new IntakePageModel(page);
  const preview = new PrintPreviewModel(page);
  await intake.open();
  await intake.chooseMatter('无犯罪记录证明开具', HANDLING_COUNTIES.printPreview);
  await intake.fillApplicant({ name: '赵敏', idNumber: '11010519491231002X', mobile: '13600001111' });
  await intake.tickMaterial('申请人居民身份证');
  await intake.tickMaterial('无犯罪记录证明申请表');
  const caseNumber = await intake.accept();

  await test.step('the preview draws the one page and zooms', async () => {
    await page.getByRole('button', { name: '打印受理回执' }).click();
    await preview.expectPages(1);
    expect(await preview.inkedShare()).toBeGreaterThan(0.01);
    const fitted = await preview.pageWidth();
    await preview.zoom('100%');
    await expect(preview.zoomLabel()).toHaveText('100%');
    const realSize = await preview.pageWidth();
    expect(Math.abs(realSize - fitted)).toBeGreaterThan(20);
    await preview.zoom('放大');
    expect(await preview.pageWidth()).toBeGreaterThan(realSize);
    await preview.zoom('适合宽度');
    expect(Math.abs((await preview.pageWidth()) - fitted)).toBeLessThan(2);
    if (process.env.PREVIEW_SCREENSHOT) await page.screenshot({ path: process.env.PREVIEW_SCREENSHOT });
    expect(refused).toEqual([]);
  });

  await test.step('取消 prints nothing', async () => {
    await preview.cancel();
    await expect(page.getByTestId('print-result')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '打印受理回执' })).toBeVisible();
  });

  await test.step('打印 from the preview sends the receipt with its 文书编号, complaint line and seal', async () => {
    await page.getByRole('button', { name: '打印受理回执' }).click();
    await preview.expectPages(1);
    await preview.print();
    await expect(page.getByTestId('print-result')).toContainText('已发送到打印机“PDF”');
    const kept = join(station.printsDir, `受理回执-${caseNumber}.pdf`);
    expect(pdfPages(kept)).toBe(1);
    const text = pdfText(kept);
    expect(text).toContain(`文书编号：锦江政务受〔${chinaDate(new Date()).slice(0, 4)}〕第00001号`);
    expect(text).toContain('监督投诉电话028-86661234');
    expect(spawnSync('pdfimages', ['-list', kept], { encoding: 'utf8' }).stdout).toMatch(/\bimage\b[\s\S]*\bsmask\b/);
  });

  await test.step('a reprint keeps the 文书编号', async () => {
    await page.getByRole('button', { name: '补打受理回执' }).click();
    await preview.print();
    await expect(page.getByTestId('print-result')).toContainText('补打第2份');
    const reprint = join(station.printsDir, `受理回执-${caseNumber}-补打2.pdf`);
    expect(pdfText(reprint)).toContain('第00001号');
  });
});
