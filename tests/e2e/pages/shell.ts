import { expect, type Page } from '@playwright/test';

/** The workstation frame: menu, hub status and the outbox counter. */
export class ShellModel {
  constructor(private readonly page: Page) {}

  async expectOutbox(count: number, timeout = 30_000): Promise<void> {
    await expect(this.page.getByTestId('outbox-count')).toHaveText(`待同步 ${count} 条`, { timeout });
  }

  async expectHub(state: '交换平台在线' | '交换平台离线', timeout = 30_000): Promise<void> {
    await expect(this.page.getByTestId('hub-status')).toHaveText(state, { timeout });
  }

  async openMenu(name: string): Promise<void> {
    await this.page.getByRole('menuitem', { name }).click();
  }

  /** 待办理 lists open cases only; a spec that follows a case to its end lists every status. */
  async showAllStatuses(): Promise<void> {
    await this.page.getByRole('combobox', { name: '办件状态' }).click();
    // antd keeps an invisible role=option list for screen readers; the clerk clicks the visible item.
    const dropdown = this.page.locator('.ant-select-dropdown:visible');
    await dropdown.locator('.ant-select-item-option', { hasText: '全部状态（含已办结）' }).click();
    await expect(dropdown).toBeHidden();
  }

  caseRow(caseNumber: string) {
    return this.page.locator('tr', { has: this.page.getByTestId('row-case-number').filter({ hasText: caseNumber }) });
  }
}
