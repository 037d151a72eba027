import { expect, type Page } from '@playwright/test';

/** Signing in and out at a workstation, and the administrator's 账号管理. */
export class PeopleModel {
  constructor(private readonly page: Page) {}

  signedInPerson() {
    return this.page.getByTestId('signed-in-person');
  }

  async signIn(account: { username: string; password: string; name: string }): Promise<void> {
    await this.page.locator('#signInUsername').fill(account.username);
    await this.page.locator('#signInPassword').fill(account.password);
    await this.page.getByRole('button', { name: /^登\s?录$/ }).click();
    await expect(this.signedInPerson()).toContainText(account.name);
  }

  /** 交接班: the person signs out and the sign-in form waits for the next one. */
  async handOver(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
    await expect(this.page.locator('#signInUsername')).toBeVisible();
  }

  async createAccount(account: { name: string; username: string; password: string; roles: readonly string[] }): Promise<void> {
    await this.page.getByRole('menuitem', { name: '账号管理' }).click();
    const form = this.page.getByTestId('new-account');
    await form.locator('#accountName').fill(account.name);
    await form.locator('#accountUsername').fill(account.username);
    const roles = form.getByTestId('accountRoles');
    for (const label of ['窗口人员', '办理人员', '值班长/科长', '系统管理员']) {
      const box = roles.getByRole('checkbox', { name: label });
      if ((await box.isChecked()) !== account.roles.includes(label)) await box.click();
    }
    await form.locator('#accountPassword').fill(account.password);
    await form.locator('#accountConfirm').fill(account.password);
    await form.getByRole('button', { name: '创建账号' }).click();
    await expect(this.page.getByTestId('accounts-list')).toContainText(account.username);
  }
}
