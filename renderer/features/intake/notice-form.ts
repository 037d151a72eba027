/**
 * The 一次性告知 form: every missing material at once, each with the standard it must meet
 * (行政许可法 §32(1)(4)), and why. Pre-filled with the matter's required materials the clerk
 * did not tick, so the usual notice is one click.
 */
import { materialRequirement } from '../../../shared/domain/matter/material-forms';
import type { Matter } from '../../../shared/domain/matter/matter';
import type { Notice } from './accept-intake';

export const DEFAULT_NOTICE_REASON = '申请材料不齐全、不符合法定形式，请按本告知书所列内容一次性补正后提交';

/** The required materials not received, in catalog order. */
export function noticeDefaults(matter: Matter, receivedCodes: readonly string[]): Notice {
  const missing = matter.materials
    .filter((material) => material.required && !receivedCodes.includes(material.code))
    .map((material) => ({ code: material.code, name: material.name, requirement: materialRequirement(material) }));
  return { missing, reason: DEFAULT_NOTICE_REASON };
}

/** Materials the clerk may add to the notice: the rest of the catalog list not yet on it or received. */
export function addableMaterials(matter: Matter, receivedCodes: readonly string[], listedCodes: readonly (string | undefined)[]) {
  return matter.materials.filter((material) => !receivedCodes.includes(material.code) && !listedCodes.includes(material.code));
}
