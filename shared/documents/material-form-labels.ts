/**
 * 原件/复印件 labels for printed material lists: the same text as MATERIAL_FORM_LABELS in
 * domain/matter.ts, and a unit test keeps the two equal. Document builders run in the PDF
 * worker, and importing matter.ts (which builds zod schemas at load time) would bundle zod
 * into it. If MATERIAL_FORM_LABELS moves to a zod-free module, import that and drop this.
 */
import type { MaterialSpec } from '../domain/matter';

export const PRINTED_MATERIAL_FORM_LABELS = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
} as const satisfies Record<MaterialSpec['form'], string>;
