/**
 * The document camera (高拍仪) at the window: the clerk photographs a two-page material into
 * its checklist row, turns and crops a page and puts the pages in order, and the row holds
 * one two-page PDF. Chromium's fake camera stands in for the UVC 高拍仪; everything else is
 * the real app (getUserMedia, the PDF worker, the draft's scan store).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import config from './playwright.config';
import { CameraDialogModel } from './pages/camera-dialog';
import { IntakePageModel } from './pages/intake-page';
import { MaterialScansModel } from './pages/material-scans';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const MATTER = '无犯罪记录证明开具';
const ID_CARD = 'ID-CARD';
const ID_CARD_NAME = '申请人居民身份证';
const PDF_NAME = `${ID_CARD_NAME}（拍照2页）.pdf`;

// Only this spec gets a camera: the fake device and an automatic "allow" for it.
const baseLaunch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...baseLaunch,
    args: [...(baseLaunch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

/** The stored scan's bytes, read back from the workstation's IndexedDB. */
async function storedScan(page: Page, fileName: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    (name) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('chuanyu-workstation');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('attachments').objectStore('attachments').getAll();
          all.onsuccess = () => {
            const record = (all.result as { fileName: string; blob: Blob }[]).find((each) => each.fileName === name);
            if (!record) return reject(new Error(`no scan named ${name}`));
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
            reader.readAsDataURL(record.blob);
          };
        };
      }),
    fileName,
  );
  return Buffer.from(base64, 'base64');
}

function pdfFacts(pdf: Buffer): { pages: number; check: string; pageSizes: string } {
  const dir = mkdtempSync(join(tmpdir(), 'camera-pdf-'));
  try {
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, pdf);
    return {
      pages: Number(execFileSync('qpdf', ['--show-npages', path], { encoding: 'utf8' }).trim()),
      check: execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }),
      pageSizes: execFileSync('pdfinfo', ['-f', '1', '-l', '2', path], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a clerk photographs a two-page material with the 高拍仪 into its checklist row as one PDF', async ({ workstations }) => {
  const { page } = await workstations.open('document-camera', { identity: WINDOWS.documentCamera });
  const intake = new IntakePageModel(page);
  const scans = new MaterialScansModel(page);
  const camera = new CameraDialogModel(page);

  await intake.chooseMatter(MATTER, HANDLING_COUNTIES.documentCamera);
  await intake.fillApplicant({ name: '刘洋', idNumber: '11010519491231002X', mobile: '13600003333' });

  await test.step('拍照 opens the live picture of the camera, named in the picker', async () => {
    await camera.open(ID_CARD_NAME);
    await expect(page.getByTestId('camera-picker')).toContainText('fake');
  });

  await test.step('Space takes the front, Enter the back', async () => {
    await camera.captureWithKey(' ', 1);
    await camera.preview().focus();
    await camera.captureWithKey('Enter', 2);
    await expect(camera.editor()).toContainText('第 2 页 / 共 2 页');
  });

  await test.step('the back is turned a quarter and moved before the front; the front is cropped by dragging', async () => {
    await camera.editor().getByRole('button', { name: '旋转 90°' }).click();
    await camera.editor().getByRole('button', { name: '前移一页' }).click();
    await expect(camera.editor()).toContainText('第 1 页 / 共 2 页');
    // The editor swaps the picture in place: crop only once it shows the other page's.
    const shown = page.getByTestId('crop-area').locator('img');
    const turned = (await shown.getAttribute('src')) ?? '';
    await camera.pages().nth(1).click();
    await expect(camera.editor()).toContainText('第 2 页 / 共 2 页');
    await expect(shown).not.toHaveAttribute('src', turned);
    await camera.crop({ x: 0.1, y: 0.1 }, { x: 0.9, y: 0.7 });
    await expect(camera.editor()).toContainText('第 2 页 / 共 2 页（已裁剪）');
    await expect(page.getByTestId('crop-rectangle')).toBeVisible();
  });

  await test.step('the turned page is cropped from the keyboard (Shift+arrows size the rectangle)', async () => {
    await camera.pages().nth(0).click();
    await expect(camera.editor()).toContainText('第 1 页 / 共 2 页');
    await camera.editor().getByTestId('crop-area').focus();
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('Shift+ArrowUp');
    await expect(camera.editor()).toContainText('第 1 页 / 共 2 页（已裁剪）');
  });

  await test.step('a third page taken by mistake is deleted', async () => {
    await camera.preview().focus();
    await camera.captureWithKey(' ', 3);
    await camera.editor().getByRole('button', { name: '删除此页' }).click();
    await expect(camera.pages()).toHaveCount(2);
  });

  await test.step('完成 stores one PDF on the row, ticks the material and gives the focus back to 拍照', async () => {
    await camera.finish();
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
    await expect(scans.scans(ID_CARD)).toContainText(PDF_NAME);
    await expect(page.locator(`[id="material-${ID_CARD}"]`)).toBeChecked();
    await expect(camera.cameraButton(ID_CARD_NAME)).toBeFocused();
  });

  await test.step('the stored PDF has the two pages, the turned one in landscape first', async () => {
    const facts = pdfFacts(await storedScan(page, PDF_NAME));
    expect(facts.pages).toBe(2);
    expect(facts.check).toContain('No syntax or stream encoding errors');
    // The fake camera is landscape: turned, the first page is portrait; the cropped second stays landscape.
    expect(facts.pageSizes).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+/);
    expect(facts.pageSizes).toMatch(/Page\s+2 size:\s+841\.\d+ x 595\.\d+/);
  });

  await test.step('Esc closes the dialog without storing anything, the focus back on 拍照', async () => {
    await camera.open(ID_CARD_NAME);
    await camera.captureWithKey(' ', 1);
    await page.keyboard.press('Escape');
    await expect(camera.preview()).toBeHidden();
    await expect(camera.cameraButton(ID_CARD_NAME)).toBeFocused();
    await expect(scans.scans(ID_CARD)).toHaveCount(1);
  });
});
