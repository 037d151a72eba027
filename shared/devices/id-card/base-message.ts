/**
 * The 256-byte 机读文字信息 (base message) of a 居民身份证, as SDT_ReadBaseMsg returns it:
 * fixed-width UCS-2LE fields padded with spaces (U+0020), in this order and these sizes:
 *
 *   姓名 30 | 性别代码 2 | 民族代码 4 | 出生日期 16 (YYYYMMDD) | 住址 70 | 公民身份号码 36 |
 *   签发机关 30 | 有效期起始日期 16 | 有效期截止日期 16 (YYYYMMDD or 长期) | 预留 36
 *
 * Sources checked: the GA/T 490 table of the card's machine-readable files
 * (https://wiki.nfc.im/books/智能卡手册/page/二代居民身份证: sizes, order, the GB/T 2261.1 and
 * GB/T 3304 codes), and a byte dump of a real read with the same offsets
 * (http://www.chinasem.cn/article/392748). The reserve is not all spare: foreign permanent
 * residents' cards mark their different layout with "I" at byte 248 (and 港澳台居民居住证 with
 * "J"); those are refused here rather than misread as a 居民身份证.
 */
import { ethnicGroupName } from './ethnic-codes';
import { idCardSchema, type IdCard } from './id-card';
import { sexName } from './sex-codes';

export const BASE_MESSAGE_BYTES = 256;

/** [field, byte width] in message order; offsets follow from the widths. */
export const BASE_MESSAGE_LAYOUT = [
  ['name', 30],
  ['sexCode', 2],
  ['ethnicityCode', 4],
  ['birthDate', 16],
  ['address', 70],
  ['idNumber', 36],
  ['issuer', 30],
  ['validFrom', 16],
  ['validTo', 16],
  ['reserve', 36],
] as const;

type LayoutField = (typeof BASE_MESSAGE_LAYOUT)[number][0];

const CARD_TYPE_OFFSET = 248;
const OTHER_CARD_TYPES: Readonly<Record<string, string>> = { I: '外国人永久居留身份证', J: '港澳台居民居住证' };
export const LONG_TERM_VALIDITY = '长期';

export type BaseMessageError =
  | { kind: 'bad-length'; message: string }
  | { kind: 'other-card-type'; message: string }
  | { kind: 'bad-field'; field: LayoutField; message: string };
export type BaseMessageResult = { ok: true; card: IdCard } | { ok: false; error: BaseMessageError };

/** UCS-2LE bytes -> text, without the space and NUL padding. */
export function decodeUcs2Field(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    units.push((bytes[index] ?? 0) | ((bytes[index + 1] ?? 0) << 8));
  }
  // Readers pad with spaces; some leave NULs after the text instead.
  const isPadding = (unit: number | undefined) => unit === 0x20 || unit === 0x00;
  while (units.length > 0 && isPadding(units[units.length - 1])) units.pop();
  while (units.length > 0 && units[0] === 0x20) units.shift();
  return String.fromCharCode(...units);
}

function splitFields(bytes: Uint8Array): Record<LayoutField, string> {
  const fields = {} as Record<LayoutField, string>;
  let offset = 0;
  for (const [field, width] of BASE_MESSAGE_LAYOUT) {
    fields[field] = decodeUcs2Field(bytes.subarray(offset, offset + width));
    offset += width;
  }
  return fields;
}

/** "20300101" -> "2030-01-01", or null when it is not a real calendar day. */
function cardDate(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function parseBaseMessage(bytes: Uint8Array): BaseMessageResult {
  if (bytes.length !== BASE_MESSAGE_BYTES) {
    return { ok: false, error: { kind: 'bad-length', message: `身份证文字信息应为${BASE_MESSAGE_BYTES}字节，读到${bytes.length}字节` } };
  }
  const cardType = decodeUcs2Field(bytes.subarray(CARD_TYPE_OFFSET, CARD_TYPE_OFFSET + 2));
  const otherType = OTHER_CARD_TYPES[cardType];
  if (otherType) return { ok: false, error: { kind: 'other-card-type', message: `这是${otherType}，不是居民身份证，请手工录入` } };

  const raw = splitFields(bytes);
  const bad = (field: LayoutField, message: string): BaseMessageResult => ({ ok: false, error: { kind: 'bad-field', field, message } });
  const sex = sexName(raw.sexCode);
  if (!sex) return bad('sexCode', `性别代码无法识别：${raw.sexCode}`);
  const ethnicity = ethnicGroupName(raw.ethnicityCode);
  if (!ethnicity) return bad('ethnicityCode', `民族代码无法识别：${raw.ethnicityCode}`);
  const birthDate = cardDate(raw.birthDate);
  if (!birthDate) return bad('birthDate', `出生日期无法识别：${raw.birthDate}`);
  const validFrom = cardDate(raw.validFrom);
  if (!validFrom) return bad('validFrom', `有效期起始日期无法识别：${raw.validFrom}`);
  let validTo: string | null = null;
  if (raw.validTo !== LONG_TERM_VALIDITY) {
    validTo = cardDate(raw.validTo);
    if (!validTo) return bad('validTo', `有效期截止日期无法识别：${raw.validTo}`);
  }

  const parsed = idCardSchema.safeParse({
    name: raw.name,
    sexCode: raw.sexCode,
    sex,
    ethnicityCode: raw.ethnicityCode,
    ethnicity,
    birthDate,
    address: raw.address,
    idNumber: raw.idNumber.toUpperCase(),
    issuer: raw.issuer,
    validFrom,
    validTo,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path[0] ?? 'name') as LayoutField;
    return bad(field, `身份证字段“${FIELD_LABELS[field]}”无法识别`);
  }
  return { ok: true, card: parsed.data };
}

const FIELD_LABELS: Readonly<Record<LayoutField, string>> = {
  name: '姓名',
  sexCode: '性别',
  ethnicityCode: '民族',
  birthDate: '出生日期',
  address: '住址',
  idNumber: '公民身份号码',
  issuer: '签发机关',
  validFrom: '有效期起始日期',
  validTo: '有效期截止日期',
  reserve: '预留区',
};
