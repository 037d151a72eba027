/**
 * Finding a matter in seconds at the window: pinyin initials, full pinyin and a code prefix
 * typed into the picker on the 办事指南查询 page, chosen with the keyboard only, and the
 * window's usual matters offered first next time.
 */
import { MatterGuidePageModel } from './pages/matter-guide-page';
import { expect, test } from './support/fixtures';
import { WINDOWS } from './support/windows';

test('a clerk finds 社会保障卡申领 by "sbk" and 无犯罪记录证明 by full pinyin, keyboard only', async ({ workstations }) => {
  const { page } = await workstations.open('sichuan', { identity: WINDOWS.matterSearch });

  const guide = new MatterGuidePageModel(page);
  await guide.open();

  await test.step('"sbk" finds 社会保障卡申领 through the 社保卡 short name; Enter chooses it', async () => {
    await guide.type('sbk');
    await expect(guide.results.filter({ hasText: '社会保障卡申领' })).toHaveCount(1);
    await expect(guide.activeOption()).toContainText('社会保障卡');
    // Enter takes the cursor's matter; bring it to 申领 if a sibling (补领, 换领) ranks first.
    for (let i = 0; i < 10 && !(await guide.activeOption().textContent())?.includes('社会保障卡申领'); i += 1) {
      await guide.searchBox.press('ArrowDown');
    }
    await guide.searchBox.press('Enter');
    await guide.expectChosen('社会保障卡申领');
    await expect(guide.details).toContainText('申请人居民身份证');
  });

  await test.step('full pinyin "wufanzuijilu" finds 无犯罪记录证明开具 first', async () => {
    await guide.type('wufanzuijilu');
    await expect(guide.activeOption()).toContainText('无犯罪记录证明开具');
    await guide.searchBox.press('Enter');
    await guide.expectChosen(/^无犯罪记录证明开具/);
  });

  await test.step('Esc clears the box and the matters just used come first, marked 常用', async () => {
    await guide.searchBox.press('Escape');
    await expect(guide.searchBox).toHaveValue('');
    await expect(guide.results.nth(0)).toContainText('无犯罪记录证明开具');
    await expect(guide.results.nth(0)).toContainText('常用');
    await expect(guide.results.nth(1)).toContainText('社会保障卡申领');
  });

  await test.step('↓ moves through a code prefix and Enter chooses the matter under the cursor', async () => {
    await guide.type('CY-06');
    await expect(guide.results.first()).toContainText('CY-06-');
    await guide.searchBox.press('ArrowDown');
    const code = await guide.activeOption().getAttribute('data-code');
    expect(code).toMatch(/^CY-06-\d{3}$/);
    await guide.searchBox.press('Enter');
    await expect(guide.details).toContainText(code ?? '');
  });
});
