/** Driving antd widgets the way a keyboard user does. */
import { expect, type Page } from '@playwright/test';

/** Types into a searchable antd Select and picks the option whose label contains `text`. */
export async function chooseOption(page: Page, selectId: string, text: string): Promise<void> {
  const input = page.locator(`input#${CSS.escape(selectId)}`);
  await input.click();
  await input.fill(text);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await expect(option).toBeVisible();
  await option.click();
}

/** The CSS.escape Playwright's Node side lacks, enough for our ids (dots in RHF paths). */
const CSS = {
  escape: (id: string) => id.replace(/([.:[\]])/g, '\\$1'),
};
