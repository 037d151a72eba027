/** The two provinces of 川渝通办, keyed by their GB/T 2260 two-digit prefix. */
export const PROVINCES = {
  '51': { code: '51', name: '四川省', short: '川' },
  '50': { code: '50', name: '重庆市', short: '渝' },
} as const;

export type ProvinceCode = keyof typeof PROVINCES;
export const PROVINCE_CODES = Object.keys(PROVINCES) as ProvinceCode[];

export function provinceName(code: ProvinceCode): string {
  return PROVINCES[code].name;
}

export function otherProvince(code: ProvinceCode): ProvinceCode {
  return code === '51' ? '50' : '51';
}
