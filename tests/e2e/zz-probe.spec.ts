import { expect, test } from './support/fixtures';
import { WINDOWS } from './support/windows';
test('probe', async ({ workstations }) => {
  const station = await workstations.start('probe', { identity: WINDOWS.counterActionsSichuan });
  const { page } = station;
  await station.open();
  await page.keyboard.press('F4');
  await expect(page.locator('[data-testid="case-search"] input, input[data-testid="case-search"]').first()).toBeFocused();
  const where = () => page.evaluate(() => { const a = document.activeElement as HTMLElement | null; return `${a?.tagName} id=${a?.id} ph=${a?.getAttribute('placeholder')} cls=${a?.className?.toString().slice(0,40)} open=${document.querySelectorAll('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').length}`; });
  for (let i = 0; i < 8; i++) { await page.keyboard.press('Tab'); console.log('Tab', i, await where()); }
  await page.keyboard.press('Escape'); console.log('Esc', await where());
  for (let i = 0; i < 4; i++) { await page.keyboard.press('Shift+Tab'); console.log('STab', i, await where()); }
});
