import { expect, type Page } from '@playwright/test';
import { chooseOption } from './antd';

export interface WindowIdentity {
  province: '四川省' | '重庆市';
  county: string;
  hallName: string;
  window: string;
  clerk: string;
}

export class SetupPageModel {
  constructor(private readonly page: Page) {}

  async configure(identity: WindowIdentity): Promise<void> {
    await expect(this.page.getByText('工作站首次设置')).toBeVisible();
    if (identity.province === '重庆市') await chooseOption(this.page, 'province', '重庆市');
    await chooseOption(this.page, 'division', identity.county);
    await this.page.locator('#hallName').fill(identity.hallName);
    await this.page.locator('#hallPhone').fill('028-12345');
    await this.page.locator('#window').fill(identity.window);
    await this.page.locator('#clerk').fill(identity.clerk);
    await this.page.getByRole('button', { name: '保存设置' }).click();
    await expect(this.page.getByTestId('workstation-identity')).toContainText(identity.hallName);
  }
}
