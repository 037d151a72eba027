/**
 * The print preview dialog: pages drawn by pdf.js on canvases, page count, zoom, 打印 / 取消.
 * Every print in the app goes through it, so specs that print confirm it here.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class PrintPreviewModel {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.locator('.ant-modal').filter({ hasText: '打印预览' });
  }

  pages(): Locator {
    return this.dialog.getByTestId('preview-page');
  }

  /** Waits until the dialog shows `count` pages, every one drawn. */
  async expectPages(count: number, timeout = 60_000): Promise<void> {
    await expect(this.dialog.getByTestId('preview-page-count')).toHaveText(`共 ${count} 页`, { timeout });
    await expect(this.pages()).toHaveCount(count);
    for (let index = 0; index < count; index += 1) {
      await expect(this.pages().nth(index)).toHaveAttribute('data-rendered', 'true', { timeout });
    }
  }

  /** Share of a page's pixels that are not white: ink, rules, the QR code. */
  async inkedShare(index = 0): Promise<number> {
    return this.pages()
      .nth(index)
      .evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d');
        if (!context) return 0;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        for (let offset = 0; offset < data.length; offset += 4) {
          if ((data[offset] ?? 255) < 200 || (data[offset + 1] ?? 255) < 200 || (data[offset + 2] ?? 255) < 200) inked += 1;
        }
        return inked / (data.length / 4);
      });
  }

  async pageWidth(index = 0): Promise<number> {
    return (await this.pages().nth(index).boundingBox())?.width ?? 0;
  }

  async zoom(control: '适合宽度' | '100%' | '放大' | '缩小'): Promise<void> {
    await this.dialog.getByRole('button', { name: control, exact: true }).click();
    await expect(this.pages().first()).toHaveAttribute('data-rendered', 'true');
  }

  zoomLabel(): Locator {
    return this.dialog.getByTestId('preview-zoom');
  }

  /** 打印: waits for the dialog to close, which it does once the host has the job. */
  async print(timeout = 60_000): Promise<void> {
    await this.dialog.getByRole('button', { name: /^打\s?印$/ }).click();
    await expect(this.dialog).toBeHidden({ timeout });
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}
