/**
 * A 法人 case: a 四川 window takes a 单位社会保险参保登记 for a unit handled in 重庆, brought by
 * an authorised 经办人 with the 授权委托书. Both windows find it by the start of the unit's name
 * and by its 统一社会信用代码 (typed in lower case), list it under the unit, and show the unit,
 * its 法定代表人 and the 经办人 in the drawer.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { matterCatalogSchema, type Matter } from '../../shared/domain/matter/matter';
import { validFixtureFor } from '../../shared/forms/valid-fixture';
import { CaseApplicationModel } from './pages/case-application';
import { CaseDetailModel } from './pages/case-detail';
import { CaseListModel } from './pages/case-list';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
const MATTER = matterCatalogSchema.parse(JSON.parse(seed('matters.json'))).find((matter) => matter.code === 'CY-11-002') as Matter;
const UNIT = { unitName: '成都蓉川科技有限公司', uscc: '91350200776049653A', legalRep: '王建国' };
const HANDLER = { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' };

/** Finds the case by the unit's name and by its code, on the list the clerk is on. */
async function findByUnit(page: Page, caseNumber: string) {
  const list = new CaseListModel(page);
  await list.search('成都蓉川');
  await expect(list.queryKind()).toHaveText('按申请人、经办人或单位名称');
  await expect(list.rows).toHaveCount(1, { timeout: 60_000 });
  await list.expectOnly(caseNumber);
  await expect(list.rows.first().getByTestId('row-unit')).toContainText(`${UNIT.unitName}经办人 ${HANDLER.name}`);
  await list.search(UNIT.uscc.toLowerCase());
  await expect(list.queryKind()).toHaveText('按统一社会信用代码');
  await list.expectOnly(caseNumber);
  await list.search('成都某某');
  await expect(list.rows).toHaveCount(0);
}

async function expectUnitInDrawer(page: Page, caseNumber: string) {
  await new CaseListModel(page).search(UNIT.uscc);
  await new CaseDetailModel(page).open(caseNumber);
  const view = new CaseApplicationModel(page);
  await expect(view.value(view.facts, '申请单位')).toHaveText(UNIT.unitName);
  await expect(view.value(view.facts, '统一社会信用代码')).toHaveText(UNIT.uscc);
  await expect(view.value(view.facts, '法定代表人')).toHaveText(UNIT.legalRep);
  await expect(view.value(view.facts, '经办人')).toContainText(`${HANDLER.name}（110105********002X`);
  await expect(view.value(view.facts, '经办人')).toContainText('受单位委托办理');
  await expect(view.value(view.facts, '经办人')).toContainText('授权委托书：已收取');
  await expect(view.material('BUSINESS-LICENSE')).toContainText('免提交（数据共享获取）');
}

test('a unit’s case is found by its name and its 统一社会信用代码 on both sides', async ({ workstations }) => {
  const [{ page: sichuan }, { page: chongqing }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.unitCaseSearchSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.unitCaseSearchChongqing }),
  ]);

  const caseNumber = await test.step('四川 takes the unit’s application from its authorised 经办人', async () => {
    const intake = new IntakePageModel(sichuan);
    await intake.chooseMatter(MATTER.name, HANDLING_COUNTIES.unitCaseSearch);
    await expect(sichuan.getByText('经办人姓名')).toBeVisible();
    await expect(sichuan.getByTestId('agent-section')).toHaveCount(0);
    await intake.fillApplicant(HANDLER);
    await new DetailsFormModel(sichuan, (code) => code).fill(MATTER.fields, { ...validFixtureFor(MATTER.fields), ...UNIT });
    await expect(sichuan.getByTestId('handler-mismatch')).toContainText(`经办人“${HANDLER.name}”与法定代表人“${UNIT.legalRep}”不是同一人`);
    await intake.markHandlerAuthorised();
    for (const code of ['LEGAL-REP-ID', 'BANK-ACCOUNT']) await intake.tickMaterialCode(code);
    await intake.waiveMaterialCode('BUSINESS-LICENSE');
    await intake.clickAccept();
    await expect(intake.fieldError('经办人受单位委托办理，须收取单位授权委托书及经办人居民身份证')).toBeVisible();
    await intake.tickMaterialCode('POWER-OF-ATTORNEY');
    return intake.accept();
  });

  await test.step('四川 finds it by the unit’s name and code, and sees the unit in the drawer', async () => {
    await new ShellModel(sichuan).openMenu('本窗口受理');
    await findByUnit(sichuan, caseNumber);
    await expectUnitInDrawer(sichuan, caseNumber);
  });

  await test.step('重庆 finds it the same ways once it has arrived', async () => {
    await new ShellModel(chongqing).openMenu('待办理（办理地）');
    await findByUnit(chongqing, caseNumber);
    await expectUnitInDrawer(chongqing, caseNumber);
  });
});
