import { expect, type Locator, type Page } from '@playwright/test';

/** 工作站注册: the hall administrator's tickets, workstations and their record. */
export class WorkstationsPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '工作站注册' }).click();
    await expect(this.page.getByRole('heading', { name: '工作站注册' })).toBeVisible();
  }

  /** Issues a ticket for a window and returns it as shown (groups of four), after checking its expiry is shown. */
  async issueTicket(window: string): Promise<string> {
    await this.page.locator('#ticketWindow').fill(window);
    await this.page.getByRole('button', { name: '发放票据' }).click();
    const issued = this.page.getByTestId('issued-ticket');
    await expect(issued).toContainText(`${window}号窗口的注册票据`);
    await expect(issued).toContainText(/有效至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    const ticket = (await this.page.getByTestId('ticket-text').textContent()) ?? '';
    expect(ticket).toMatch(/^([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}$/);
    return ticket;
  }

  workstationRow(window: string): Locator {
    return this.page.getByTestId('hall-workstations').locator('tr', { hasText: `${window}号窗口` });
  }

  async reload(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '账号管理' }).click();
    await expect(this.page.getByRole('heading', { name: '账号管理' })).toBeVisible();
    await this.open();
  }

  actions(): Locator {
    return this.page.getByTestId('workstation-actions');
  }
}
