/**
 * Short names clerks and applicants actually say for long official terms. The catalog uses
 * one form (社会保障卡); people type the other (社保卡, "sbk"). At index time a matter whose
 * name holds the official form gets a variant named with the short form, and that variant is
 * searched like the name itself (text, initials, full pinyin). Pairs marked `bothWays` also
 * expand a short form found in a name, for catalogs that use the short form; generic short
 * forms (社保, 医保) are one-way because they occur inside other words (社保卡).
 *
 * Adding a pair? Check its variants of the seed catalog in tests/unit/catalog-search.test.ts.
 */
interface AliasPair {
  official: string;
  short: string;
  bothWays: boolean;
}

export const ALIAS_PAIRS: readonly AliasPair[] = [
  { official: '社会保障卡', short: '社保卡', bothWays: true },
  { official: '住房公积金', short: '公积金', bothWays: true },
  { official: '居民身份证', short: '身份证', bothWays: false },
  { official: '居民户口簿', short: '户口本', bothWays: true },
  { official: '机动车驾驶证', short: '驾照', bothWays: true },
  { official: '机动车驾驶证', short: '驾驶证', bothWays: false },
  { official: '无犯罪记录证明', short: '无犯罪证明', bothWays: true },
  { official: '往来港澳通行证', short: '港澳通行证', bothWays: false },
  { official: '失业保险金', short: '失业金', bothWays: true },
  { official: '社会保险', short: '社保', bothWays: false },
  { official: '基本医疗保险', short: '医保', bothWays: false },
  { official: '医疗保险', short: '医保', bothWays: false },
  { official: '不动产登记', short: '房产登记', bothWays: false },
];

/** The name's alias variants (never the name itself), each at most once. */
export function aliasVariants(name: string): string[] {
  const variants = new Set<string>();
  for (const { official, short, bothWays } of ALIAS_PAIRS) {
    if (name.includes(official)) variants.add(name.replaceAll(official, short));
    else if (bothWays && name.includes(short)) variants.add(name.replaceAll(short, official));
  }
  variants.delete(name);
  return [...variants];
}
