/**
 * The handling window prints the certificate itself: the Sichuan window accepts a 户籍证明开具
 * case handled in Chongqing, the Chongqing window receives it, approves, issues the result and
 * prints the 户籍证明 from a form pre-filled from the case, through the print preview; the
 * kept PDF carries the title, the 证明编号, the issuing 派出所 and the holder's full ID, and says the
 * hall only printed it. A reprint says 补打.
 */
import { join } from 'node:path';
import { CaseDetailModel } from './pages/case-detail';
import { CertificateFormModel } from './pages/certificate-form';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { pdfPages, pdfText } from './support/cups-output';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const CERTIFICATE_NUMBER = '渝公户证2026第000816号';
const HOLDER = { name: '周杰', idNumber: '11010519491231002X', mobile: '13700001111' };

/** pdftotext -layout may put spaces between characters of a wide-set line. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the Chongqing window issues a 户籍证明 result and prints the certificate through the preview', async ({ workstations }) => {
  const [{ page: sichuan }, { page: chongqing, printsDir: prints }] = await Promise.all([
    workstations.open('sichuan', { identity: WINDOWS.certificatesSichuan }),
    workstations.open('chongqing', { identity: WINDOWS.certificatesChongqing, printer: 'PDF' }),
  ]);
  const cq = new ShellModel(chongqing);
  await cq.expectHub('交换平台在线');
  const cqCase = new CaseDetailModel(chongqing);
  const certificate = new CertificateFormModel(chongqing);

  const caseNumber = await test.step('the Sichuan window accepts a 户籍证明开具 case handled in Chongqing', async () => {
    const intake = new IntakePageModel(sichuan);
    await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.certificates);
    await intake.fillApplicant(HOLDER);
    await intake.tickMaterial('申请人居民身份证');
    return intake.accept();
  });

  await test.step('Chongqing receives, approves and issues the result', async () => {
    await cq.openMenu('待办理（办理地）');
    await cq.showAllStatuses();
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
      issuerName: '重庆市公安局沙坪坝区分局小龙坎派出所',
      'verification.phone': '023-63761110',
      ethnicity: '汉族',
      address: '重庆市沙坪坝区小龙坎街道小龙坎正街1号',
      householdHead: HOLDER.name,
      relationToHead: '户主',
      registrationAuthority: '重庆市公安局沙坪坝区分局小龙坎派出所',
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
    expect(text).toContain('本证明由重庆市公安局沙坪坝区分局小龙坎派出所出具');
    expect(text).toContain('沙坪坝区政务服务中心代为打印');
  });

  await test.step('a second copy is a 补打 and keeps what the clerk typed', async () => {
    await expect(certificate.button()).toHaveText('补打户籍证明');
    await certificate.open();
    await expect(certificate.field('registrationAuthority')).toHaveValue('重庆市公安局沙坪坝区分局小龙坎派出所');
    expect(await certificate.previewAndPrint()).toContain('补打第2份');
    expect(squeeze(pdfText(join(prints, `户籍证明-${caseNumber}-补打2.pdf`)))).toContain(CERTIFICATE_NUMBER);
  });

  await test.step('after the drawer is closed and the page reloaded, a 补打 still starts from what was printed', async () => {
    await chongqing.reload();
    await cq.openMenu('待办理（办理地）');
    await cq.showAllStatuses();
    await cqCase.open(caseNumber);
    await certificate.open();
    await expect(certificate.field('registrationAuthority')).toHaveValue('重庆市公安局沙坪坝区分局小龙坎派出所');
  });
});
