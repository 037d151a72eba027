import { expect, type Locator, type Page } from '@playwright/test';

/** The red banner of a disk journal that is not protecting new cases, and the question 受理 asks then. */
export class JournalWarningModel {
  readonly banner: Locator;
  readonly question: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByTestId('journal-failing');
    this.question = page.getByRole('dialog', { name: /磁盘日志未能写入/ });
  }

  async expectBanner(reason: RegExp): Promise<void> {
    await expect(this.banner).toContainText('磁盘日志未在保护新办件');
    await expect(this.banner).toContainText(reason);
  }

  async goOnWithoutJournal(): Promise<void> {
    await this.question.getByRole('button', { name: '不经磁盘日志继续' }).click();
  }

  async decline(): Promise<void> {
    await this.question.getByRole('button', { name: /取\s?消/ }).click();
  }

  async checkAgain(): Promise<void> {
    await this.banner.getByRole('button', { name: '重新检查' }).click();
  }
}
