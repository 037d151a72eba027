/** A case list (本窗口受理 / 待办理): the search box and the rows it finds. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CaseListModel {
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.locator('.ant-table-tbody tr.ant-table-row');
  }

  /** Types into the search box and presses Enter, as a clerk does. */
  async search(text: string): Promise<void> {
    const box = this.page.locator('input[data-testid="case-search"], [data-testid="case-search"] input').first();
    await box.fill(text);
    await box.press('Enter');
  }

  /** What the list says it searched by, e.g. 按统一社会信用代码. */
  queryKind(): Locator {
    return this.page.locator('.ant-tag', { hasText: /^按/ });
  }

  async expectOnly(caseNumber: string): Promise<void> {
    await expect(this.rows).toHaveCount(1);
    await expect(this.rows.first().getByTestId('row-case-number')).toHaveText(caseNumber);
  }
}
