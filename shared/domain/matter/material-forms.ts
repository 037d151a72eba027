/**
 * How a material is handed in (原件/复印件). Zod-free on purpose: the PDF worker imports
 * these labels, and pulling zod into its bundle would cost ~90 KB for nothing.
 */
export const MATERIAL_FORMS = ['original', 'copy', 'original-and-copy'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
};

/** The standard a material must meet, as notices print it: "原件1份". */
export function materialRequirement(material: { form: MaterialForm; copies: number }): string {
  return `${MATERIAL_FORM_LABELS[material.form]}${material.copies}份`;
}
