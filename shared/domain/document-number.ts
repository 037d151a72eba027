/**
 * 文书编号 for the documents a window hands out: 地区机关简称 + 类别 + 〔年份〕 + 第NNNNN号,
 * e.g. "锦江政务受〔2026〕第00012号" (domain-facts §3.4). Numbers are unique and sequential
 * per issuing hall, year and kind; a new year starts again at 1.
 *
 * Pure. The sequence itself is the hub's (one per hall, kind and year, so every window of a
 * hall draws from it): workstations lease blocks of it and issue from them offline
 * (hub/store/document-numbers.ts, renderer/data/issued-documents.repo.ts).
 */

/**
 * 类别 words, one or two characters so the number stays short on a title line:
 *   受   受理通知书 / 受理回执              (acceptance)
 *   告   一次性告知书 (补正材料通知)         (notice of missing materials)
 *   不受 不予受理通知书                     ("不" alone would read as any refusal)
 *   结   办结通知书 (准予 and 不予 alike)    (result notice)
 *   证   window-printed 证明 certificates   (all templates share one sequence)
 */
export const DOCUMENT_NUMBER_CATEGORIES = {
  accept: '受',
  notify: '告',
  refuse: '不受',
  result: '结',
  certificate: '证',
} as const;

export type DocumentNumberKind = keyof typeof DOCUMENT_NUMBER_CATEGORIES;

/** Five digits: a busy hall issues a few hundred of one kind a day, well under 99999 a year. */
export const MAX_DOCUMENT_SEQUENCE = 99_999;
const SEQUENCE_DIGITS = 5;

export interface DocumentNumberParts {
  /** 地区机关简称, e.g. "锦江政务" (锦江区政务服务中心) or "渝中政务". */
  issuerShortName: string;
  kind: DocumentNumberKind;
  year: number;
  sequence: number;
}

function assertParts({ issuerShortName, year, sequence }: DocumentNumberParts): void {
  if (!/^[\u3400-\u9fff]{2,8}$/.test(issuerShortName)) {
    throw new RangeError(`机关简称应为2至8个汉字：${issuerShortName}`);
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new RangeError(`文书年份无效：${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DOCUMENT_SEQUENCE) {
    throw new RangeError(`文书顺序号应为1至${MAX_DOCUMENT_SEQUENCE}的整数：${sequence}`);
  }
}

/** "锦江政务" + 受 + 2026 + 12 -> "锦江政务受〔2026〕第00012号". */
export function formatDocumentNumber(parts: DocumentNumberParts): string {
  assertParts(parts);
  const category = DOCUMENT_NUMBER_CATEGORIES[parts.kind];
  return `${parts.issuerShortName}${category}〔${parts.year}〕第${String(parts.sequence).padStart(SEQUENCE_DIGITS, '0')}号`;
}

const NUMBER_PATTERN = /^([\u3400-\u9fff]{2,8}?)(不受|受|告|结|证)〔(\d{4})〕第(\d{5})号$/;

/** The inverse of formatDocumentNumber, for look-ups and checks; undefined when not one of ours. */
export function parseDocumentNumber(text: string): DocumentNumberParts | undefined {
  const match = NUMBER_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return undefined;
  const category = match[2];
  const kind = (Object.keys(DOCUMENT_NUMBER_CATEGORIES) as DocumentNumberKind[]).find(
    (key) => DOCUMENT_NUMBER_CATEGORIES[key] === category,
  );
  if (!kind) return undefined;
  return { issuerShortName: match[1], kind, year: Number(match[3]), sequence: Number(match[4]) };
}
