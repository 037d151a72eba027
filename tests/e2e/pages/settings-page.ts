/** 设置: the hall's document settings (seal image included) and the printer. */
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './antd';
import { ShellModel } from './shell';

export class SettingsPageModel {
  readonly documents: Locator;
  readonly printer: Locator;

  constructor(private readonly page: Page) {
    this.documents = page.getByTestId('document-settings');
    this.printer = page.getByTestId('printer-settings');
  }

  async open(): Promise<void> {
    await new ShellModel(this.page).openMenu('设置');
    await expect(this.documents).toBeVisible();
  }

  async fillDocuments(
    fields: Partial<Record<'issuerShortName' | 'authorityName' | 'supervisionPhone' | 'reconsiderationBody' | 'litigationCourt', string>>,
  ): Promise<void> {
    for (const [id, value] of Object.entries(fields)) await this.documents.locator(`#${id}`).fill(value);
  }

  /** Picks a seal image file and waits for its preview. */
  async chooseSealImage(file: string): Promise<void> {
    await this.documents.getByTestId('seal-image-input').setInputFiles(file);
    await expect(this.documents.getByTestId('seal-image-preview')).toBeVisible();
  }

  async saveDocuments(): Promise<void> {
    await this.documents.getByRole('button', { name: '保存文书设置' }).click();
    await expect(this.page.getByText('文书设置已保存')).toBeVisible();
  }

  /** 收件环节时限: this hall's own working days for 推送, 寄递 and 送达 (empty = unset). */
  async saveReceivingLimits(days: { forward?: number; post?: number; deliver?: number }): Promise<void> {
    const card = this.page.getByTestId('receiving-limits');
    for (const [leg, value] of Object.entries(days)) await card.locator(`[id="receivingDays.${leg}"]`).fill(String(value));
    await card.getByRole('button', { name: '保存收件环节时限' }).click();
    await expect(this.page.getByText('收件环节时限已保存')).toBeVisible();
  }

  async choosePrinter(name: string): Promise<void> {
    await chooseOption(this.page, 'printer', name);
    await this.printer.getByRole('button', { name: '保存打印机' }).click();
    await expect(this.page.getByText('打印机设置已保存')).toBeVisible();
  }
}
