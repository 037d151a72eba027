/**
 * Scans travel with the case: a 四川 window takes a 重庆-handled case with a scanned ID card
 * (image) and application form (PDF); they go to the Sichuan hub in the background and on
 * to the Chongqing hub; the 重庆 window opens the case's drawer, and each scan is fetched
 * when the clerk opens it, checked, shown in the viewer, and kept for next time.
 */
import { PNG } from 'pngjs';
import { CaseDetailModel } from './pages/case-detail';
import { IntakePageModel } from './pages/intake-page';
import { MaterialScansModel, type ScanFile } from './pages/material-scans';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const ID_CARD = 'ID-CARD';
const APPLY_FORM = 'APPLY-FORM';
const INK = [30, 60, 140];

/** A 600×400 scan: a blue frame on paper white. */
function pngScan(name: string): ScanFile {
  const image = new PNG({ width: 600, height: 400 });
  for (let y = 0; y < 400; y += 1) {
    for (let x = 0; x < 600; x += 1) {
      const ink = x < 20 || y < 20 || x > 580 || y > 380;
      image.data.set(ink ? [...INK, 255] : [250, 250, 245, 255], (600 * y + x) * 4);
    }
  }
  return { name, mimeType: 'image/png', buffer: PNG.sync.write(image) };
}

/** One empty A4 page. */
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

test('the Chongqing window opens the scans a Sichuan window took, fetched from its own hub', async ({ workstations }) => {
  const [{ page: sichuan }, { page: chongqing }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.scansTravelSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.scansTravelChongqing }),
  ]);

  const caseNumber = await test.step('四川 takes the case with two scans', async () => {
    const intake = new IntakePageModel(sichuan);
    const scans = new MaterialScansModel(sichuan);
    await intake.chooseMatter('无犯罪记录证明开具', HANDLING_COUNTIES.scansTravel);
    await intake.fillApplicant({ name: '赵敏', idNumber: '11010519491231002X', mobile: '13600002222' });
    await scans.upload(ID_CARD, pngScan('身份证正反面.png'));
    await scans.upload(APPLY_FORM, pdfScan('无犯罪记录证明申请表.pdf'));
    await expect(scans.scans(APPLY_FORM)).toHaveCount(1);
    return intake.accept();
  });

  await test.step('the scans reach the hub in the background', async () => {
    await new ShellModel(sichuan).openMenu('本窗口受理');
    const detail = new CaseDetailModel(sichuan);
    await detail.open(caseNumber);
    await expect(detail.drawer.getByTestId('case-attachments')).toContainText('材料扫描件（2 个');
    await expect(detail.drawer.getByTestId('scan-upload-state')).toHaveCount(0, { timeout: 60_000 });
  });

  const attachments = chongqing.locator('.ant-drawer').getByTestId('case-attachments');

  await test.step('重庆 sees both scans listed in the case drawer before fetching them', async () => {
    await new ShellModel(chongqing).openMenu('待办理（办理地）');
    await new CaseDetailModel(chongqing).open(caseNumber);
    await expect(attachments).toContainText('材料扫描件（2 个');
    await expect(attachments.getByTestId(`case-material-${ID_CARD}`)).toContainText('在交换平台，点击下载查看');
  });

  const viewer = chongqing.getByTestId('scan-viewer');

  await test.step('opening the ID card fetches it and shows the same pixels', async () => {
    await attachments.getByTestId('scan-name').filter({ hasText: '身份证正反面.png' }).click();
    const image = viewer.getByTestId('scan-viewer-image');
    await expect(image).toBeVisible({ timeout: 60_000 });
    const pixels = await image.evaluate(async (element: HTMLImageElement) => {
      await element.decode();
      const canvas = new OffscreenCanvas(element.naturalWidth, element.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(element, 0, 0);
      const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
      return { width: element.naturalWidth, height: element.naturalHeight, frame: at(5, 5), paper: at(300, 200), edge: at(590, 390) };
    });
    expect(pixels).toEqual({ width: 600, height: 400, frame: INK, paper: [250, 250, 245], edge: INK });
    await viewer.locator('.ant-modal-close').click();
    await expect(viewer).toHaveCount(0);
  });

  await test.step('the PDF opens in the viewer, and both are now kept on this workstation', async () => {
    await attachments.getByTestId('scan-name').filter({ hasText: '无犯罪记录证明申请表.pdf' }).click();
    await expect(viewer.getByTestId('preview-page-count')).toHaveText('共 1 页', { timeout: 60_000 });
    await viewer.locator('.ant-modal-close').click();
    await expect(attachments).not.toContainText('在交换平台');
    await expect(attachments.getByTestId('scan-thumbnail')).toHaveCount(1);
  });
});
