/**
 * GB/T 2260 division codes for Sichuan and Chongqing (seeds/divisions-sc-cq.csv: code, name,
 * level, parent). Parsing is here; each runtime loads the file its own way.
 */

export interface Division {
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county';
  parent: string;
}

export function parseDivisionCsv(text: string): Division[] {
  const rows = text.trim().split(/\r?\n/).slice(1);
  return rows.map((row) => {
    const [code = '', name = '', level = '', parent = ''] = row.split(',');
    if (!/^\d{6}$/.test(code) || !['province', 'prefecture', 'county'].includes(level)) {
      throw new Error(`区划代码数据格式错误：${row}`);
    }
    return { code, name, level: level as Division['level'], parent };
  });
}

/** "四川省成都市锦江区" from the chain of parents. */
export function divisionFullName(code: string, byCode: ReadonlyMap<string, Division>): string {
  const names: string[] = [];
  let current = byCode.get(code);
  while (current) {
    if (current.name !== '市辖区' && current.name !== '县') names.unshift(current.name);
    current = current.parent ? byCode.get(current.parent) : undefined;
  }
  return names.join('');
}
