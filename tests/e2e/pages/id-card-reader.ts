/** The ID-card reader: its choice in 设置, and the 读卡 bar and card panel on the intake form. */
import { expect, type Locator, type Page } from '@playwright/test';

export class IdCardReaderModel {
  readonly settings: Locator;
  readonly status: Locator;
  readonly panel: Locator;
  readonly validityWarning: Locator;

  constructor(private readonly page: Page) {
    this.settings = page.getByTestId('id-card-reader-settings');
    this.status = page.getByTestId('id-card-status');
    this.panel = page.getByTestId('id-card-panel');
    this.validityWarning = page.getByTestId('id-card-validity-warning');
  }

  /** 设置 must be open. */
  async chooseInSettings(label: '自动（读卡器）' | '模拟器（培训演示）' | '无'): Promise<void> {
    await this.settings.getByText(label, { exact: true }).click();
    await this.settings.getByRole('button', { name: '保存读卡器设置' }).click();
    await expect(this.page.getByText('身份证阅读器设置已保存')).toBeVisible();
  }

  async pressShortcut(): Promise<void> {
    await this.page.keyboard.press('F3');
  }

  async clickRead(): Promise<void> {
    await this.page.getByTestId('read-id-card').click();
  }

  async expectCardShown(name: string): Promise<void> {
    await expect(this.panel.getByText(name, { exact: true })).toBeVisible();
  }
}
