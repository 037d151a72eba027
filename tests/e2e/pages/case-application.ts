/**
 * What the case drawer shows of the application as the window captured it: 申请信息
 * (applicant or unit and 经办人, 代理人, note), 事项信息, the 材料清单 and 环节时限.
 */
import type { Locator, Page } from '@playwright/test';

export class CaseApplicationModel {
  readonly facts: Locator;
  readonly details: Locator;
  readonly checklist: Locator;
  readonly parts: Locator;

  constructor(page: Page) {
    const drawer = page.locator('.ant-drawer');
    this.facts = drawer.getByTestId('case-applicant-facts');
    this.details = drawer.getByTestId('case-matter-details');
    this.checklist = drawer.getByTestId('case-checklist');
    this.parts = drawer.getByTestId('case-parts');
  }

  /** The value beside a label in one of the description lists. */
  value(section: Locator, label: string): Locator {
    return section
      .locator('.ant-descriptions-row', { has: section.page().locator('.ant-descriptions-item-label', { hasText: label }) })
      .locator('.ant-descriptions-item-content');
  }

  material(code: string): Locator {
    return this.checklist.getByTestId(`checklist-${code}`);
  }

  part(kind: 'forward' | 'post' | 'decide' | 'deliver'): Locator {
    return this.parts.getByTestId(`case-part-${kind}`);
  }
}
