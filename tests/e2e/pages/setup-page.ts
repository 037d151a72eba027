import { expect, type Page } from '@playwright/test';
import { chooseOption } from './antd';

export interface WindowIdentity {
  province: '四川省' | '重庆市';
  county: string;
  hallName: string;
  window: string;
  clerk: string;
}

/** The password of the first account configure() creates (its username is clerk + the window, e.g. clerk03). */
export const FIRST_PASSWORD = 'chuanyu2026';

export class SetupPageModel {
  constructor(private readonly page: Page) {}

  async configure(identity: WindowIdentity): Promise<void> {
    await this.saveIdentity(identity);
    // Nobody works unsigned-in: the hall's first account (every role) is the clerk named here.
    await this.createFirstAccount({ name: identity.clerk, username: `clerk${identity.window.padStart(2, '0')}`, password: FIRST_PASSWORD });
    await expect(this.page.getByTestId('workstation-identity')).toContainText(identity.hallName);
  }

  private async saveIdentity(identity: Omit<WindowIdentity, 'clerk'>): Promise<void> {
    await expect(this.page.getByText('工作站首次设置')).toBeVisible();
    if (identity.province === '重庆市') await chooseOption(this.page, 'province', '重庆市');
    await chooseOption(this.page, 'division', identity.county);
    await this.page.locator('#hallName').fill(identity.hallName);
    await this.page.locator('#hallPhone').fill('028-12345');
    await this.page.locator('#window').fill(identity.window);
    await this.page.getByRole('button', { name: '保存设置' }).click();
  }

  /** A window joining a hall that has accounts: identity plus the 注册票据 its administrator issued. */
  async enrollWithTicket(identity: Omit<WindowIdentity, 'clerk'> & { hallNumber: string; ticket: string }): Promise<void> {
    await expect(this.page.getByText('工作站首次设置')).toBeVisible();
    await chooseOption(this.page, 'division', identity.county);
    await this.page.locator('#hallNumber').fill(identity.hallNumber);
    await this.page.locator('#hallName').fill(identity.hallName);
    await this.page.locator('#window').fill(identity.window);
    await this.page.getByLabel('注册票据').fill(identity.ticket);
    await this.page.getByRole('button', { name: '注册并保存设置' }).click();
  }

  /** The hall has no accounts yet: the first person creates theirs (all roles ticked) and is signed in. */
  async createFirstAccount(account: { name: string; username: string; password: string }): Promise<void> {
    await expect(this.page.getByText('创建本大厅的第一个账号')).toBeVisible();
    await this.page.locator('#accountName').fill(account.name);
    await this.page.locator('#accountUsername').fill(account.username);
    await this.page.locator('#accountPassword').fill(account.password);
    await this.page.locator('#accountConfirm').fill(account.password);
    await this.page.getByRole('button', { name: '创建并登录' }).click();
    await expect(this.page.getByTestId('signed-in-person')).toContainText(account.name);
  }
}
