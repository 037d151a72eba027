/**
 * A case's materials checklist as the window left it: each material of the matter's
 * catalog entry received (with form, copies and how many scans), 免提交 by data sharing, or
 * not received; then anything received that the catalog does not list (an item a 一次性告知
 * named by hand). Read by the case drawer on both sides and by the 材料接收清单.
 */
import type { CaseState } from './case-state';
import type { MaterialForm } from '../matter/material-forms';
import { powerOfAttorneyOf } from '../matter/application';
import type { MaterialSpec } from '../matter/matter';

export type ChecklistStatus = 'received' | 'waived' | 'missing';
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  received: '已收取',
  waived: '免提交（数据共享获取）',
  missing: '未收取',
};

export interface ChecklistRow {
  code: string;
  name: string;
  status: ChecklistStatus;
  /** From the catalog; false for materials the catalog does not list. */
  required: boolean;
  /** When the catalog asks for it only in some cases. */
  condition?: string;
  /** As received. */
  form?: MaterialForm;
  copies?: number;
  scans: number;
}

export function materialChecklist(
  catalog: readonly MaterialSpec[] | undefined,
  state: Pick<CaseState, 'materials' | 'waivedMaterials'>,
): ChecklistRow[] {
  const received = new Map(state.materials.map((material) => [material.code, material]));
  const waived = new Set((state.waivedMaterials ?? []).map((material) => material.code));
  const rowOf = (code: string, name: string, spec: MaterialSpec | undefined): ChecklistRow => {
    const got = received.get(code);
    const base = { code, name, required: spec?.required ?? false, ...(spec?.condition ? { condition: spec.condition } : {}) };
    if (got) return { ...base, status: 'received', form: got.form, copies: got.copies, scans: got.scans?.length ?? 0 };
    return { ...base, status: waived.has(code) ? 'waived' : 'missing', scans: 0 };
  };
  const listed = (catalog ?? []).map((spec) => rowOf(spec.code, spec.name, spec));
  const listedCodes = new Set(listed.map((row) => row.code));
  const others = [
    ...state.materials
      .filter((material) => !listedCodes.has(material.code))
      .map((material) => rowOf(material.code, material.name, undefined)),
    ...(state.waivedMaterials ?? [])
      .filter((material) => !listedCodes.has(material.code))
      .map((material) => rowOf(material.code, material.name, undefined)),
  ];
  return [...listed, ...others];
}

/**
 * The 授权委托书 of a case that needs one (a 代理人 applied, or a 法人's 经办人 acts on
 * authorisation): whether it was received. Undefined when the case needs none or the catalog
 * names none.
 */
export function powerOfAttorneyReceived(
  catalog: readonly MaterialSpec[] | undefined,
  state: Pick<CaseState, 'materials' | 'agent' | 'unit'>,
): boolean | undefined {
  const needed = state.agent !== undefined || state.unit?.handlerAuthorised === true;
  const attorney = catalog && powerOfAttorneyOf({ materials: catalog });
  if (!needed || !attorney) return undefined;
  return state.materials.some((material) => material.code === attorney.code);
}
