/**
 * 统一社会信用代码 (GB 32100-2015): 登记管理部门 + 机构类别 + 6-digit 区划码 + 9-character
 * 组织机构代码 (GB 11714, with its own check character) + a MOD 31 check character.
 * Both checks are applied so a typo inside the organisation code is caught too.
 */
import type { ValidationResult } from './validation-result';

/** The 31 symbols of GB 32100 (no I, O, S, V, Z); a symbol's index is its value. */
export const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * GB 32100-2015 表1 with its later additions (A 中央军委改革和编制办公室, N 农业): the 机构类别
 * each 登记管理部门 issues. Source (third-party transcription of the table):
 * http://ddrv.cn/?p=726373 and https://blog.csdn.net/lh1424573495/article/details/108776492.
 * A pair outside it is only warned about: a code issued under a newer revision must not be refused.
 */
const INSTITUTION_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直管群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

export const UNUSUAL_CATEGORY_WARNING = '登记管理部门代码与机构类别代码的组合不在 GB 32100 表1 中，请与证照核对';

/** Whether the first two characters are a 登记管理部门/机构类别 pair of GB 32100 表1. */
export function isKnownUsccCategory(value: string): boolean {
  return INSTITUTION_CATEGORIES[value.charAt(0)]?.includes(value.charAt(1)) ?? false;
}
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The GB 32100 check character of the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_SYMBOLS.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_SYMBOLS.charAt((31 - (sum % 31)) % 31);
}

/** The GB 11714 check character of an organisation code's first 8 characters. */
export function orgCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += BASE36.indexOf(first8.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function parseUscc(raw: string): ValidationResult {
  const value = raw.trim().toUpperCase();
  if (!USCC_SHAPE.test(value)) {
    return { ok: false, message: '统一社会信用代码应为18位，第3–8位为数字，不含字母I、O、S、V、Z' };
  }
  if (orgCodeCheckCharacter(value.slice(8, 16)) !== value.charAt(16)) {
    return { ok: false, message: '统一社会信用代码中的组织机构代码校验位不正确，请核对' };
  }
  if (usccCheckCharacter(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, message: '统一社会信用代码校验位不正确，请核对' };
  }
  return isKnownUsccCategory(value) ? { ok: true, value } : { ok: true, value, warnings: [UNUSUAL_CATEGORY_WARNING] };
}
