/**
 * The matter catalog (seeds/matters.json) against the 39 action items
 * (seeds/action-items.json) of 《推进川渝公共服务一体化深化便捷生活行动事项（2024年版）》.
 */
import { describe, expect, it } from 'vitest';
import mattersJson from '../../seeds/matters.json';
import actionItemsJson from '../../seeds/action-items.json';
import { describeCatalogError, matterCatalogSchema, POWER_OF_ATTORNEY_CODE, type Matter } from '../../shared/domain/matter/matter';
import { ACTION_CATEGORY_NAMES, actionItemListSchema, categoryOfActionItem } from '../../shared/domain/matter/action-items';
import type { FieldSpec } from '../../shared/domain/matter/form-fields';
import { CERTIFICATE_TEMPLATES } from '../../shared/domain/matter/certificate-templates';

const matters: Matter[] = matterCatalogSchema.parse(mattersJson);
const items = actionItemListSchema.parse(actionItemsJson);

function clone(): unknown[] {
  return structuredClone(mattersJson) as unknown[];
}

function firstError(data: unknown): string {
  const result = matterCatalogSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.success ? '' : describeCatalogError(result.error);
}

function mutate(code: string, change: (matter: Record<string, unknown>) => void): unknown[] {
  const copy = clone() as Record<string, unknown>[];
  const matter = copy.find((entry) => entry.code === code);
  if (!matter) throw new Error(`no ${code}`);
  change(matter);
  return copy;
}

describe('matter catalog', () => {
  it('parses with matterCatalogSchema and has well over 100 matters', () => {
    expect(matters.length).toBeGreaterThan(100);
  });

  it('keeps the codes and names other code and the e2e test rely on', () => {
    const byCode = new Map(matters.map((matter) => [matter.code, matter.name]));
    expect(byCode.get('CY-06-003')).toBe('无犯罪记录证明开具（异地代收代办）');
    for (const code of ['CY-06-002', 'CY-06-004', 'CY-09-001', 'CY-28-001']) expect(byCode.has(code)).toBe(true);
  });

  it('holds no matter that is not a window matter: no such 资格, abolished, or an internal mechanism', () => {
    const codes = new Set(matters.map((matter) => matter.code));
    // 养老护理员从业资格 (no such 资格), 就业报到 (报到证 abolished from 2023), 劳动能力鉴定结论互认
    // (between committees), 征兵政治考核协查 (police-internal), 机动车档案电子转递 (between 车管所).
    for (const code of ['CY-26-001', 'CY-19-003', 'CY-11-006', 'CY-36-001', 'CY-05-002']) expect(codes.has(code), code).toBe(false);
    const names = matters.map((matter) => matter.name).join('\n');
    for (const word of ['养老护理员从业资格', '就业报到', '劳动能力鉴定结论互认', '政治考核', '档案电子转递'])
      expect(names).not.toContain(word);
  });

  it('asks 困难残疾人生活补贴 for the 低保/特困 proof only from 低保/特困 applicants', () => {
    const material = matters.find((matter) => matter.code === 'CY-27-001')?.materials.find((entry) => entry.code === 'LOW-INCOME-PROOF');
    expect(material?.condition).toMatch(/属低保或特困对象/);
    expect(material?.condition).not.toMatch(/非低保/);
  });

  it('offers the 驾驶证审验 situations of 公安部令第162号, not 满分学习 or the 70-year health check', () => {
    const field = matters.find((matter) => matter.code === 'CY-04-001')?.fields.find((entry) => entry.key === 'reviewType');
    const options = field?.kind === 'select' ? field.options : [];
    expect(options).toContain('大中型客货车驾驶人记分周期结束后审验');
    expect(options.join()).not.toMatch(/记满12分|年满70周岁/);
  });

  it('asks no more of 无犯罪记录证明 than the clerk fills: name, ID, mobile and two materials', () => {
    const matter = matters.find((entry) => entry.code === 'CY-06-003');
    expect(matter?.fields.filter((field) => field.required)).toEqual([]);
    expect(matter?.materials.filter((material) => material.required).map((material) => material.code)).toEqual(['ID-CARD', 'APPLY-FORM']);
  });

  it('picks every 年月 as a month and every other date as a day', () => {
    const dates = matters.flatMap((matter) =>
      matter.fields
        .flatMap((field) => (field.kind === 'group' ? field.fields : [field]))
        .flatMap((field) => (field.kind === 'date' ? [field] : [])),
    );
    const monthly = dates.filter((field) => field.month).map((field) => field.label);
    expect(monthly.length).toBeGreaterThan(10);
    expect(monthly.every((label) => label.endsWith('年月'))).toBe(true);
    expect(dates.filter((field) => !field.month && field.label.endsWith('年月'))).toEqual([]);
  });

  it('has unique codes of the form CY-<item>-<seq> whose item number matches actionItem', () => {
    const codes = matters.map((matter) => matter.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const matter of matters) expect(matter.code.slice(3, 5)).toBe(String(matter.actionItem).padStart(2, '0'));
  });

  it('refuses a broken copy with a readable Chinese message', () => {
    const duplicate = clone();
    duplicate.push(duplicate[0]);
    expect(firstError(duplicate)).toContain('事项编码重复');

    expect(firstError(mutate('CY-06-003', (matter) => (matter.code = 'CY-6-3')))).toContain('事项编码格式应为 CY-项号-序号');
    expect(firstError(mutate('CY-06-003', (matter) => (matter.category = '就业社保')))).toMatch(/CY-06-003：第6项属“户籍出入境管理”类/);
    expect(
      firstError(
        mutate('CY-16-003', (matter) => (matter.fields = (matter.fields as FieldSpec[]).filter((field) => field.kind !== 'uscc'))),
      ),
    ).toContain('法人事项应有统一社会信用代码字段');
    expect(
      firstError(
        mutate('CY-04-003', (matter) => {
          const fields = matter.fields as { key: string; showWhen?: { field: string; equals?: string | boolean } }[];
          const reason = fields.find((field) => field.key === 'reissueReason');
          if (reason) reason.showWhen = { field: 'licenceClass', equals: '补领' };
        }),
      ),
    ).toContain('不是该字段的可选值');
    expect(
      firstError(
        mutate('CY-09-002', (matter) => {
          const materials = matter.materials as { code: string }[];
          materials.push({ ...materials[0]! });
        }),
      ),
    ).toContain('材料编码重复：ID-CARD');
    expect(firstError(mutate('CY-11-008', (matter) => (matter.kind = '承诺件')))).toContain('承诺件应有承诺办结时限');
  });

  it('gives every matter an action item that exists, in the right category, with its 责任单位', () => {
    const byNumber = new Map(items.map((item) => [item.number, item]));
    for (const matter of matters) {
      const item = byNumber.get(matter.actionItem);
      expect(item, matter.code).toBeDefined();
      expect(matter.category, matter.code).toBe(item?.category);
      expect(matter.responsibleUnits, matter.code).toBe(item?.responsibleUnits);
    }
  });

  it('keeps material codes unique within a matter and explains every conditional material', () => {
    for (const matter of matters) {
      const codes = matter.materials.map((material) => material.code);
      expect(new Set(codes).size, matter.code).toBe(codes.length);
      for (const material of matter.materials.filter((entry) => !entry.required))
        expect(material.condition, `${matter.code} ${material.code}`).toBeTruthy();
    }
  });

  it('offers an agent block only with a 委托书 to collect', () => {
    for (const matter of matters.filter((entry) => entry.agentAllowed)) {
      expect(
        matter.materials.some((material) => material.code === POWER_OF_ATTORNEY_CODE),
        matter.code,
      ).toBe(true);
    }
  });

  it('has select options and showWhen conditions that reference valid keys and values', () => {
    const check = (code: string, fields: readonly FieldSpec[]) => {
      const byKey = new Map(fields.map((field) => [field.key, field]));
      for (const field of fields) {
        if (field.kind === 'select') {
          expect(field.options.length, `${code} ${field.key}`).toBeGreaterThanOrEqual(2);
          expect(new Set(field.options).size, `${code} ${field.key}`).toBe(field.options.length);
        }
        if (field.showWhen) {
          const target = byKey.get(field.showWhen.field);
          expect(target, `${code} ${field.key} -> ${field.showWhen.field}`).toBeDefined();
          expect(fields.indexOf(target as FieldSpec), `${code} ${field.key}`).toBeLessThan(fields.indexOf(field));
          if (target?.kind === 'select') expect(target.options, `${code} ${field.key}`).toContain(field.showWhen.equals);
          if (target?.kind === 'checkbox') expect(typeof field.showWhen.equals, `${code} ${field.key}`).toBe('boolean');
        }
        if (field.kind === 'group') check(`${code} ${field.key}`, field.fields);
      }
    };
    for (const matter of matters) check(matter.code, matter.fields);
  });

  it('gives every 法人 matter a 单位名称 and a 统一社会信用代码', () => {
    const legal = matters.filter((matter) => matter.applicantType === '法人');
    expect(legal.length).toBeGreaterThan(15);
    for (const matter of legal) {
      expect(
        matter.fields.some((field) => field.kind === 'uscc'),
        matter.code,
      ).toBe(true);
      expect(
        matter.fields.some((field) => field.key === 'unitName' && field.kind === 'text' && field.required && /名称$/.test(field.label)),
        matter.code,
      ).toBe(true);
    }
  });

  it('keeps fees structured, with the known national amounts', () => {
    const fee = (code: string) => matters.find((matter) => matter.code === code)?.fees.items.map((item) => item.amountYuan);
    expect(fee('CY-06-002')).toEqual([20]);
    expect(fee('CY-06-007')).toEqual([40]);
    expect(fee('CY-08-001')).toEqual([120]);
    expect(fee('CY-04-003')).toEqual([10]);
    expect(fee('CY-06-003')).toEqual([]);
    expect(matters.find((matter) => matter.code === 'CY-06-002')?.fees.exemptions).toMatch(/最低生活保障/);
  });

  it('has at least 5 matters whose result is a certificate the window prints', () => {
    const printed = [
      '参保证明',
      '缴存使用证明',
      '户籍证明',
      '无犯罪记录证明',
      '失业登记证明',
      '缴存证明',
      '参保凭证',
      '缴费凭证',
      '结清证明',
      '纳税记录',
    ];
    const hits = matters.filter((matter) => matter.resultDocuments.some((document) => printed.some((word) => document.includes(word))));
    expect(hits.length).toBeGreaterThanOrEqual(5);
    for (const code of ['CY-11-008', 'CY-11-009', 'CY-28-001', 'CY-06-004', 'CY-06-003', 'CY-15-003']) {
      expect(hits.map((matter) => matter.code)).toContain(code);
    }
  });

  it('names a certificate template for every matter the window prints a 证明 for, each template used', () => {
    const templateOf = new Map(matters.map((matter) => [matter.code, matter.certificateTemplate]));
    expect(templateOf.get('CY-11-008')).toBe('social-insurance');
    expect(templateOf.get('CY-28-001')).toBe('housing-fund-loan');
    expect(templateOf.get('CY-06-004')).toBe('household-registration');
    expect(templateOf.get('CY-06-003')).toBe('no-criminal-record');
    expect(templateOf.get('CY-15-003')).toBe('unemployment-registration');
    for (const template of CERTIFICATE_TEMPLATES) {
      expect(
        matters.some((matter) => matter.certificateTemplate === template),
        template,
      ).toBe(true);
    }
  });

  it('refuses an unknown certificate template', () => {
    const result = matterCatalogSchema.safeParse(mutate('CY-06-004', (matter) => (matter.certificateTemplate = 'marriage')));
    expect(result.success).toBe(false);
  });

  it('marks 即办件 as immediate', () => {
    for (const matter of matters) expect(matter.kind === '即办件', matter.code).toBe(matter.promisedLimit.unit === 'immediate');
  });
});

describe('action items', () => {
  it('lists all 39 items once, in order, across the 10 categories', () => {
    expect(items.map((item) => item.number)).toEqual(Array.from({ length: 39 }, (_, index) => index + 1));
    expect(new Set(items.map((item) => item.category))).toEqual(new Set(ACTION_CATEGORY_NAMES));
    for (const item of items) expect(item.category).toBe(categoryOfActionItem(item.number));
  });

  it('covers every item: matters in the catalog, or a reason why there are none', () => {
    const covered = new Set(matters.map((matter) => matter.actionItem));
    for (const item of items) {
      if (item.windowMatters === 'listed') expect(covered.has(item.number), `第${item.number}项标为 listed 但目录无事项`).toBe(true);
      else {
        expect(covered.has(item.number), `第${item.number}项有事项却标为 none`).toBe(false);
        expect(item.windowMatters.none.length).toBeGreaterThan(10);
      }
    }
  });

  it('names the matters the document itself names', () => {
    const names = matters.map((matter) => matter.name).join('\n');
    for (const word of [
      '驾驶证审验',
      '转入换证',
      '驾驶证补领',
      '新生儿入户',
      '身份证首次申领',
      '无犯罪记录证明',
      '户籍证明',
      '普通护照签发',
      '普通护照换发',
      '普通护照补发',
      '普通护照加注',
      '往来港澳通行证',
      '往来台湾通行证',
      '港澳旅游签注',
      '社会保障卡申领',
      '社会保障卡换领',
      '社会保障卡换发',
      '参保登记',
      '资格认证',
      '工伤认定',
      '失业保险关系转移',
      '参保证明',
      '就业登记',
      '失业登记',
      '职业指导',
      '职业介绍',
      '废旧金属收购',
      '开锁业',
      '保安服务公司设立许可',
      '保安培训单位备案',
      '设立分公司备案',
      '拍卖业务经营许可',
      '学籍',
      '教师资格证书',
      '异地就医备案',
      '门诊慢特病',
      '养老保险关系转移',
      '养老机构等级评定',
      '残疾人生活补贴',
      '重度残疾人护理补贴',
      '按摩培训',
      '残疾儿童康复救助',
      '缴存使用证明',
      '贷款还清证明',
      '租赁住房',
      '公共租赁住房',
      '灵活就业人员住房公积金',
      '处置不动产',
      '纳税信用补评',
      '纳税信用复评',
      '纳税信用修复',
      '纳税信用复核',
      '社会保险费缴纳',
    ]) {
      expect(names, word).toContain(word);
    }
  });

  it('refuses a list with a missing item or a wrong category', () => {
    const short = actionItemListSchema.safeParse(actionItemsJson.slice(0, 38));
    expect(short.success).toBe(false);
    const wrong = structuredClone(actionItemsJson) as { category: string }[];
    wrong[0]!.category = '畅游巴蜀';
    const result = actionItemListSchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('第1项应属“交通通信”类');
  });
});
