/**
 * Scanned materials at the window: the clerk scans the applicant's ID card and application
 * form into the intake, wrong and oversized files are refused in Chinese, the scans survive a
 * reload with the draft, and after 受理 they belong to the case and open from its drawer.
 */
import { PNG } from 'pngjs';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { MaterialScansModel, type ScanFile } from './pages/material-scans';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const MATTER = '无犯罪记录证明开具';
const ID_CARD = 'ID-CARD';
const APPLY_FORM = 'APPLY-FORM';
const HANDLING_COUNTY = HANDLING_COUNTIES.attachments;

/** A 600×400 "scan" with a frame, so its thumbnail has something to scale. */
function pngScan(name: string): ScanFile {
  const image = new PNG({ width: 600, height: 400 });
  for (let y = 0; y < 400; y += 1) {
    for (let x = 0; x < 600; x += 1) {
      const at = (600 * y + x) * 4;
      const ink = x < 20 || y < 20 || x > 580 || y > 380 || (y > 150 && y < 170);
      image.data.set(ink ? [30, 60, 140, 255] : [250, 250, 245, 255], at);
    }
  }
  return { name, mimeType: 'image/png', buffer: PNG.sync.write(image) };
}

/** The smallest PDF a viewer opens: one empty A4 page. */
function pdfScan(name: string): ScanFile {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

test('a clerk attaches scans of the materials, they survive a reload and stay with the accepted case', async ({ workstations }) => {
  const { page } = await workstations.open('attachments', { identity: WINDOWS.attachments });
  const intake = new IntakePageModel(page);
  const scans = new MaterialScansModel(page);

  await intake.chooseMatter(MATTER, HANDLING_COUNTY);
  await intake.fillApplicant({ name: '赵敏', idNumber: '11010519491231002X', mobile: '13600002222' });

  await test.step('a scanned ID card shows as a thumbnail and ticks its material', async () => {
    await scans.upload(ID_CARD, pngScan('身份证正反面.png'));
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
    expect(await scans.thumbnailWidth(scans.row(ID_CARD), '身份证正反面.png')).toBe(240);
    await expect(page.locator(`[id="material-${ID_CARD}"]`)).toBeChecked();
  });

  await test.step('a PDF application form is listed by name with a PDF badge', async () => {
    await scans.upload(APPLY_FORM, pdfScan('无犯罪记录证明申请表.pdf'));
    await expect(scans.scans(APPLY_FORM)).toContainText('无犯罪记录证明申请表.pdf');
    await expect(scans.scans(APPLY_FORM)).toContainText('PDF');
    await expect(page.locator(`[id="material-${APPLY_FORM}"]`)).toBeChecked();
  });

  await test.step('an oversized scan and a text file named .png are refused in Chinese, in place', async () => {
    const huge = Buffer.alloc(11 * 1024 * 1024);
    pngScan('x.png').buffer.copy(huge);
    await scans.upload(ID_CARD, { name: '高分辨率扫描.png', mimeType: 'image/png', buffer: huge });
    await expect(scans.error(ID_CARD, '文件过大（11.0 MB），单个文件不超过 10 MB')).toBeVisible();
    await scans.upload(ID_CARD, { name: '假照片.png', mimeType: 'image/png', buffer: Buffer.from('这只是一段文字，不是图片', 'utf8') });
    await expect(scans.error(ID_CARD, '「假照片.png」的内容不是 PNG 图片')).toBeVisible();
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
  });

  await test.step('a scan added by mistake is deleted', async () => {
    await scans.upload(APPLY_FORM, pngScan('拍错了.png'));
    await expect(scans.scans(APPLY_FORM)).toHaveCount(2);
    await scans.remove(APPLY_FORM, '拍错了.png');
    await expect(scans.scans(APPLY_FORM)).toHaveCount(1);
  });

  await test.step('the scans survive a reload with the draft', async () => {
    await intake.waitForDraftSaved();
    await page.reload();
    await expect(page.locator('[id="applicant.name"]')).toHaveValue('赵敏');
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
    expect(await scans.thumbnailWidth(scans.row(ID_CARD), '身份证正反面.png')).toBe(240);
    await expect(scans.scans(APPLY_FORM)).toContainText('无犯罪记录证明申请表.pdf');
    await expect(page.locator(`[id="material-${ID_CARD}"]`)).toBeChecked();
  });

  const caseNumber = await test.step('受理 hands the scans to the case', async () => intake.accept());

  await test.step('the next intake starts without them', async () => {
    await intake.acceptNext();
    await intake.chooseMatter(MATTER, HANDLING_COUNTY);
    await expect(scans.row(ID_CARD)).toBeVisible();
    await expect(page.getByTestId('scan-item')).toHaveCount(0);
  });

  await test.step('清空 discards the scans of the cleared form', async () => {
    await scans.upload(ID_CARD, pngScan('下一位申请人身份证.png'));
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
    await intake.startBlank();
    await intake.chooseMatter(MATTER, HANDLING_COUNTY);
    await expect(scans.row(ID_CARD)).toBeVisible();
    await expect(page.getByTestId('scan-item')).toHaveCount(0);
  });

  await test.step('the case drawer lists the scans by material and opens them', async () => {
    await new ShellModel(page).openMenu('本窗口受理');
    await new CaseDetailModel(page).open(caseNumber);
    const attachments = scans.caseAttachments();
    await expect(attachments).toContainText('材料扫描件（2 个');
    await expect(attachments.getByTestId(`case-material-${ID_CARD}`)).toContainText('申请人居民身份证');
    expect(await scans.thumbnailWidth(attachments.getByTestId(`case-material-${ID_CARD}`), '身份证正反面.png')).toBe(240);
    await expect(attachments.getByTestId(`case-material-${APPLY_FORM}`)).toContainText('无犯罪记录证明申请表.pdf');
    // Scans open in the app's own viewer (no new window, as Electron allows none).
    await attachments.getByTestId('scan-name').filter({ hasText: '身份证正反面.png' }).click();
    const viewer = page.getByTestId('scan-viewer');
    await expect(viewer.getByTestId('scan-viewer-image')).toBeVisible();
    expect(await viewer.getByTestId('scan-viewer-image').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(600);
    await viewer.locator('.ant-modal-close').click();
    await expect(viewer).toHaveCount(0);
    await attachments.getByTestId('scan-name').filter({ hasText: '无犯罪记录证明申请表.pdf' }).click();
    await expect(viewer.getByTestId('preview-page-count')).toHaveText('共 1 页');
  });
});
