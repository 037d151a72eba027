/**
 * 补正: the materials a 一次性告知 (or the handling side's 补正 request) listed, as received materials. A listed item from the
 * matter's catalog keeps its code, form and copies; an item the clerk wrote by hand is
 * recorded as one original under a code of its own.
 */
import type { ReceivedMaterial, ScanReference } from '../../../../shared/domain/matter/application';
import type { MissingMaterial } from '../../../../shared/domain/case/case-event-payloads';
import type { Matter } from '../../../../shared/domain/matter/matter';

export function suppliedMaterials(
  missing: readonly MissingMaterial[],
  matter: Matter | undefined,
  codePrefix = 'NOTICE',
): ReceivedMaterial[] {
  return missing.map((item, index) => {
    const spec = matter?.materials.find((material) => material.code === item.code);
    return spec
      ? { code: spec.code, name: spec.name, form: spec.form, copies: spec.copies }
      : { code: item.code ?? `${codePrefix}-${index + 1}`, name: item.name, form: 'original', copies: 1 };
  });
}

/** Each material with the case's scans of it, so the handling side can fetch what came in. */
export function withScans(
  materials: readonly ReceivedMaterial[],
  scans: Readonly<Record<string, readonly ScanReference[]>>,
): ReceivedMaterial[] {
  return materials.map((material) => {
    const taken = scans[material.code];
    return taken?.length ? { ...material, scans: [...taken] } : material;
  });
}
