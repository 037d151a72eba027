/**
 * Every matter in the catalog, as a Sichuan window clerk handles it: choose the matter, fill
 * its own fields (the valid fixture derived from its field list), the applicant and the
 * required materials; leave one required field blank and see its Chinese message (the only
 * one on the form) with the cursor on it; fill it and see the form clean. Every eighth matter,
 * and every matter with a repeatable group, is then accepted to a case number — accepting all
 * would triple the run time without exercising anything new. One host, two hubs and one page
 * serve all matters.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parseDivisionCsv } from '../../shared/domain/divisions';
import type { FieldSpec, ScalarField } from '../../shared/domain/form-fields';
import { matterCatalogSchema, type Matter } from '../../shared/domain/matter';
import type { DetailsValues } from '../../shared/forms/detail-values';
import { requiredMessage } from '../../shared/forms/field-messages';
import { isFieldShown } from '../../shared/forms/field-visibility';
import { validFixtureFor } from '../../shared/forms/valid-fixture';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { SetupPageModel } from './pages/setup-page';
import { Topology } from './support/topology';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
const matters = matterCatalogSchema.parse(JSON.parse(seed('matters.json')));
const countyNames = new Map(parseDivisionCsv(seed('divisions-sc-cq.csv')).map((division) => [division.code, division.name]));
const APPLICANT = { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' };
const HANDLING_COUNTY = '渝中区';

interface BlankTarget {
  path: string;
  field: ScalarField;
  message: string;
  refill: string | boolean;
}

/** The first shown required field a clerk could leave blank by typing (or unticking). */
function blankTargetOf(fields: readonly FieldSpec[], values: DetailsValues): BlankTarget | undefined {
  const blankable = (field: ScalarField) => !['select', 'region'].includes(field.kind);
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue;
    if (field.kind === 'group') {
      const first = (values[field.key] as DetailsValues[] | undefined)?.[0];
      const inner = first ? field.fields.find((sub) => sub.required && blankable(sub) && isFieldShown(sub, first)) : undefined;
      if (first && inner) return { path: `details.${field.key}.0.${inner.key}`, field: inner, message: requiredMessage(inner.kind, inner.label), refill: first[inner.key] as string | boolean };
    } else if (field.required && blankable(field)) {
      return { path: `details.${field.key}`, field, message: requiredMessage(field.kind, field.label), refill: values[field.key] as string | boolean };
    }
  }
  return undefined;
}

let world: Topology;
let context: BrowserContext;
let page: Page;
let intake: IntakePageModel;
let details: DetailsFormModel;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  world = new Topology();
  await world.startHubs();
  const url = await world.startWorkstation('sichuan');
  // One context for the whole file: its IndexedDB keeps the identity and the cases.
  context = await browser.newContext();
  page = await context.newPage();
  // A render error would otherwise show only as a timeout further on.
  page.on('pageerror', (error) => console.log('pageerror', error.message));
  await page.goto(url);
  await new SetupPageModel(page).configure({ province: '四川省', county: '锦江区', hallName: '锦江区政务服务中心', window: '3', clerk: '李明' });
  intake = new IntakePageModel(page);
  details = new DetailsFormModel(page, (code) => countyNames.get(code) ?? code);
});

test.afterAll(async () => {
  await context?.close();
  await world?.stopAll();
});

test.beforeEach(async () => {
  await intake.startBlank();
});

async function fillEverything(matter: Matter, values: DetailsValues): Promise<void> {
  // Through the id-scoped chooser: a fading list of the previous Select once stole a click.
  await details.choose('matterCode', matter.code);
  await details.choose('handlingDivision', HANDLING_COUNTY);
  await intake.fillApplicant(APPLICANT);
  await details.fill(matter.fields, values);
  for (const material of matter.materials.filter((spec) => spec.required)) await intake.tickMaterialCode(material.code);
}

for (const [index, matter] of matters.entries()) {
  const values = validFixtureFor(matter.fields);
  const target = blankTargetOf(matter.fields, values);
  const accepts = !target || index % 8 === 0 || matter.fields.some((field) => field.kind === 'group');
  test(`${matter.code} ${matter.name}: its fields filled validate, a blank required one is named${accepts ? ', and it is accepted' : ''}`, async () => {
    await fillEverything(matter, values);
    if (target) {
      await details.fillScalar(target.path, target.field, target.field.kind === 'checkbox' ? false : '');
      await intake.clickAccept();
      await expect(intake.fieldError(target.message)).toBeVisible();
      expect(await details.errors()).toEqual([target.message]);
      await details.expectFocused(target.path);
      await details.fillScalar(target.path, target.field, target.refill);
      // After a submit the form re-validates on change: the only error must go away.
      await expect.poll(() => details.errors()).toEqual([]);
    }
    if (accepts) {
      await intake.accept();
      await intake.acceptNext();
    }
  });
}

test('an agent applying needs name, ID number, mobile and the 授权委托书', async () => {
  const matter = matters.find((candidate) => candidate.agentAllowed);
  test.skip(!matter, 'no matter in the catalog allows an agent');
  if (!matter) return;
  await fillEverything(matter, validFixtureFor(matter.fields));
  await page.locator('[id="agent.appointed"]').check();
  await intake.clickAccept();
  await expect(intake.fieldError('请填写代理人姓名（至少2个字）')).toBeVisible();
  await expect(page.locator('[id="agent.name"]')).toBeFocused();
  await page.locator('[id="agent.name"]').fill('李代理');
  await page.locator('[id="agent.idNumber"]').fill('440524188001010014');
  await page.locator('[id="agent.mobile"]').fill('13912345678');
  await intake.clickAccept();
  await expect(intake.fieldError('代理人代办须收取')).toBeVisible();
  await page.getByRole('checkbox', { name: /委托书/ }).first().check();
  await intake.accept();
  await intake.acceptNext();
});
