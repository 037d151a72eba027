import { expect, type Page } from '@playwright/test';

/** 办事指南查询: the matter picker and the chosen matter's guide. */
export class MatterGuidePageModel {
  readonly searchBox;
  readonly results;
  readonly details;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByRole('combobox', { name: '查找事项' });
    this.results = page.getByRole('listbox', { name: '事项' }).getByRole('option');
    this.details = page.getByTestId('matter-details');
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '办事指南查询' }).click();
    await expect(this.searchBox).toBeFocused();
  }

  /** Types key by key, the way a clerk does, into an emptied box. */
  async type(query: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(query);
  }

  /** The option the keyboard cursor is on (what Enter would choose). */
  activeOption() {
    return this.page.locator('[role="option"][aria-selected="true"]');
  }

  async expectChosen(name: string | RegExp): Promise<void> {
    await expect(this.details.locator('.ant-descriptions-title')).toHaveText(name);
  }
}
