/**
 * The case detail drawer: status, legal clock and the actions the state machine offers this
 * workstation, the routine next step as a button (data-testid `start-<event type>`), the rare
 * ones behind 更多. Each opens its form in a dialog (data-testid `action-<event type>`); the
 * methods open it, fill it the way a clerk does and submit with Enter or its button.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { TRANSITION_RULES } from '../../../shared/domain/case/case-transitions';
import type { CaseAction } from '../../../shared/domain/case/allowed-actions';
import { chooseOption, typeDate } from './antd';
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

  /** The form of an action whose dialog is open. */
  action(type: CaseAction): Locator {
    return this.page.getByTestId(`action-${type}`);
  }

  /** Where the drawer offers an action: its button, or 更多 holding it. None when not offered. */
  offer(type: CaseAction): Locator {
    return this.drawer.getByTestId(`start-${type}`).or(this.drawer.locator(`[data-testid="more-actions"][data-actions~="${type}"]`));
  }

  /** Opens an action's dialog as a clerk does (its button, or 更多 and the menu item), unless it is open. */
  async start(type: CaseAction): Promise<Locator> {
    if (await this.action(type).isVisible()) return this.action(type);
    await expect(this.offer(type)).toBeVisible();
    const button = this.drawer.getByTestId(`start-${type}`);
    if (await button.isVisible()) {
      await button.click();
    } else {
      await this.drawer.getByTestId('more-actions').click();
      await this.page.locator('.ant-dropdown').getByRole('menuitem', { name: TRANSITION_RULES[type].action, exact: true }).click();
    }
    await expect(this.action(type)).toBeVisible();
    return this.action(type);
  }

  /** The label beside a fact in the drawer's description list, e.g. 结果证照. */
  fact(name: string): Locator {
    return this.drawer
      .locator('.ant-descriptions-row', { has: this.page.locator('.ant-descriptions-item-label', { hasText: name }) })
      .locator('.ant-descriptions-item-content');
  }

  async postMaterials(waybillNo: string): Promise<void> {
    const form = await this.start('materialsPosted');
    await form.locator('#postingWaybillNo').fill(waybillNo);
    await form.locator('#postingWaybillNo').press('Enter');
    await expect(form).toBeHidden();
  }

  async receive(localCaseNumber: string): Promise<void> {
    const form = await this.start('received');
    await form.locator('#localCaseNumber').fill(localCaseNumber);
    await form.getByRole('button', { name: label('接收') }).click();
    await expect(form).toBeHidden();
  }

  async startSpecialProcedure(kind: string, reason: string): Promise<void> {
    const form = await this.start('specialProcedureStarted');
    await chooseOption(this.page, 'specialProcedureKind', kind);
    await form.locator('#specialProcedureReason').fill(reason);
    await form.locator('#specialProcedureReason').press('Enter');
    await expect(form).toBeHidden();
  }

  async endSpecialProcedure(result: string): Promise<void> {
    const form = await this.start('specialProcedureEnded');
    await form.locator('#specialProcedureResult').fill(result);
    await form.getByRole('button', { name: '结束特别程序' }).click();
    await expect(form).toBeHidden();
  }

  async approve(opinion: string): Promise<void> {
    const form = await this.start('decided');
    await form.locator('#opinion').fill(opinion);
    await form.getByRole('button', { name: label('办结') }).click();
    await expect(form).toBeHidden();
  }

  /** The dialog stays open while the form or the state machine refuses, for the next try. */
  async issueResult(certificateNumber: string, issuedOn?: string): Promise<void> {
    const form = await this.start('resultIssued');
    if (issuedOn) await typeDate(form.locator('#issuedOn'), issuedOn);
    await form.locator('#certificateNumber').fill(certificateNumber);
    await form.locator('#certificateNumber').press('Enter');
  }

  /** The message a form shows in place: a field's zod message or the command's refusal. */
  formMessage(type: CaseAction, text: string): Locator {
    return this.action(type).locator('.ant-form-item-explain-error, .ant-alert', { hasText: text });
  }

  async handOverByPost(waybillNo: string): Promise<void> {
    const form = await this.start('resultHandedOver');
    await form.getByRole('radio', { name: 'EMS邮寄' }).check();
    await form.locator('#deliveryWaybillNo').fill(waybillNo);
    await form.getByRole('button', { name: '登记送达' }).click();
    await expect(form).toBeHidden();
  }

  async rate(level: string, comment?: string): Promise<void> {
    const form = await this.start('rated');
    await form.getByRole('radio', { name: new RegExp(`^${level} ★`) }).check();
    if (comment) await form.locator('#ratingComment').fill(comment);
    await form.getByRole('button', { name: '代为登记评价' }).click();
    await expect(form).toBeHidden();
  }

  /** 要求补正 (handling side): each item from the matter's list or written by hand, the reason and the deadline. */
  async requestSupplement(items: readonly string[], reason: string, deadline: string): Promise<void> {
    const form = await this.start('supplementRequested');
    for (const item of items) await chooseOption(this.page, 'addRequested', item);
    await form.locator('#requestReason').fill(reason);
    await typeDate(form.locator('#requestDeadline'), deadline);
    await form.getByRole('button', { name: '要求补正' }).click();
    await expect(form).toBeHidden();
  }

  /** 提交补正材料 (receiving side): ticks every requested item, with a scan for the first. */
  async submitSupplement(scan: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const form = await this.start('supplementSubmitted');
    await form.locator('input[type=file]').first().setInputFiles(scan);
    for (const box of await form.getByRole('checkbox').all()) await box.check();
    await form.getByRole('button', { name: '提交办理地' }).click();
    await expect(form).toBeHidden();
  }

  async withdraw(reason: string): Promise<void> {
    const form = await this.start('withdrawn');
    await form.locator('#withdrawReason').fill(reason);
    await form.getByRole('button', { name: label('撤回') }).click();
    const confirm = this.page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText(reason);
    await confirm.getByRole('button', { name: '确认撤回' }).click();
    await expect(form).toBeHidden();
  }
}
