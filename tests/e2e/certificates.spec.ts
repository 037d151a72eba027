/**
 * The handling window prints the certificate itself: the Sichuan window accepts a 户籍证明开具
 * case handled in 渝中区, the Chongqing window receives it, approves, issues the result and
 * prints the 户籍证明 from a form pre-filled from the case, through the print preview; the
 * kept PDF carries the title, the 证明编号, the issuing 派出所 and the holder's full ID, and says the
 * hall only printed it. A reprint says 补打.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CaseDetailModel } from './pages/case-detail';
import { CertificateFormModel } from './pages/certificate-form';
import { IntakePageModel } from './pages/intake-page';
import { SetupPageModel } from './pages/setup-page';
import { ShellModel } from './pages/shell';
import { pdfPages, pdfText } from './support/cups-output';
import { useTopology } from './support/topology';

const CERTIFICATE_NUMBER = '渝公户证2026第000816号';
const HOLDER = { name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' };

const world = useTopology();

async function openWorkstation(page: Page, url: string, identity: Parameters<SetupPageModel['configure']>[0]): Promise<ShellModel> {
  await page.goto(url);
  await new SetupPageModel(page).configure(identity);
  const shell = new ShellModel(page);
  await shell.expectHub('交换平台在线');
  return shell;
}

/** pdftotext -layout may put spaces between characters of a wide-set line. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the Chongqing window issues a 户籍证明 result and prints the certificate through the preview', async ({ browser }) => {
  const sichuan = await (await browser.newContext()).newPage();
  const chongqing = await (await browser.newContext()).newPage();
  const [sichuanUrl, chongqingUrl] = await Promise.all([world().startWorkstation('sichuan'), world().startWorkstation('chongqing', 'PDF')]);
  await openWorkstation(sichuan, sichuanUrl, { province: '四川省', county: '锦江区', hallName: '锦江区政务服务中心', window: '3', clerk: '李明' });
  const cq = await openWorkstation(chongqing, chongqingUrl, { province: '重庆市', county: '渝中区', hallName: '渝中区政务服务中心', window: '5', clerk: '王芳' });
  const cqCase = new CaseDetailModel(chongqing);
  const certificate = new CertificateFormModel(chongqing);
  const prints = join(world().profileDir('chongqing'), 'prints');

  const caseNumber = await test.step('the Sichuan window accepts a 户籍证明开具 case handled in 渝中区', async () => {
    const intake = new IntakePageModel(sichuan);
    await intake.chooseMatter('户籍证明开具', '渝中区');
    await intake.fillApplicant(HOLDER);
    await intake.tickMaterial('申请人居民身份证');
    return intake.accept();
  });

  await test.step('Chongqing receives, approves and issues the result', async () => {
    await cq.openMenu('待办理（办理地）');
    await cqCase.open(caseNumber);
    await cqCase.receive('YZ-2026-0816');
    await expect(certificate.button()).toHaveCount(0);
    await cqCase.approve('经核查，户籍信息属实，准予出具。');
    await expect(cqCase.status()).toHaveText('已办结（准予）');
    await cqCase.issueResult(CERTIFICATE_NUMBER, await chongqing.evaluate(() => new Date().toLocaleDateString('sv-SE')));
    await expect(cqCase.status()).toHaveText('已出具结果（准予）');
  });

  await test.step('the form starts from the case and asks for what only the records say', async () => {
    await expect(certificate.button()).toHaveText('打印户籍证明');
    await certificate.open();
    await expect(certificate.field('holder.name')).toHaveValue(HOLDER.name);
    await expect(certificate.field('holder.idNumber')).toHaveValue(HOLDER.idNumber);
    await expect(certificate.field('certificateNumber')).toHaveValue(CERTIFICATE_NUMBER);
    await expect(certificate.field('birthDate')).toHaveValue('1949-12-31');
    await certificate.preview();
    await expect(certificate.error('请填写户口登记机关')).toBeVisible();
    await expect(certificate.error('请填写证明用途')).toBeVisible();
    await expect(certificate.error('请填写出具机关的核验电话')).toBeVisible();
    await certificate.fill({
      issuerName: '重庆市公安局渝中区分局解放碑派出所',
      'verification.phone': '023-63761110',
      ethnicity: '汉族',
      address: '重庆市渝中区解放碑街道民族路1号',
      householdHead: HOLDER.name,
      relationToHead: '户主',
      registrationAuthority: '重庆市公安局渝中区分局解放碑派出所',
      purpose: '办理子女入学',
    });
  });

  await test.step('the 户籍证明 prints through the preview with its number, its issuing 派出所 and the full ID', async () => {
    const result = await certificate.previewAndPrint();
    expect(result).toContain('户籍证明已发送到打印机');
    const kept = join(prints, `户籍证明-${caseNumber}.pdf`);
    expect(pdfPages(kept)).toBe(1);
    const text = squeeze(pdfText(kept));
    expect(text).toContain('户籍证明');
    expect(text).toContain(CERTIFICATE_NUMBER);
    expect(text).toContain(HOLDER.idNumber);
    expect(text).not.toContain('110105********002X');
    expect(text).toContain('本证明由重庆市公安局渝中区分局解放碑派出所出具');
    expect(text).toContain('渝中区政务服务中心代为打印');
  });

  await test.step('a second copy is a 补打 and keeps what the clerk typed', async () => {
    await expect(certificate.button()).toHaveText('补打户籍证明');
    await certificate.open();
    await expect(certificate.field('registrationAuthority')).toHaveValue('重庆市公安局渝中区分局解放碑派出所');
    expect(await certificate.previewAndPrint()).toContain('补打第2份');
    expect(squeeze(pdfText(join(prints, `户籍证明-${caseNumber}-补打2.pdf`)))).toContain(CERTIFICATE_NUMBER);
  });

  await test.step('after the drawer is closed and the page reloaded, a 补打 still starts from what was printed', async () => {
    await chongqing.reload();
    await cq.openMenu('待办理（办理地）');
    await cqCase.open(caseNumber);
    await certificate.open();
    await expect(certificate.field('registrationAuthority')).toHaveValue('重庆市公安局渝中区分局解放碑派出所');
  });
});
