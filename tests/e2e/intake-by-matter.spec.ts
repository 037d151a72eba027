/**
 * A handful of matters through the whole app, chosen so that together they use every kind
 * of field the catalog has (and fields shown on a condition): the Sichuan window fills each
 * from its valid fixture, leaves one required field blank and sees it named, then 受理 and
 * prints the 受理回执 through the preview; the kept PDF names the case, the matter and every
 * material received. One applies through an agent. Every other matter is swept through the
 * same form sections in every-matter.spec.ts.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldSpec } from '../../shared/domain/matter/form-fields';
import type { Matter } from '../../shared/domain/matter/matter';
import { validFixtureFor } from '../../shared/forms/valid-fixture';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { PrintPreviewModel } from './pages/print-preview';
import { blankTargetOf, countyName, matters } from './support/catalog-fixtures';
import { pdfText } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const AGENT = { name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' };
const REPRESENTATIVE: { code: string; shows: string; agent?: boolean }[] = [
  { code: 'CY-06-001', shows: 'a repeatable group of people, a county, an address, an ID number, a conditional text' },
  { code: 'CY-29-008', shows: "a company's USCC and landline, a date, an amount" },
  { code: 'CY-06-002', shows: 'a checkbox that reveals an ID number and an address' },
  { code: 'CY-16-001', shows: 'a mobile number' },
  { code: 'CY-37-003', shows: 'a past 年度 and a choice of reason' },
  { code: 'CY-22-005', shows: 'five materials, brought by an agent', agent: true },
];

const kindsOf = (fields: readonly FieldSpec[]): string[] =>
  fields.flatMap((field) => [field.kind, ...(field.kind === 'group' ? kindsOf(field.fields) : [])]);
const matterOf = (code: string): Matter => {
  const matter = matters.find((candidate) => candidate.code === code);
  if (!matter) throw new Error(`${code} is not in the catalog`);
  return matter;
};
/** pdftotext -layout may put spaces between characters of a wide-set line. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function takeIn(page: Page, matter: Matter, withAgent: boolean): Promise<{ caseNumber: string; materials: string[] }> {
  const intake = new IntakePageModel(page);
  const details = new DetailsFormModel(page, countyName);
  const values = validFixtureFor(matter.fields);
  await details.choose('matterCode', matter.code);
  await details.choose('handlingDivision', HANDLING_COUNTIES.intakeByMatter);
  await intake.fillApplicant({ name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' });
  await details.fill(matter.fields, values);
  const received = matter.materials.filter((material) => material.required || (withAgent && /委托书/.test(material.name)));
  for (const material of received) await intake.tickMaterialCode(material.code);
  if (withAgent) {
    await page.locator('[id="agent.appointed"]').check();
    await page.locator('[id="agent.name"]').fill(AGENT.name);
    await page.locator('[id="agent.idNumber"]').fill(AGENT.idNumber);
    await page.locator('[id="agent.mobile"]').fill(AGENT.mobile);
  }
  const target = blankTargetOf(matter.fields, values);
  if (target) {
    await details.fillScalar(target.path, target.field, target.field.kind === 'checkbox' ? false : '');
    await intake.clickAccept();
    await expect(intake.fieldError(target.message)).toBeVisible();
    expect(await details.errors()).toEqual([target.message]);
    await details.expectFocused(target.path);
    await details.fillScalar(target.path, target.field, target.refill);
    await expect.poll(() => details.errors()).toEqual([]);
  }
  return { caseNumber: await intake.accept(), materials: received.map((material) => material.name) };
}

test('a Sichuan window takes in one matter of every field kind and prints each 受理回执', async ({ workstations }) => {
  const catalogKinds = new Set(matters.flatMap((matter) => kindsOf(matter.fields)));
  const chosen = REPRESENTATIVE.map(({ code }) => matterOf(code));
  // A new kind of field in the catalog needs a matter here that uses it.
  expect(new Set(chosen.flatMap((matter) => kindsOf(matter.fields)))).toEqual(catalogKinds);
  expect(chosen.some((matter) => matter.fields.some((field) => field.showWhen))).toBe(true);

  const { page, printsDir } = await workstations.open('sichuan', { identity: WINDOWS.intakeByMatter, printer: 'PDF' });
  const intake = new IntakePageModel(page);
  const preview = new PrintPreviewModel(page);
  for (const { code, shows, agent } of REPRESENTATIVE) {
    const matter = matterOf(code);
    await test.step(`${matter.name}: ${shows}`, async () => {
      const { caseNumber, materials } = await takeIn(page, matter, agent === true);
      await page.getByRole('button', { name: '打印受理回执' }).click();
      await preview.expectPages(1);
      await preview.print();
      await expect(page.getByTestId('print-result')).toContainText('已发送到打印机');
      const receipt = squeeze(pdfText(join(printsDir, `受理回执-${caseNumber}.pdf`)));
      expect(receipt).toContain(caseNumber);
      expect(receipt).toContain(squeeze(matter.name));
      for (const material of materials) expect(receipt).toContain(squeeze(material));
      await intake.acceptNext();
    });
  }
});
