/**
 * Printing one of a case's documents the way a clerk does: its button, the preview's 打印
 * when the app shows one, then the outcome line. Returns that line ("…已发送到打印机…（任务 PDF-12）").
 */
import { expect, type Page } from '@playwright/test';

export async function printDocument(page: Page, kind: string): Promise<string> {
  await page.getByTestId(`print-${kind}`).click();
  const preview = page.getByTestId('print-preview');
  const result = page.getByTestId(`print-result-${kind}`);
  await expect(preview.or(result)).toBeVisible({ timeout: 60_000 });
  if (await preview.isVisible()) await preview.getByRole('button', { name: /^打\s?印$/ }).click();
  await expect(result).toContainText('已发送到打印机', { timeout: 60_000 });
  return (await result.textContent()) ?? '';
}
