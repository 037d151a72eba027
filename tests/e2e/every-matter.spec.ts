/**
 * Every matter in the catalog through the intake form, in Chromium, without the rest of the
 * app (intake-harness/: the form's own sections, resolver and focus handling): choose the
 * matter, fill its own fields from the valid fixture derived from its field list, the
 * applicant and the required materials, and 受理: the accepted event carries exactly the
 * details the fixture gives through the shared schema, the matter, the routing and the
 * materials, and passes the event schema the hubs apply. Lists and dates go through their
 * widgets as a clerk picks them; typed fields are typed in one round trip per matter
 * (pages/antd.ts `typeAll`), so the sweep costs well under a second a matter.
 *
 * A blank required field is named (its Chinese message the only one on the form, the cursor
 * on it, gone once filled) once per kind a clerk can leave blank, on the first matter of the
 * catalog with a required field of that kind (support/catalog-fixtures.ts
 * `blankTargetPerKind`): today text, address, date, idNumber, amount, uscc, landline, mobile
 * and, inside a group's row, text, idNumber, date, mobile and amount. A kind that appears in
 * the catalog later gets its test by itself. The whole app takes a handful of matters
 * through 受理 to the printed receipt in intake-by-matter.spec.ts, typing key by key.
 */
import { expect, test as base, type Page } from '@playwright/test';
import type { Matter } from '../../shared/domain/matter/matter';
import type { DetailsValues } from '../../shared/domain/matter/detail-values';
import { detailsSchemaFor } from '../../shared/domain/matter/details-schema';
import { validFixtureFor } from '../../shared/forms/valid-fixture';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { blankTargetPerKind, countyName, matters, regionCodes } from './support/catalog-fixtures';
import { startIntakeHarness } from './support/intake-harness';

const APPLICANT = { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' };
const HANDLING_COUNTY = { code: '500103', name: '渝中区' };

interface HarnessForm {
  page: Page;
  intake: IntakePageModel;
  details: DetailsFormModel;
}

/** One harness page per worker; each test starts from a fresh form (下一件). */
const test = base.extend<{ intakeForm: HarnessForm }, { harnessPage: Page }>({
  harnessPage: [
    async ({ browser }, use) => {
      const harness = await startIntakeHarness();
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
      await page.goto(harness.url);
      await use(page);
      await context.close();
      await harness.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  intakeForm: async ({ harnessPage: page }, use) => {
    await page.getByRole('button', { name: '下一件' }).click();
    await expect(page.getByTestId('accepted')).toHaveCount(0);
    await use({ page, intake: new IntakePageModel(page), details: new DetailsFormModel(page, countyName) });
  },
});

// The matters are independent: both workers take from the list.
test.describe.configure({ mode: 'parallel' });

async function fillEverything({ intake, details }: HarnessForm, matter: Matter, values: DetailsValues): Promise<void> {
  await details.choose('matterCode', matter.code);
  await details.choose('handlingDivision', HANDLING_COUNTY.name);
  const applicant = { 'applicant.name': APPLICANT.name, 'applicant.idNumber': APPLICANT.idNumber, 'applicant.mobile': APPLICANT.mobile };
  await details.fillBatched(matter.fields, values, applicant);
  await intake.tickMaterialCodes(matter.materials.filter((spec) => spec.required).map((spec) => spec.code));
}

/** Clicks 受理 and reads the accepted event's payload the harness shows. */
async function acceptedPayload(page: Page, intake: IntakePageModel): Promise<{ types: string; payload: Record<string, unknown> }> {
  await intake.clickAccept();
  const accepted = page.getByTestId('accepted');
  const refused = page.getByTestId('refused');
  await expect(accepted.or(refused)).toBeVisible();
  const shown = await page.evaluate(() => ({
    refused: document.querySelector('[data-testid="refused"]')?.textContent ?? null,
    types: document.querySelector('[data-testid="accepted"]')?.getAttribute('data-types') ?? '',
    payload: document.querySelector('[data-testid="accepted"]')?.textContent ?? '{}',
  }));
  // The event schema's complaints, if any, name the path and the message.
  expect(shown.refused).toBeNull();
  return { types: shown.types, payload: JSON.parse(shown.payload) as Record<string, unknown> };
}

/** The accepted event holds what the fixture says, read through the shared schema. */
async function expectAcceptedAsFilled(page: Page, intake: IntakePageModel, matter: Matter, values: DetailsValues): Promise<void> {
  const { types, payload } = await acceptedPayload(page, intake);
  expect(types).toBe('accepted,forwarded');
  expect(payload).toMatchObject({
    matter: { code: matter.code, name: matter.name },
    applicant: APPLICANT,
    routing: { handling: { province: '50', division: HANDLING_COUNTY.code } },
    materials: matter.materials.filter((spec) => spec.required).map(({ code, name, form, copies }) => ({ code, name, form, copies })),
  });
  // What the clerk typed reached the event as the shared schema reads the fixture.
  expect(payload.details ?? {}).toEqual(detailsSchemaFor(matter.fields, { regionCodes }).parse(values));
}

for (const matter of matters) {
  const values = validFixtureFor(matter.fields);
  test(`${matter.code} ${matter.name}: its fields filled validate and it is accepted with exactly them`, async ({ intakeForm }) => {
    const { page, intake } = intakeForm;
    await fillEverything(intakeForm, matter, values);
    await expectAcceptedAsFilled(page, intake, matter, values);
  });
}

for (const [kind, { matter, target }] of blankTargetPerKind(matters, (candidate) => validFixtureFor(candidate.fields))) {
  const values = validFixtureFor(matter.fields);
  test(`a blank required ${kind} field is named, then accepted once filled (${matter.code} ${target.field.label})`, async ({
    intakeForm,
  }) => {
    const { page, intake, details } = intakeForm;
    await fillEverything(intakeForm, matter, values);
    await details.fillScalar(target.path, target.field, target.field.kind === 'checkbox' ? false : '');
    await intake.clickAccept();
    await expect(intake.fieldError(target.message)).toBeVisible();
    expect(await details.errors()).toEqual([target.message]);
    await details.expectFocused(target.path);
    await details.fillScalar(target.path, target.field, target.refill);
    // After a submit the form re-validates on change: the only error must go away.
    await expect.poll(() => details.errors()).toEqual([]);
    await expectAcceptedAsFilled(page, intake, matter, values);
  });
}

test('an agent applying needs name, ID number, mobile and the 授权委托书', async ({ intakeForm }) => {
  const matter = matters.find((candidate) => candidate.agentAllowed);
  test.skip(!matter, 'no matter in the catalog allows an agent');
  if (!matter) return;
  const { page, intake } = intakeForm;
  await fillEverything(intakeForm, matter, validFixtureFor(matter.fields));
  await page.locator('[id="agent.appointed"]').check();
  await intake.clickAccept();
  await expect(intake.fieldError('请填写代理人姓名（至少2个字）')).toBeVisible();
  await expect(page.locator('[id="agent.name"]')).toBeFocused();
  await page.locator('[id="agent.name"]').fill('李代理');
  await page.locator('[id="agent.idNumber"]').fill('440524188001010014');
  await page.locator('[id="agent.mobile"]').fill('13912345678');
  await intake.clickAccept();
  await expect(intake.fieldError('代理人代办须收取')).toBeVisible();
  await page
    .getByRole('checkbox', { name: /委托书/ })
    .first()
    .check();
  const { payload } = await acceptedPayload(page, intake);
  expect(payload.agent).toEqual({ name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' });
});
