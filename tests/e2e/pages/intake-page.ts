import { expect, type Page } from '@playwright/test';
import { chooseOption } from './antd';

export class IntakePageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '新建办件' }).click();
    await expect(this.page.getByText('新建办件', { exact: true }).first()).toBeVisible();
  }

  async chooseMatter(name: string, handlingCounty: string): Promise<void> {
    await this.chooseMatterBy(name, name, handlingCounty);
  }

  /** Types `query` (Chinese, pinyin initials, full pinyin or a code) and picks `name`. */
  async chooseMatterBy(query: string, name: string, handlingCounty: string): Promise<void> {
    await chooseOption(this.page, 'matterCode', name, query);
    await chooseOption(this.page, 'handlingDivision', handlingCounty);
  }

  async fillApplicant(applicant: { name: string; idNumber: string; mobile: string }): Promise<void> {
    await this.page.locator('[id="applicant.name"]').fill(applicant.name);
    await this.page.locator('[id="applicant.idNumber"]').fill(applicant.idNumber);
    await this.page.locator('[id="applicant.mobile"]').fill(applicant.mobile);
  }

  async expectApplicantName(name: string): Promise<void> {
    await expect(this.page.locator('[id="applicant.name"]')).toHaveValue(name);
  }

  async tickMaterialCode(code: string): Promise<void> {
    await this.page.locator(`[id="material-${code}"]`).check();
  }

  /** Ticks many materials in one round trip (a sweep's pace); each box is clicked as a pointer would. */
  async tickMaterialCodes(codes: readonly string[]): Promise<void> {
    const unticked = await this.page.evaluate(
      (ids) => {
        for (const id of ids) {
          const box = document.getElementById(id);
          if (box instanceof HTMLInputElement && !box.checked) box.click();
        }
        return ids.filter((id) => !(document.getElementById(id) as HTMLInputElement | null)?.checked);
      },
      codes.map((code) => `material-${code}`),
    );
    expect(unticked, 'materials left unticked').toEqual([]);
  }

  /** A fresh form: leaves an accepted-case card, then 清空. */
  async startBlank(): Promise<void> {
    const next = this.page.getByRole('button', { name: '继续受理下一件' });
    if (await next.isVisible()) await next.click();
    await this.page.getByRole('button', { name: /^清\s?空$/ }).click();
    await expect(this.page.locator('#matterCode')).toHaveValue('');
  }

  async tickMaterial(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: new RegExp(name) }).check();
  }

  async waitForDraftSaved(): Promise<void> {
    await expect(this.page.getByTestId('draft-status')).toContainText('草稿已自动保存');
  }

  /** antd spaces out two-character labels ("受 理"). */
  async clickAccept(): Promise<void> {
    await this.page.getByRole('button', { name: /^受\s?理$/ }).click();
  }

  /** Clicks 受理 and returns the new case number. */
  async accept(): Promise<string> {
    await this.clickAccept();
    const number = this.page.getByTestId('case-number');
    await expect(number).toHaveText(/^\d{22}$/);
    return (await number.textContent()) ?? '';
  }

  async acceptNext(): Promise<void> {
    await this.page.getByRole('button', { name: '继续受理下一件' }).click();
  }

  /** 代理人代办: ticks the box and fills the agent's name, 公民身份号码 and mobile. */
  async appointAgent(agent: { name: string; idNumber: string; mobile: string }): Promise<void> {
    await this.page.locator('[id="agent.appointed"]').check();
    await this.page.locator('[id="agent.name"]').fill(agent.name);
    await this.page.locator('[id="agent.idNumber"]').fill(agent.idNumber);
    await this.page.locator('[id="agent.mobile"]').fill(agent.mobile);
  }

  /** Marks a material 免提交 (the window obtains it by data sharing). */
  async waiveMaterialCode(code: string): Promise<void> {
    await this.page.locator(`[id="waive-${code}"]`).check();
  }

  /** 法人 matters: the 经办人 acts on the unit's 授权委托书. */
  async markHandlerAuthorised(): Promise<void> {
    await this.page.locator('#handlerAuthorised').check();
  }

  async writeNote(note: string): Promise<void> {
    await this.page.locator('#intakeNote').fill(note);
  }

  fieldError(text: string) {
    return this.page.locator('.ant-form-item-explain-error', { hasText: text });
  }
}
