/** Driving antd widgets the way a keyboard user does. */
import { expect, type Page } from '@playwright/test';

/**
 * Picks the option whose label contains `text` from an antd Select: typed into the search
 * box when the Select is searchable, chosen from the open list otherwise.
 */
export async function chooseOption(page: Page, selectId: string, text: string): Promise<void> {
  const input = page.locator(`input#${CSS.escape(selectId)}`);
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(text);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await expect(option).toBeVisible();
  await option.click();
}

/** The CSS.escape Playwright's Node side lacks, enough for our ids (dots in RHF paths). */
const CSS = {
  escape: (id: string) => id.replace(/([.:[\]])/g, '\\$1'),
};
