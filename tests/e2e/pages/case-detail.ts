/**
 * The case detail drawer: status, legal clock and the action forms the state machine offers
 * this workstation. Each action is a card (data-testid `action-<event type>`); the methods
 * fill it the way a clerk does and submit with Enter or its button.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './antd';
import { ShellModel } from './shell';

/** antd spaces out two-character button labels ("接 收"). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

export class CaseDetailModel {
  readonly drawer: Locator;

  constructor(private readonly page: Page) {
    this.drawer = page.locator('.ant-drawer');
  }

  async open(caseNumber: string, timeout = 60_000): Promise<void> {
    const row = new ShellModel(this.page).caseRow(caseNumber);
    await expect(row).toBeVisible({ timeout });
    await row.click();
    await expect(this.drawer.getByText(`办件 ${caseNumber}`, { exact: true })).toBeVisible();
  }

  async close(): Promise<void> {
    await this.drawer.locator('.ant-drawer-close').click();
    await expect(this.drawer.getByText(/^办件 \d{22}$/)).toHaveCount(0);
  }

  status(): Locator {
    return this.drawer.getByTestId('case-status');
  }

  clock(): Locator {
    return this.drawer.getByTestId('legal-clock');
  }

  action(type: string): Locator {
    return this.drawer.getByTestId(`action-${type}`);
  }

  /** The label beside a fact in the drawer's description list, e.g. 结果证照. */
  fact(name: string): Locator {
    return this.drawer
      .locator('.ant-descriptions-row', { has: this.page.locator('.ant-descriptions-item-label', { hasText: name }) })
      .locator('.ant-descriptions-item-content');
  }

  async postMaterials(waybillNo: string): Promise<void> {
    await this.action('materialsPosted').locator('#postingWaybillNo').fill(waybillNo);
    await this.action('materialsPosted').locator('#postingWaybillNo').press('Enter');
  }

  async receive(localCaseNumber: string): Promise<void> {
    await this.action('received').locator('#localCaseNumber').fill(localCaseNumber);
    await this.action('received').getByRole('button', { name: label('接收') }).click();
  }

  async startSpecialProcedure(kind: string, reason: string): Promise<void> {
    await chooseOption(this.page, 'specialProcedureKind', kind);
    await this.action('specialProcedureStarted').locator('#specialProcedureReason').fill(reason);
    await this.action('specialProcedureStarted').locator('#specialProcedureReason').press('Enter');
  }

  async endSpecialProcedure(result: string): Promise<void> {
    await this.action('specialProcedureEnded').locator('#specialProcedureResult').fill(result);
    await this.action('specialProcedureEnded').getByRole('button', { name: '结束特别程序' }).click();
  }

  async approve(opinion: string): Promise<void> {
    await this.page.locator('#opinion').fill(opinion);
    await this.page.getByRole('button', { name: label('办结') }).click();
  }

  async issueResult(certificateNumber: string, issuedOn?: string): Promise<void> {
    const form = this.action('resultIssued');
    if (issuedOn) await form.locator('#issuedOn').fill(issuedOn);
    await form.locator('#certificateNumber').fill(certificateNumber);
    await form.locator('#certificateNumber').press('Enter');
  }

  /** The message a form shows in place: a field's zod message or the command's refusal. */
  formMessage(type: string, text: string): Locator {
    return this.action(type).locator('.ant-form-item-explain-error, .ant-alert', { hasText: text });
  }

  async handOverByPost(waybillNo: string): Promise<void> {
    const form = this.action('resultHandedOver');
    await form.getByRole('radio', { name: 'EMS邮寄' }).check();
    await form.locator('#deliveryWaybillNo').fill(waybillNo);
    await form.getByRole('button', { name: '登记送达' }).click();
  }

  async rate(level: string, comment?: string): Promise<void> {
    const form = this.action('rated');
    await form.getByRole('radio', { name: new RegExp(`^${level} ★`) }).check();
    if (comment) await form.locator('#ratingComment').fill(comment);
    await form.getByRole('button', { name: '代为登记评价' }).click();
  }

  /** 要求补正 (handling side): each item from the matter's list or written by hand, the reason and the deadline. */
  async requestSupplement(items: readonly string[], reason: string, deadline: string): Promise<void> {
    const form = this.action('supplementRequested');
    for (const item of items) await chooseOption(this.page, 'addRequested', item);
    await form.locator('#requestReason').fill(reason);
    await form.locator('#requestDeadline').fill(deadline);
    await form.getByRole('button', { name: '要求补正' }).click();
  }

  /** 提交补正材料 (receiving side): ticks every requested item, with a scan for the first. */
  async submitSupplement(scan: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const form = this.action('supplementSubmitted');
    await form.locator('input[type=file]').first().setInputFiles(scan);
    for (const box of await form.getByRole('checkbox').all()) await box.check();
    await form.getByRole('button', { name: '提交办理地' }).click();
  }

  async withdraw(reason: string): Promise<void> {
    await this.action('withdrawn').locator('#withdrawReason').fill(reason);
    await this.action('withdrawn').getByRole('button', { name: label('撤回') }).click();
    const confirm = this.page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText(reason);
    await confirm.getByRole('button', { name: '确认撤回' }).click();
  }
}
