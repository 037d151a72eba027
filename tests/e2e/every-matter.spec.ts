/**
 * Every matter in the catalog through the intake form, in Chromium, without the rest of the
 * app (intake-harness/: the form's own sections, resolver and focus handling): choose the
 * matter, fill its own fields from the valid fixture derived from its field list, the
 * applicant and the required materials; leave one required field blank and see its Chinese
 * message (the only one on the form) with the cursor on it; fill it, see the form clean, and
 * 受理: the accepted event carries exactly the details the fixture gives through the shared
 * schema and passes the event schema the hubs apply. The whole app takes a handful of
 * matters through 受理 to the printed receipt in intake-by-matter.spec.ts.
 */
import { expect, test as base, type Page } from '@playwright/test';
import type { Matter } from '../../shared/domain/matter/matter';
import type { DetailsValues } from '../../shared/domain/matter/detail-values';
import { detailsSchemaFor } from '../../shared/domain/matter/details-schema';
import { validFixtureFor } from '../../shared/forms/valid-fixture';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { blankTargetOf, countyName, matters, regionCodes } from './support/catalog-fixtures';
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
  await intake.fillApplicant(APPLICANT);
  await details.fill(matter.fields, values);
  for (const material of matter.materials.filter((spec) => spec.required)) await intake.tickMaterialCode(material.code);
}

/** Clicks 受理 and reads the accepted event's payload the harness shows. */
async function acceptedPayload(page: Page, intake: IntakePageModel): Promise<{ types: string; payload: Record<string, unknown> }> {
  await intake.clickAccept();
  const accepted = page.getByTestId('accepted');
  const refused = page.getByTestId('refused');
  await expect(accepted.or(refused)).toBeVisible();
  // The event schema's complaints, if any, name the path and the message.
  expect(await refused.allTextContents()).toEqual([]);
  return { types: (await accepted.getAttribute('data-types')) ?? '', payload: JSON.parse((await accepted.textContent()) ?? '{}') as Record<string, unknown> };
}

for (const matter of matters) {
  const values = validFixtureFor(matter.fields);
  const target = blankTargetOf(matter.fields, values);
  test(`${matter.code} ${matter.name}: its fields filled validate${target ? ', a blank required one is named' : ''}, and it is accepted`, async ({ intakeForm }) => {
    const { page, intake, details } = intakeForm;
    await fillEverything(intakeForm, matter, values);
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
  await page.getByRole('checkbox', { name: /委托书/ }).first().check();
  const { payload } = await acceptedPayload(page, intake);
  expect(payload.agent).toEqual({ name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' });
});
