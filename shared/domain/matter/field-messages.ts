/** The Chinese messages of the form engine, in one place so they read alike. */
import type { FieldKind } from './form-fields';

const CHOSEN_KINDS: ReadonlySet<FieldKind> = new Set(['select', 'region', 'date', 'year']);

export function requiredMessage(kind: FieldKind | 'group', label: string): string {
  if (kind === 'checkbox') return `请勾选${label}`;
  if (kind === 'group') return `请添加${label}`;
  return CHOSEN_KINDS.has(kind) ? `请选择${label}` : `请填写${label}`;
}

export const tooLongMessage = (label: string, max: number) => `${label}不超过${max}字`;
export const notAnOptionMessage = (label: string) => `请从选项中选择${label}`;
export const invalidDateMessage = (label: string) => `${label}应为有效日期（年-月-日）`;
export const futureDateMessage = (label: string) => `${label}不能晚于今天`;
export const regionOutsideMessage = (label: string, provinceNames: string) => `${label}应为${provinceNames}的区县`;
export const tooFewItemsMessage = (label: string, min: number) => `${label}至少填写${min}项`;
export const tooManyItemsMessage = (label: string, max: number) => `${label}最多填写${max}项`;
export const wrongTypeMessage = (label: string) => `${label}的值格式不正确`;
