/** Driving antd widgets the way a keyboard user does. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks the option whose label contains `text` from an antd Select: `typed` (default: the
 * text itself) goes into the search box when the Select is searchable, chosen from the open list otherwise. The option is
 * taken from THIS Select's own list (found through `<id>_list`): with two Selects in a
 * row, the previous one's list may still be fading out and hold the same text.
 */
export async function chooseOption(page: Page, selectId: string, text: string, typed = text): Promise<void> {
  const input = page.locator(`input[id="${selectId}"]`);
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(typed);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${selectId}_list"]`) });
  const option = dropdown.locator('.ant-select-item-option', { hasText: text }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(dropdown).toBeHidden();
}

/**
 * The same choice made the way a clerk at the keyboard makes it in a searchable Select: type,
 * check that the highlighted first match is the wanted option, Enter. Half the round trips of
 * `chooseOption`; use it where the typed text finds the option first (a code, a full name).
 */
export async function typeToChoose(page: Page, selectId: string, text: string): Promise<void> {
  const input = page.locator(`input[id="${selectId}"]`);
  await input.fill(text);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${selectId}_list"]`) });
  await expect(dropdown.locator('.ant-select-item-option-active')).toContainText(text);
  await input.press('Enter');
  await expect(page.locator('.ant-select-content', { has: input })).toContainText(text);
}

/**
 * Types a date into an antd DatePicker the way a clerk does: into the field, over what it
 * shows, in any format the field takes (2026-12-07, 20261207, 2024-03 for a 年月), then Tab on.
 * The picker takes the date once it is complete; Tab leaves the calendar closed behind.
 */
export async function typeDate(input: Locator, text: string): Promise<void> {
  // A pointer resting over the calendar as it opens previews the hovered day in the field.
  await input.page().mouse.move(0, 0);
  await input.focus();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
  // Tab commits the typed day and moves on. Once in CI, on a loaded machine, the field kept
  // the focus after Tab (the calendar popup took the key): a clerk would press Tab again.
  await expect(async () => {
    if (await input.evaluate((element) => element === document.activeElement)) await input.press('Tab');
    await expect(input).not.toBeFocused({ timeout: 1_000 });
  }).toPass();
  // The calendar closes as the field loses focus; until it has, Esc would close it, not the dialog.
  await expect(input.page().locator('.ant-picker-dropdown:visible')).toHaveCount(0);
}

/**
 * Types into many plain inputs in one round trip: for each element id, the value goes in
 * through the element's own value setter and an `input` event, as Playwright's `fill` does,
 * so React and the form see an ordinary change. For a sweep that types hundreds of fields
 * (lists and dates still go through their widgets). Fails naming any id not on the page.
 */
export async function typeAll(page: Page, values: Record<string, string>): Promise<void> {
  const missing = await page.evaluate((entries) => {
    const absent: string[] = [];
    for (const [id, value] of entries) {
      const input = document.getElementById(id);
      if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) {
        absent.push(id);
        continue;
      }
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
      input.focus();
      setter?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return absent;
  }, Object.entries(values));
  expect(missing, 'inputs to type into').toEqual([]);
}
