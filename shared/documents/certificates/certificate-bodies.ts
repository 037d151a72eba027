/**
 * The part of each certificate between the title and the seal: the certifying sentence in
 * the issuing authority's customary wording, and the details as a grid or a table.
 */
import type { Content } from 'pdfmake/interfaces';
import type {
  HouseholdRegistrationCertificate,
  HousingFundLoanCertificate,
  NoCriminalRecordCertificate,
  SocialInsuranceCertificate,
  UnemploymentRegistrationCertificate,
} from './certificate-data';
import { formatMonth, formatPercent, formatYuan } from './certificate-format';
import { formatChinaDate } from '../layout/format';
import { fieldGrid, listTable, paragraph, sectionTitle, type ListColumn } from '../official/official-blocks';
import type { OfficialDensity } from '../official/official-styles';

/** The holder with the full 公民身份号码: the certificate attests to exactly this person. */
const holderLine = (name: string, idNumber: string): string => `${name}（公民身份号码：${idNumber}）`;

/** Dense, a 26-character 参保单位 stays on one 7.5 pt line next to these. */
const INSURANCE_COLUMNS: ListColumn[] = [
  { header: '序号', width: 20, align: 'center' },
  { header: '险种', width: 80 },
  { header: '参保单位', width: '*' },
  { header: '起止年月', width: 66, align: 'center' },
  { header: '月数', width: 24, align: 'center' },
  { header: '参保状态', width: 36, align: 'center' },
];

/** "2000-01" -> "2000.01"; the compact form 参保证明 tables use. */
const shortMonth = (isoMonth: string | undefined): string => (isoMonth === undefined ? '至今' : isoMonth.replace('-', '.'));

export function socialInsuranceBody(data: SocialInsuranceCertificate, density: OfficialDensity): Content[] {
  const rows = data.periods.map((period, index) => [
    String(index + 1),
    period.insurance,
    period.employer,
    `${shortMonth(period.from)}-${shortMonth(period.to)}`,
    String(period.paidMonths),
    period.status,
  ]);
  return [
    paragraph(
      `兹证明${holderLine(data.holder.name, data.holder.idNumber)}在${data.insuredRegion}参加社会保险，` +
        `截至${formatMonth(data.asOfMonth)}个人参保缴费情况如下：`,
      density,
      density.gap,
    ),
    sectionTitle('个人参保缴费情况', density),
    listTable(INSURANCE_COLUMNS, rows, density, '（无参保缴费记录）'),
    paragraph(
      `以上信息依据社会保险信息系统记录出具${data.purpose ? `，用于${data.purpose}` : ''}。缴费月数为实际缴费月数，不含欠缴、补缴未到账月份。`,
      density,
      density.gap,
    ),
  ];
}

export function housingFundLoanBody(data: HousingFundLoanCertificate, density: OfficialDensity): Content[] {
  return [
    paragraph(
      `兹证明${holderLine(data.holder.name, data.holder.idNumber)}在${data.depositCenter}缴存住房公积金，` +
        `现申请在${data.loanCity}使用住房公积金贷款，其缴存使用情况如下：`,
      density,
      density.gap,
    ),
    fieldGrid(
      [
        { wide: { label: '缴存单位', value: data.employer } },
        { left: { label: '个人账号', value: data.accountNumber }, right: { label: '账户状态', value: data.accountStatus } },
        {
          left: { label: '缴存基数', value: formatYuan(data.depositBase) },
          right: { label: '月缴存额', value: formatYuan(data.monthlyDeposit) },
        },
        {
          left: { label: '个人缴存比例', value: formatPercent(data.personalRatePercent) },
          right: { label: '单位缴存比例', value: formatPercent(data.employerRatePercent) },
        },
        {
          left: { label: '缴存起始年月', value: formatMonth(data.depositFrom) },
          right: { label: '缴至年月', value: formatMonth(data.depositTo) },
        },
        {
          left: { label: '近6个月连续缴存', value: `${data.consecutiveMonths}个月` },
          right: { label: '账户余额', value: formatYuan(data.balance) },
        },
        {
          left: { label: '住房公积金贷款', value: data.hasOutstandingLoan ? '有未结清贷款' : '无未结清贷款', strong: true },
          right: { label: '贷款地', value: data.loanCity },
        },
        { wide: { label: '贷款中心', value: data.loanCenter } },
      ],
      density,
    ),
    paragraph(
      `本证明用于职工向${data.loanCenter}申请住房公积金异地个人住房贷款，自出具之日起30日内有效。` +
        '贷款中心可凭证明编号向出具中心核实；职工在异地贷款期间应继续正常缴存住房公积金。',
      density,
      density.gap,
    ),
  ];
}

export function householdRegistrationBody(data: HouseholdRegistrationCertificate, density: OfficialDensity): Content[] {
  return [
    paragraph(`兹证明${holderLine(data.holder.name, data.holder.idNumber)}户籍登记信息如下：`, density, density.gap),
    fieldGrid(
      [
        { left: { label: '姓名', value: data.holder.name }, right: { label: '性别', value: data.gender } },
        { left: { label: '民族', value: data.ethnicity }, right: { label: '出生日期', value: formatChinaDate(data.birthDate) } },
        { wide: { label: '公民身份号码', value: data.holder.idNumber } },
        { wide: { label: '户籍地址', value: data.address } },
        { left: { label: '户主姓名', value: data.householdHead }, right: { label: '与户主关系', value: data.relationToHead } },
        { wide: { label: '登记机关', value: data.registrationAuthority } },
      ],
      density,
    ),
    paragraph(data.statement, density, density.gap),
    paragraph(`本证明用于${data.purpose}，仅证明上述户籍登记事项，不作他用。`, density),
  ];
}

/** Wording per 《公安机关办理犯罪记录查询工作规定》 (the 无犯罪记录 form). */
export function noCriminalRecordBody(data: NoCriminalRecordCertificate, density: OfficialDensity): Content[] {
  return [
    paragraph(
      `经查询，截至${formatChinaDate(data.issuedOn)}，未发现${holderLine(data.holder.name, data.holder.idNumber)}有犯罪记录。`,
      density,
      density.gap * 2,
    ),
    fieldGrid(
      [
        { left: { label: '姓名', value: data.holder.name }, right: { label: '公民身份号码', value: data.holder.idNumber } },
        { wide: { label: '用途', value: data.purpose } },
        { wide: { label: '有效期', value: `自出具之日起至${formatChinaDate(data.validUntil)}止`, strong: true } },
      ],
      density,
      density.gap * 2,
    ),
    paragraph(
      `本证明仅用于${data.purpose}，不作其他用途；查询结果以出具之日公安机关违法犯罪信息数据库记录为准。`,
      density,
      density.gap * 2,
    ),
  ];
}

export function unemploymentRegistrationBody(data: UnemploymentRegistrationCertificate, density: OfficialDensity): Content[] {
  return [
    paragraph(
      `兹证明${holderLine(data.holder.name, data.holder.idNumber)}于${formatChinaDate(data.registeredOn)}在${data.registrationAgency}办理失业登记，` +
        `现状态为：${data.status}。`,
      density,
      density.gap,
    ),
    fieldGrid(
      [
        { left: { label: '姓名', value: data.holder.name }, right: { label: '公民身份号码', value: data.holder.idNumber } },
        { wide: { label: '就业创业证号', value: data.employmentCardNumber } },
        {
          left: { label: '失业登记日期', value: formatChinaDate(data.registeredOn) },
          right: { label: '登记状态', value: data.status, strong: true },
        },
        { wide: { label: '登记机构', value: data.registrationAgency } },
        { wide: { label: '原就业单位', value: data.lastEmployer ?? '—' } },
        { wide: { label: '失业保险金', value: data.benefits } },
      ],
      density,
    ),
    paragraph(`本证明用于${data.purpose}。失业登记状态以出具之日的就业信息系统记录为准。`, density, density.gap),
  ];
}
