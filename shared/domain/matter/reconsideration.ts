/**
 * Who hears a 行政复议 against a decision, by the level of the body that decided
 * (《中华人民共和国行政复议法》2023年修订, in force 2024-01-01, 第二十四条、第二十七条):
 *
 * - county:   a 县级 department, its 派出机构 (派出所) or a body it manages (经办机构) → the
 *             county-level people's government of the place (the 区/县人民政府);
 * - city:     a body of the 设区的市 (住房公积金管理中心) → that city's people's government
 *             (in 重庆, the municipality's);
 * - province: a 省级 department (厅/委/局) → 四川省人民政府 / 重庆市人民政府;
 * - tax:      税务 is led vertically → the next tax authority up (the city's 税务局 for a
 *             county one; a Chongqing district's goes to 国家税务总局重庆市税务局).
 *
 * The names are derived from the handling place; the handling window may enter the exact
 * names instead when it decides (the decided event carries them).
 */
import type { ProvinceCode } from '../region/provinces';

export const DECIDING_LEVELS = ['county', 'city', 'province', 'tax'] as const;
export type DecidingLevel = (typeof DECIDING_LEVELS)[number];

export interface HandlingPlaceNames {
  province: ProvinceCode;
  /** "成都市锦江区" / "重庆市渝中区": the county with its city, without the province. */
  county: string;
  /** "成都市" / "凉山彝族自治州"; for 重庆 "重庆市". */
  prefecture: string;
}

const PROVINCE_GOVERNMENTS: Record<ProvinceCode, string> = { '51': '四川省人民政府', '50': '重庆市人民政府' };

export function reconsiderationBodyFor(level: DecidingLevel, place: HandlingPlaceNames): string {
  switch (level) {
    case 'county':
      return `${place.county}人民政府`;
    case 'city':
      return place.province === '50' ? PROVINCE_GOVERNMENTS['50'] : `${place.prefecture}人民政府`;
    case 'province':
      return PROVINCE_GOVERNMENTS[place.province];
    case 'tax':
      return place.province === '50' ? '国家税务总局重庆市税务局' : `国家税务总局${place.prefecture}税务局`;
  }
}

/** The court named on a notice unless a hall configured its own: the law's own words. */
export const COURT_WITH_JURISDICTION = '有管辖权的人民法院';
