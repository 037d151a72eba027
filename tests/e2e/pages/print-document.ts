/**
 * Printing one of a case's documents the way a clerk does: its button, then the preview's
 * 打印, then the outcome line ("…已发送到打印机…（任务 PDF-12）"), which is returned.
 * `missingGlyphs`: characters the preview must report as not printable; 打印 stays disabled
 * until the clerk confirms them.
 */
import { expect, type Page } from '@playwright/test';

export async function printDocument(page: Page, kind: string, options: { missingGlyphs?: string } = {}): Promise<string> {
  await page.getByTestId(`print-${kind}`).click();
  const preview = page.getByTestId('print-preview');
  await expect(preview.getByTestId('preview-page-count')).toHaveText(/共 \d+ 页/, { timeout: 60_000 });
  const print = preview.getByRole('button', { name: /^打\s?印$/ });
  if (options.missingGlyphs) {
    await expect(preview.getByTestId('missing-glyphs')).toContainText(options.missingGlyphs);
    await expect(print).toBeDisabled();
    await preview.getByRole('checkbox', { name: /已核对/ }).check();
  } else {
    await expect(preview.getByTestId('missing-glyphs')).toHaveCount(0);
  }
  await print.click();
  const result = page.getByTestId(`print-result-${kind}`);
  await expect(result).toContainText('已发送到打印机', { timeout: 60_000 });
  return (await result.textContent()) ?? '';
}
