/** 设置 → 法定节假日安排: the years the calendar knows and the form to enter one. */
import { expect, type Locator, type Page } from '@playwright/test';

export class HolidayCalendarModel {
  readonly card: Locator;

  constructor(page: Page) {
    this.card = page.getByTestId('holiday-calendar');
  }

  /** A listed year; `origin` is 'seeded' (内置), 'entered' (本机录入) or 'superseded'. */
  row(year: number, origin: 'seeded' | 'entered' | 'superseded'): Locator {
    return this.card.locator(`tr[data-row-key="${year}-${origin}"]`);
  }

  get reminder(): Locator {
    return this.card.getByTestId('holiday-schedule-due');
  }

  async enter(year: { year: number; source: string; holidays: string; makeupWorkdays: string }): Promise<void> {
    await this.card.locator('#holidayYear').fill(String(year.year));
    await this.card.locator('#holidaySource').fill(year.source);
    await this.card.locator('#holidayDates').fill(year.holidays);
    await this.card.locator('#makeupDates').fill(year.makeupWorkdays);
  }

  async expectPreview(text: string): Promise<void> {
    await expect(this.card.getByTestId('holiday-year-preview')).toContainText(text);
  }

  async save(): Promise<void> {
    await this.card.getByRole('button', { name: '保存节假日安排' }).click();
  }
}
