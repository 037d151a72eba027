/**
 * The matter finder as a clerk uses it: initials, full pinyin, Chinese words, codes and
 * departments, ranked by how the query matched, then by this window's usage, then by code.
 * A small fixture catalog keeps these stable while seeds/matters.json grows; two checks at
 * the end run against the real seed file.
 */
import { describe, expect, it } from 'vitest';
import seedMatters from '../../seeds/matters.json';
import { aliasVariants } from '../../shared/catalog-search/aliases';
import { buildCatalogIndex, type SearchableMatter } from '../../shared/catalog-search/catalog-index';
import { pinyinReadings } from '../../shared/catalog-search/pinyin-readings';
import { usageScores } from '../../shared/catalog-search/usage';

const POLICE = { '51': '四川省公安厅（户籍地公安派出所）', '50': '重庆市公安局（户籍地公安派出所）' };
const HRSS = { '51': '四川省人力资源和社会保障厅', '50': '重庆市人力资源和社会保障局' };

function matter(code: string, name: string, category: string, departments = POLICE): SearchableMatter {
  return { code, name, category, actionItem: Number(code.slice(3, 5)), departments, modes: ['异地代收代办'] };
}

const catalog = [
  matter('CY-09-001', '社会保障卡申领', '就业社保', HRSS),
  matter('CY-09-002', '社会保障卡补换', '就业社保', HRSS),
  matter('CY-09-003', '失业登记', '就业社保', HRSS),
  matter('CY-06-003', '无犯罪记录证明开具（异地代收代办）', '户籍出入境管理'),
  matter('CY-06-002', '居民身份证首次申领（异地代收代办）', '户籍出入境管理'),
  matter('CY-28-001', '住房公积金异地贷款职工缴存使用证明出具', '住房保障', {
    '51': '四川省各市（州）住房公积金管理中心',
    '50': '重庆市住房公积金管理中心',
  }),
  matter('CY-36-001', '银行信用报告打印', '信用评估', { '51': '中国人民银行四川省分行', '50': '中国人民银行重庆市分行' }),
  matter('CY-01-001', '重庆市机动车驾驶证补领', '交通通信', { '51': '四川省公安厅交通警察总队', '50': '重庆市公安局交通管理局' }),
];
const index = buildCatalogIndex(catalog);
const codes = (query: string, options?: Parameters<typeof index.search>[1]) => index.search(query, options).map((hit) => hit.matter.code);
const kindOf = (query: string, code: string) => index.search(query).find((hit) => hit.matter.code === code)?.kind ?? null;

describe('pinyin initials', () => {
  it('"sbk" finds both 社会保障卡 matters through the 社保卡 alias', () => {
    expect(codes('sbk')).toEqual(['CY-09-001', 'CY-09-002']);
    expect(kindOf('sbk', 'CY-09-001')).toBe('initials-prefix');
  });

  it('initials of the official name work too, one letter per character', () => {
    expect(codes('shbzk')).toEqual(['CY-09-001', 'CY-09-002']);
    expect(codes('shbzksl')).toEqual(['CY-09-001']);
    expect(codes('sbkbh')).toEqual(['CY-09-002']);
    expect(codes('sbzk')).toEqual([]);
  });

  it('"gjj" finds 住房公积金… and "sfz" finds 居民身份证…', () => {
    expect(codes('gjj')).toEqual(['CY-28-001']);
    expect(codes('sfz')[0]).toBe('CY-06-002');
    expect(codes('jmsfz')).toEqual(['CY-06-002']);
  });
});

describe('full pinyin', () => {
  it('finds a name typed in full, with or without spaces, while the last syllable is typed', () => {
    expect(codes('wufanzuijilu')).toEqual(['CY-06-003']);
    expect(kindOf('wufanzuijilu', 'CY-06-003')).toBe('pinyin-prefix');
    expect(codes('wufanz')).toEqual(['CY-06-003']);
    expect(codes('shehuibaozhangka')).toEqual(['CY-09-001', 'CY-09-002']);
    expect(codes('shehui baozhang ka')).toEqual(['CY-09-001', 'CY-09-002']);
    expect(codes('shebaoka')).toEqual(['CY-09-001', 'CY-09-002']);
  });

  it('reads polyphonic characters in context first and still accepts the other readings', () => {
    expect(pinyinReadings('重庆')[0]?.syllables[0]).toBe('chong');
    expect(pinyinReadings('银行')[1]?.syllables[0]).toBe('hang');
    expect(codes('chongqing')).toContain('CY-01-001');
    expect(codes('cqs')).toEqual(['CY-01-001']);
    expect(codes('yinhang')).toEqual(['CY-36-001']);
    expect(codes('yhxy')).toEqual(['CY-36-001']);
  });
});

describe('Chinese keywords', () => {
  it('matches substrings, and every space-separated term must match', () => {
    expect(codes('首次申领')).toEqual(['CY-06-002']);
    expect(kindOf('首次申领', 'CY-06-002')).toBe('name-substring');
    expect(codes('异地 证明').sort()).toEqual(['CY-06-003', 'CY-28-001']);
    expect(codes('无犯罪 异地')).toEqual(['CY-06-003']);
    expect(codes('无犯罪 护照')).toEqual([]);
  });
});

describe('codes', () => {
  it('an exact code comes first, case-insensitive, full-width or without dashes', () => {
    expect(codes('CY-06-003')).toEqual(['CY-06-003']);
    expect(kindOf('cy-06-003', 'CY-06-003')).toBe('code-exact');
    expect(kindOf('ＣＹ－０６－００３', 'CY-06-003')).toBe('code-exact');
    expect(kindOf('cy06003', 'CY-06-003')).toBe('code-exact');
  });

  it('a code prefix lists the matters of that action item, with or without CY-', () => {
    expect(codes('CY-0')).toEqual(['CY-01-001', 'CY-06-002', 'CY-06-003', 'CY-09-001', 'CY-09-002', 'CY-09-003']);
    expect(codes('cy-06')).toEqual(['CY-06-002', 'CY-06-003']);
    expect(codes('06-00')).toEqual(['CY-06-002', 'CY-06-003']);
  });
});

describe('departments and categories', () => {
  it('finds matters by the department of either province, after name matches', () => {
    expect(codes('交通管理局')).toEqual(['CY-01-001']);
    expect(kindOf('公安厅', 'CY-06-003')).toBe('department');
    expect(codes('社会保障')).toEqual(['CY-09-001', 'CY-09-002', 'CY-09-003']);
    expect(kindOf('社会保障', 'CY-09-003')).toBe('department');
  });

  it('browses one category, and lists categories in the action plan order', () => {
    expect(codes('', { category: '就业社保' })).toEqual(['CY-09-001', 'CY-09-002', 'CY-09-003']);
    expect(codes('sbk', { category: '户籍出入境管理' })).toEqual([]);
    expect(index.categories).toEqual(['交通通信', '户籍出入境管理', '就业社保', '住房保障', '信用评估']);
  });
});

describe('ranking', () => {
  // Codes run against the expected order, so a sort by code alone fails these.
  const ranked = buildCatalogIndex([
    matter('CY-25-001', '就业登记', '养老助残', { '51': '四川省社保中心', '50': '重庆市社保中心' }),
    matter('CY-25-002', '异地社保转移', '养老助残', HRSS),
    matter('CY-25-003', '社保卡挂失', '养老助残', HRSS),
    matter('CY-25-004', '公安备案', '养老助残', HRSS),
    matter('CY-25-005', '安宁疗护登记', '养老助残', HRSS),
    matter('CY-25-006', '居住证签注换证', '养老助残', HRSS),
    matter('CY-25-007', '普通护照签发', '养老助残', HRSS),
  ]);
  const order = (query: string) => ranked.search(query).map((hit) => `${hit.matter.name}:${hit.kind ?? ''}`);

  it('name prefix > name substring > department > category', () => {
    expect(order('社保')).toEqual(['社保卡挂失:name-prefix', '异地社保转移:name-substring', '就业登记:department']);
    expect(order('养老')[0]).toBe('就业登记:category');
  });

  it('initials > full pinyin, and a match at the start of the name first', () => {
    expect(order('sb')).toEqual(['社保卡挂失:initials-prefix', '异地社保转移:initials']);
    expect(order('an')).toEqual(['安宁疗护登记:initials-prefix', '公安备案:pinyin']);
    expect(order('shebao')).toEqual(['社保卡挂失:pinyin-prefix', '异地社保转移:pinyin']);
  });

  it('within a kind, a match nearer the start of the name comes first', () => {
    expect(order('hz')).toEqual(['普通护照签发:initials', '居住证签注换证:initials']);
  });
});

describe('usage', () => {
  const now = Date.UTC(2026, 10, 29, 9);
  const day = 24 * 60 * 60 * 1000;

  it('breaks ties between equally good matches by this window’s usage', () => {
    const usage = usageScores([{ code: 'CY-09-002', count: 3, lastUsedAt: now - day }], now);
    expect(codes('sbk', { usage })).toEqual(['CY-09-002', 'CY-09-001']);
    // Usage never lifts a weaker match above a stronger one.
    expect(codes('社会保障', { usage: usageScores([{ code: 'CY-09-003', count: 50, lastUsedAt: now }], now) })[2]).toBe('CY-09-003');
  });

  it('fades: a matter used often months ago yields to one used today', () => {
    const usage = usageScores(
      [
        { code: 'CY-09-001', count: 20, lastUsedAt: now - 120 * day },
        { code: 'CY-09-002', count: 2, lastUsedAt: now },
      ],
      now,
    );
    expect(codes('sbk', { usage })).toEqual(['CY-09-002', 'CY-09-001']);
  });

  it('an empty query lists the used matters first, most used first, then the rest by code', () => {
    const usage = usageScores(
      [
        { code: 'CY-28-001', count: 1, lastUsedAt: now },
        { code: 'CY-06-003', count: 5, lastUsedAt: now },
      ],
      now,
    );
    const all = codes('', { usage });
    expect(all.slice(0, 3)).toEqual(['CY-06-003', 'CY-28-001', 'CY-01-001']);
    expect(all).toHaveLength(catalog.length);
    expect(codes('   ')).toEqual([...catalog.map((m) => m.code)].sort());
  });
});

describe('aliases', () => {
  it('derive short names from official ones and back, never the name itself', () => {
    expect(aliasVariants('社会保障卡申领')).toEqual(['社保卡申领']);
    expect(aliasVariants('社保卡补领')).toEqual(['社会保障卡补领']);
    expect(aliasVariants('户籍证明开具')).toEqual([]);
  });
});

describe('the seed catalog', () => {
  const seeds = buildCatalogIndex(seedMatters as SearchableMatter[]);

  it('"sbk" finds 社会保障卡申领 and "wufanzuijilu" finds 无犯罪记录证明开具', () => {
    expect(seeds.search('sbk').map((hit) => hit.matter.name)).toContain('社会保障卡申领');
    expect(seeds.search('wufanzuijilu')[0]?.matter.name).toMatch(/^无犯罪记录证明开具/);
  });
});
