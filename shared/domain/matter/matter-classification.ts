/**
 * What kind of power a matter is (事项类型, as the national 政务服务事项基本目录 classifies
 * matters) and which law a window's acceptance documents cite for it. 行政许可法 §32 governs
 * the 受理 / 一次性告知 / 不予受理 of 行政许可 only; a notice on any other matter cites the
 * law or regulation that sets that matter (its 设定依据, `legalBasis` in the catalog).
 */
export const MATTER_TYPES = [
  '行政许可',
  '行政处罚',
  '行政征收',
  '行政给付',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
  '公共服务',
] as const;
export type MatterType = (typeof MATTER_TYPES)[number];

const PERMIT_LAW = '《中华人民共和国行政许可法》';

/** The provision a notice cites, by what it does and the matter's type. */
export type AcceptanceAct = 'notifyMissing' | 'permitNotRequired' | 'outsidePowers' | 'notCompliant';

const PERMIT_PROVISIONS: Record<AcceptanceAct, string> = {
  notifyMissing: `${PERMIT_LAW}第三十二条第一款第（四）项`,
  permitNotRequired: `${PERMIT_LAW}第三十二条第一款第（一）项`,
  outsidePowers: `${PERMIT_LAW}第三十二条第一款第（二）项`,
  notCompliant: `${PERMIT_LAW}第三十二条第一款`,
};

/**
 * The law a notice cites: 行政许可法 §32 for a 行政许可, otherwise the matter's own law
 * (e.g. 《住房公积金管理条例》). `legalBasis` is the catalog's 设定依据, one or more titles in 《》.
 */
export function acceptanceLawFor(matter: { matterType: MatterType; legalBasis: string }, act: AcceptanceAct): string {
  return matter.matterType === '行政许可' ? PERMIT_PROVISIONS[act] : matter.legalBasis;
}
