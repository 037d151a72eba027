/**
 * What a hall prints on its documents besides the workstation identity: the 地区机关简称 of
 * its 文书编号, the authority named under the seal, the 监督投诉电话, the remedy bodies of a
 * refusal, and an optional seal image. Set once per workstation in 设置; until then the
 * defaults are derived from the hall's place so the first notice can be printed.
 */
import { z } from 'zod';

/** A seal image as a PNG data URL; 300 KB keeps the PDF small and the settings file sane. */
export const MAX_SEAL_IMAGE_BYTES = 300 * 1024;

export const documentSettingsSchema = z.object({
  /** 地区机关简称 in 文书编号, e.g. "锦江政务" → 锦江政务受〔2026〕第00012号. */
  issuerShortName: z.string().regex(/^[\u3400-\u9fff]{2,8}$/, { message: '机关简称应为2至8个汉字' }),
  /** The authority as on its seal, e.g. "成都市锦江区政务服务管理和网络理政办公室". */
  authorityName: z.string().trim().min(2, { message: '请填写出具文书的机关名称' }).max(60),
  /** 监督投诉电话 printed on receipts and notices (12345 when the hall has no own line). */
  supervisionPhone: z.string().trim().regex(/^[0-9-]{3,20}$/, { message: '监督投诉电话格式不正确' }),
  /** 行政复议机关 named on refusals, normally the people's government at the same level. */
  reconsiderationBody: z.string().trim().min(2, { message: '请填写行政复议机关' }).max(60),
  /** The court with jurisdiction named on refusals. */
  litigationCourt: z.string().trim().min(2, { message: '请填写管辖人民法院' }).max(60),
  /** Optional seal image (PNG data URL with transparency), drawn over the seal area. */
  sealImage: z
    .string()
    .startsWith('data:image/png;base64,', { message: '印章图片应为 PNG 格式' })
    .max(Math.ceil((MAX_SEAL_IMAGE_BYTES * 4) / 3) + 32, { message: '印章图片不超过 300 KB' })
    .nullable(),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/**
 * Defaults from the hall's place: "成都市锦江区" → 简称 "锦江政务", 复议 "成都市锦江区人民政府",
 * court "成都市锦江区人民法院". `placeName` is the county's full name (divisionName).
 */
export function defaultDocumentSettings(hallName: string, placeName: string): DocumentSettings {
  // Seals and remedies name the place without the province: "成都市锦江区人民政府".
  const place = placeName.replace(/^四川省/, '');
  const county = place.split(/自治州|地区|市(?=.)/).pop() ?? place;
  const core = county.replace(/(?:[\u4e00-\u9fff]{1,2}族)*自治县$/, '').replace(/(新区|区|县|市)$/, '') || county;
  const shortName = `${core.slice(0, 4)}政务`;
  return {
    issuerShortName: /^[\u3400-\u9fff]{2,8}$/.test(shortName) ? shortName : '政务服务',
    authorityName: hallName,
    supervisionPhone: '12345',
    reconsiderationBody: `${place}人民政府`,
    litigationCourt: `${place}人民法院`,
    sealImage: null,
  };
}
