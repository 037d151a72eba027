/**
 * 打印证明 the way the handling window's clerk does it: the button in the case drawer, the
 * form pre-filled from the case (fields found by the certificate data's paths, e.g.
 * "holder.name"), 生成预览, then the print preview's 打印 and the outcome line.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { PrintPreviewModel } from './print-preview';

export class CertificateFormModel {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('certificate-form') });
  }

  button(): Locator {
    return this.page.getByTestId('print-certificate');
  }

  async open(): Promise<void> {
    await this.button().click();
    await expect(this.dialog).toBeVisible();
  }

  field(path: string): Locator {
    return this.dialog.locator(`[id="${path}"]`);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.field(path).fill(value);
  }

  error(text: string): Locator {
    return this.dialog.locator('.ant-form-item-explain-error', { hasText: text });
  }

  /** 生成预览: the form closes only when every field passes. */
  async preview(): Promise<void> {
    await this.dialog.getByRole('button', { name: '生成预览' }).click();
  }

  /** From a valid form: the preview draws one page, 打印, and the outcome line is returned. */
  async previewAndPrint(): Promise<string> {
    await this.preview();
    await expect(this.dialog).toBeHidden();
    const preview = new PrintPreviewModel(this.page);
    await preview.expectPages(1);
    await expect(preview.dialog.getByTestId('missing-glyphs')).toHaveCount(0);
    await preview.print();
    const result = this.page.getByTestId('print-result-certificate');
    await expect(result).toContainText('已发送到打印机', { timeout: 60_000 });
    return (await result.textContent()) ?? '';
  }
}
