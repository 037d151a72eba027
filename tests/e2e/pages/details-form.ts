/**
 * A matter's own fields on the intake form (事项信息), filled from a value set the way a
 * clerk would: type into inputs, pick from dropdowns, tick boxes, add group rows.
 */
import { typeAll, typeDate, typeToChoose } from './antd';
import { expect, type Page } from '@playwright/test';
import type { FieldSpec, ScalarField } from '../../../shared/domain/matter/form-fields';
import type { DetailItem, DetailScalar, DetailsValues } from '../../../shared/domain/matter/detail-values';
import { isFieldShown } from '../../../shared/domain/matter/field-visibility';

/** Kinds whose widget is a plain text input: what a clerk types into it is its value. */
const TYPED_KINDS: ReadonlySet<ScalarField['kind']> = new Set(['text', 'idNumber', 'uscc', 'mobile', 'landline', 'address', 'amount']);

/** What to type into a region field's search to find a county code's option. */
export type CountyName = (code: string) => string;

export class DetailsFormModel {
  constructor(
    private readonly page: Page,
    private readonly countyName: CountyName,
  ) {}

  input(path: string) {
    return this.page.locator(`[id="${path}"]`);
  }

  async fill(fields: readonly FieldSpec[], values: DetailsValues): Promise<void> {
    await this.walk(fields, values, (path, field, value) => this.fillScalar(path, field, value));
  }

  /**
   * The same values in fewer round trips: lists, dates and ticks as in `fill` (they decide
   * which fields show), then every typed field at once through `typeAll`.
   */
  async fillBatched(fields: readonly FieldSpec[], values: DetailsValues, alsoTyped: Record<string, string> = {}): Promise<void> {
    const typed: Record<string, string> = { ...alsoTyped };
    await this.walk(fields, values, async (path, field, value) => {
      if (TYPED_KINDS.has(field.kind)) typed[path] = String(value);
      else await this.fillScalar(path, field, value);
    });
    await typeAll(this.page, typed);
  }

  /** Visits every shown value of the fixture in form order, adding group rows as they are reached. */
  private async walk(
    fields: readonly FieldSpec[],
    values: DetailsValues,
    visit: (path: string, field: ScalarField, value: DetailScalar) => Promise<void>,
  ): Promise<void> {
    for (const field of fields) {
      if (!isFieldShown(field, values)) continue;
      const path = `details.${field.key}`;
      const value = values[field.key];
      if (field.kind === 'group') await this.walkGroup(path, field.fields, Array.isArray(value) ? value : [], visit);
      else if (value !== undefined && !Array.isArray(value)) await visit(path, field, value);
    }
  }

  private async walkGroup(
    path: string,
    fields: readonly ScalarField[],
    items: DetailItem[],
    visit: (path: string, field: ScalarField, value: DetailScalar) => Promise<void>,
  ): Promise<void> {
    const add = this.page.getByTestId(`${path}.add`);
    for (const [index, item] of items.entries()) {
      const firstInput = this.page.locator(`[id^="${path}.${index}."]`).first();
      if ((await firstInput.count()) === 0) await add.click();
      for (const field of fields) {
        const value = item[field.key];
        if (value !== undefined && isFieldShown(field, item)) await visit(`${path}.${index}.${field.key}`, field, value);
      }
    }
  }

  async fillScalar(path: string, field: ScalarField, value: DetailScalar): Promise<void> {
    switch (field.kind) {
      case 'checkbox':
        await this.input(path).setChecked(value === true);
        return;
      case 'select':
      case 'year':
        await this.choose(path, String(value));
        return;
      case 'region':
        await this.choose(path, this.countyName(String(value)));
        return;
      case 'date':
        // The antd picker keeps its day when the text is merely emptied: a clerk clears it
        // by deleting the text, and leaves the field.
        if (value === '') await this.clearDate(path);
        else await typeDate(this.input(path), String(value));
        return;
      default:
        await this.input(path).fill(String(value));
    }
  }

  private async clearDate(path: string): Promise<void> {
    const input = this.input(path);
    await input.focus();
    await input.press('ControlOrMeta+a');
    await input.press('Backspace');
    await input.press('Tab');
  }

  /** Every Select of the form searches: typed and taken with Enter, as at the window. */
  async choose(path: string, text: string): Promise<void> {
    await typeToChoose(this.page, path, text);
  }

  /** Every error message the form shows right now. */
  async errors(): Promise<string[]> {
    return this.page.locator('.ant-form-item-explain-error').allTextContents();
  }

  async expectFocused(path: string): Promise<void> {
    await expect(this.input(path)).toBeFocused();
  }
}
