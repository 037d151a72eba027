/**
 * The table of materials still to hand in, shared by the 一次性告知书 and the 补正材料通知书:
 * its columns, and the density that keeps the notice on one page (normal while the list's
 * estimated lines fit the budget, dense above it).
 */
import type { ListColumn } from '../official/official-blocks';
import { rowLines } from '../official/official-fit';
import { OFFICIAL_CONTENT_WIDTH, OFFICIAL_DENSE, OFFICIAL_NORMAL, type OfficialDensity } from '../official/official-styles';

const INDEX_WIDTH = 22;
const NAME_WIDTH = 210;
/** Dense: a 40-character name on one 7.5 pt line, leaving about 16 characters for the requirement. */
const DENSE_NAME_WIDTH = 306;
/**
 * Estimated list lines (at the normal 9.5 pt) that still fit one page beside the rest of
 * the normal layout; measured by rendering (tests/pdf sweeps around it).
 */
const NORMAL_LIST_LINE_BUDGET = 8;

export function missingMaterialColumns(density: OfficialDensity, requirementHeader: string): ListColumn[] {
  return [
    { header: '序号', width: INDEX_WIDTH, align: 'center' },
    { header: '需补正的材料名称', width: density.dense ? DENSE_NAME_WIDTH : NAME_WIDTH },
    { header: requirementHeader, width: '*' },
  ];
}

export function missingMaterialDensity(materials: readonly { name: string; requirement: string }[]): OfficialDensity {
  const requirementWidth = OFFICIAL_CONTENT_WIDTH - INDEX_WIDTH - NAME_WIDTH - 14;
  const lines = materials.reduce(
    (sum, material) =>
      sum +
      rowLines(
        [
          { text: material.name, widthPt: NAME_WIDTH - 8 },
          { text: material.requirement, widthPt: requirementWidth },
        ],
        9.5,
      ),
    0,
  );
  return lines <= NORMAL_LIST_LINE_BUDGET ? OFFICIAL_NORMAL : OFFICIAL_DENSE;
}
