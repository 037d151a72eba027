/**
 * The handling window gets the whole application. A 四川 window, whose hall allows itself
 * 2 working days to post originals, takes a 困难残疾人生活补贴 application handled in 重庆:
 * the matter's fields, a 代理人 with the 授权委托书, the checklist ticked (the 户口簿 免提交 by
 * data sharing, the optional 低保证明 not brought), a scan and a note. The 重庆 window opens
 * the drawer and sees every field, the agent, the checklist, the scan listed, and each side's
 * part of the clock; it takes the case in under its own number, which the 四川 window then
 * finds the case by.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { divisionFullName, parseDivisionCsv } from '../../shared/domain/region/divisions';
import { matterCatalogSchema, type Matter } from '../../shared/domain/matter/matter';
import type { DetailsValues } from '../../shared/domain/matter/detail-values';
import { describeDetails, isDetailGroup } from '../../shared/forms/describe-details';
import { CaseApplicationModel } from './pages/case-application';
import { CaseDetailModel } from './pages/case-detail';
import { CaseListModel } from './pages/case-list';
import { DetailsFormModel } from './pages/details-form';
import { IntakePageModel } from './pages/intake-page';
import { MaterialScansModel } from './pages/material-scans';
import { SettingsPageModel } from './pages/settings-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
const MATTER = matterCatalogSchema.parse(JSON.parse(seed('matters.json'))).find((matter) => matter.code === 'CY-27-001') as Matter;
const divisions = new Map(parseDivisionCsv(seed('divisions-sc-cq.csv')).map((division) => [division.code, division]));
const countyName = (code: string) => divisions.get(code)?.name ?? code;
const fullName = (code: string) => divisionFullName(code, divisions);

const APPLICANT = { name: '赵敏', idNumber: '11010519491231002X', mobile: '13600002222' };
const AGENT = { name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' };
const DETAILS: DetailsValues = {
  disabilityCertNumber: '51010419491231002X11',
  disabilityCategory: '肢体残疾',
  disabilityGrade: '二级',
  hardshipType: '最低生活保障家庭',
  // 户籍 in the county the case is handled in.
  hukouRegion:
    [...divisions.values()].find((division) => division.level === 'county' && division.name === HANDLING_COUNTIES.handlingView)?.code ?? '',
  bankName: '中国工商银行重庆渝中支行',
  bankAccount: '6222020200112233445',
};
const NOTE = '户口簿经数据共享核验；申请人行动不便，由亲属代办';

/** A small scan of the ID card. */
function idCardScan() {
  const image = new PNG({ width: 120, height: 80 });
  image.data.fill(230);
  return { name: '身份证正反面.png', mimeType: 'image/png', buffer: PNG.sync.write(image) };
}

test('the Chongqing window sees every field, the agent, the checklist and the scans a Sichuan window took', async ({ workstations }) => {
  const [{ page: sichuan }, { page: chongqing }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.handlingViewSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.handlingViewChongqing }),
  ]);

  await test.step('四川 sets its own time for posting originals (no rule is assumed)', async () => {
    const settings = new SettingsPageModel(sichuan);
    await settings.open();
    // Settings are saved whole: the notices' 行政机关 comes first (never the centre).
    await settings.fillDocuments({ authorityName: '成都市锦江区民政局' });
    await settings.saveDocuments();
    await settings.saveReceivingLimits({ post: 2 });
  });

  const caseNumber = await test.step('四川 takes the application with an agent, a 免提交 material, a scan and a note', async () => {
    const intake = new IntakePageModel(sichuan);
    await intake.open();
    await intake.chooseMatter(MATTER.name, HANDLING_COUNTIES.handlingView);
    await intake.fillApplicant(APPLICANT);
    await new DetailsFormModel(sichuan, countyName).fill(MATTER.fields, DETAILS);
    await intake.appointAgent(AGENT);
    for (const code of ['APPLY-FORM', 'DISABILITY-CERT', 'BANK-CARD', 'POWER-OF-ATTORNEY']) await intake.tickMaterialCode(code);
    await intake.waiveMaterialCode('HOUSEHOLD-BOOK');
    const scans = new MaterialScansModel(sichuan);
    await scans.upload('ID-CARD', idCardScan());
    await expect(scans.scans('ID-CARD')).toHaveCount(1);
    await intake.writeNote(NOTE);
    return intake.accept();
  });

  const expectTheWholeApplication = async (page: Page) => {
    const view = new CaseApplicationModel(page);
    await expect(view.value(view.facts, '申请人')).toContainText(`${APPLICANT.name}（110105********002X`);
    await expect(view.value(view.facts, '申请人')).toContainText(APPLICANT.mobile);
    await expect(view.value(view.facts, '代理人')).toContainText(`${AGENT.name}（440524********0014`);
    await expect(view.value(view.facts, '代理人')).toContainText('授权委托书：已收取');
    await expect(view.value(view.facts, '收件备注')).toHaveText(NOTE);
    for (const entry of describeDetails(MATTER.fields, DETAILS, fullName)) {
      if (isDetailGroup(entry)) throw new Error('this matter has no groups');
      await expect(view.value(view.details, entry.label)).toHaveText(entry.value);
    }
    await expect(view.material('ID-CARD')).toContainText('已收取');
    await expect(view.material('ID-CARD')).toContainText('1 个');
    await expect(view.material('POWER-OF-ATTORNEY')).toContainText('原件及复印件 1 份');
    await expect(view.material('HOUSEHOLD-BOOK')).toContainText('免提交（数据共享获取）');
    await expect(view.material('LOW-INCOME-PROOF')).toContainText('未收取');
    await expect(view.material('LOW-INCOME-PROOF')).toContainText(
      MATTER.materials.find((material) => material.code === 'LOW-INCOME-PROOF')?.condition ?? '(no condition)',
    );
    await expect(page.locator('.ant-drawer').getByTestId('case-attachments')).toContainText('材料扫描件（1 个');
    await expect(page.locator('.ant-drawer').getByTestId('case-attachments')).toContainText('身份证正反面.png');
  };

  await test.step('四川 sees the same in its own drawer', async () => {
    await new ShellModel(sichuan).openMenu('本窗口受理');
    await new CaseDetailModel(sichuan).open(caseNumber);
    await expectTheWholeApplication(sichuan);
  });

  const cqCase = new CaseDetailModel(chongqing);
  const cqView = new CaseApplicationModel(chongqing);

  await test.step('重庆 opens the drawer and sees every field, the agent, the checklist and the scan', async () => {
    await new ShellModel(chongqing).openMenu('待办理（办理地）');
    await cqCase.open(caseNumber);
    await expectTheWholeApplication(chongqing);
  });

  await test.step('both sides’ parts of the clock, with where each limit comes from', async () => {
    const legs = MATTER.forwarding?.异地代收代办;
    await expect(cqView.part('forward')).toContainText(`3个工作日，自受理之日起算（${legs?.transfer.basis ?? ''}）`);
    await expect(cqView.part('forward')).toContainText('按时完成');
    await expect(cqView.part('post')).toContainText('2个工作日，自受理之日起算（收件地大厅设置）');
    await expect(cqView.part('post')).toContainText('剩余2个工作日');
    await expect(cqView.part('decide')).toContainText('10个工作日，自推送之日起算（承诺时限）');
    await expect(cqView.part('deliver')).toContainText(`3个工作日，自结果出具之日起算（${legs?.return.basis ?? ''}）`);
    await expect(cqView.part('deliver')).toContainText('待出具结果后起算');
    await expect(cqView.parts.getByTestId('delay-receiving')).toHaveCount(0);
    await expect(cqView.parts.getByTestId('delay-handling')).toHaveCount(0);
  });

  await test.step('重庆 takes the case in under its own number', async () => {
    await cqCase.receive('YZ2026-0815');
    await expect(cqCase.status()).toHaveText('办理地审查中');
    await expect(cqCase.drawer.getByTestId('local-case-number')).toHaveText('YZ2026-0815');
    await expect(cqView.part('decide')).toContainText('接收');
  });

  await test.step('四川 sees the handling place’s number and the same clock, and finds the case by the number', async () => {
    const scCase = new CaseDetailModel(sichuan);
    await expect(scCase.drawer.getByTestId('local-case-number')).toHaveText('YZ2026-0815', { timeout: 60_000 });
    // The same parts of the clock as 重庆's, its 接收 included.
    const scView = new CaseApplicationModel(sichuan);
    await expect(scView.part('decide')).toContainText('10个工作日，自推送之日起算（承诺时限）');
    await expect(scView.part('decide')).toContainText('接收');
    await expect(scView.part('post')).toContainText('剩余2个工作日');
    await scCase.close();
    const list = new CaseListModel(sichuan);
    await list.search('YZ2026-0815');
    await expect(list.queryKind()).toHaveText('按办理地编号或全国办件编号');
    await list.expectOnly(caseNumber);
  });
});
