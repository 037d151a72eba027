/**
 * What a hall prints on its documents besides the workstation identity: the 地区机关简称 of
 * its 文书编号, the authority named under the seal, the 监督投诉电话, the remedy bodies of a
 * refusal, and an optional seal image. Set once per workstation in 设置.
 *
 * A 政务服务中心 is a venue, not an 行政机关: a notice is issued in the name of the body that
 * holds the power (the 进驻部门, or the 行政审批局 where one exists). So the defaults derived
 * from the hall's place leave the authority empty, and no notice prints until the hall names
 * its body (issuerProblem). The court defaults to the law's own words, 有管辖权的人民法院.
 *
 * It also holds the hall's own limits for its receiving part (推送, 寄递, 送达; receiving-limits.ts)
 * where the catalog sets none: optional and never defaulted.
 */
import { z } from 'zod';
import { hallReceivingDaysSchema } from './case/receiving-limits';
import { COURT_WITH_JURISDICTION } from './matter/reconsideration';

/** Names of venues rather than 行政机关. */
const VENUE_NAME = /政务服务(中心|大厅)|便民服务中心|行政服务中心/;
export const VENUE_AS_AUTHORITY_MESSAGE = '政务服务中心不是行政机关：请填写进驻部门或行政审批局的全称（与其印章一致）';
export const AUTHORITY_MISSING_MESSAGE = '尚未设置出具文书的行政机关：请先在“设置 → 文书设置”中填写进驻部门或行政审批局的全称';

/** A seal image as a PNG data URL; 300 KB keeps the PDF small and the settings file sane. */
export const MAX_SEAL_IMAGE_BYTES = 300 * 1024;

export const documentSettingsSchema = z.object({
  /** 地区机关简称 in 文书编号, e.g. "锦江政务" → 锦江政务受〔2026〕第00012号. */
  issuerShortName: z.string().regex(/^[\u3400-\u9fff]{2,8}$/, { message: '机关简称应为2至8个汉字' }),
  /** The authority as on its seal, e.g. "成都市锦江区政务服务管理和网络理政办公室". */
  authorityName: z.string().trim().min(2, { message: '请填写出具文书的机关名称' }).max(60),
  /** 监督投诉电话 printed on receipts and notices (12345 when the hall has no own line). */
  supervisionPhone: z
    .string()
    .trim()
    .regex(/^[0-9-]{3,20}$/, { message: '监督投诉电话格式不正确' }),
  /** 行政复议机关 named on refusals, normally the people's government at the same level. */
  reconsiderationBody: z.string().trim().min(2, { message: '请填写行政复议机关' }).max(60),
  /** The court named on refusals; 有管辖权的人民法院 unless the hall configures its own. */
  litigationCourt: z.string().trim().min(2, { message: '请填写管辖人民法院' }).max(60),
  /**
   * 补正期限 printed on a 一次性告知书, in working days from its receipt; absent: none printed.
   * No statute sets one, so it is the hall's own rule (and optional: added in v1.3 of the file).
   */
  supplementWorkingDays: z
    .number()
    .int()
    .min(1, { message: '补正期限至少1个工作日' })
    .max(60, { message: '补正期限不超过60个工作日' })
    .optional(),
  /**
   * The hall's progress-query page the receipt QR opens, followed by the sealed code
   * (receipt-verify-url.ts); absent: the workstation's hub's public page (/r/…).
   */
  progressQueryUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, { message: '查询网址应以 http:// 或 https:// 开头' })
    .max(200)
    .optional(),
  /** Optional seal image (PNG data URL with transparency), drawn over the seal area. */
  sealImage: z
    .string()
    .startsWith('data:image/png;base64,', { message: '印章图片应为 PNG 格式' })
    .max(Math.ceil((MAX_SEAL_IMAGE_BYTES * 4) / 3) + 32, { message: '印章图片不超过 300 KB' })
    .nullable(),
  /** Working days this hall allows itself for 推送 and 寄递 where the catalog sets none; absent: unset. */
  receivingDays: hallReceivingDaysSchema.optional(),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/**
 * What 设置 saves: the stored shape, refusing a venue as the authority. Stored files are read
 * with documentSettingsSchema, so settings saved before this rule still load (and print
 * nothing until corrected, see issuerProblem).
 */
export const documentSettingsInputSchema = documentSettingsSchema.superRefine((settings, ctx) => {
  if (VENUE_NAME.test(settings.authorityName))
    ctx.addIssue({ code: 'custom', path: ['authorityName'], message: VENUE_AS_AUTHORITY_MESSAGE });
});

/** Why notices cannot be issued with these settings, or undefined when they can. */
export function issuerProblem(settings: Pick<DocumentSettings, 'authorityName'>): string | undefined {
  const name = settings.authorityName.trim();
  if (name.length < 2) return AUTHORITY_MISSING_MESSAGE;
  return VENUE_NAME.test(name) ? VENUE_AS_AUTHORITY_MESSAGE : undefined;
}

/**
 * Defaults from the hall's place: "成都市锦江区" → 简称 "锦江政务", 复议 "成都市锦江区人民政府"
 * (the county government hears 复议 against its departments), court 有管辖权的人民法院, and
 * no authority: the hall must name its 行政机关 (see the module note). `placeName` is the
 * county's full name (divisionName); `_hallName` is kept for callers that pass it.
 */
export function defaultDocumentSettings(_hallName: string, placeName: string): DocumentSettings {
  // Seals and remedies name the place without the province: "成都市锦江区人民政府".
  const place = placeName.replace(/^四川省/, '');
  const county = place.split(/自治州|地区|市(?=.)/).pop() ?? place;
  const core = county.replace(/(?:[\u4e00-\u9fff]{1,2}族)*自治县$/, '').replace(/(新区|区|县|市)$/, '') || county;
  const shortName = `${core.slice(0, 4)}政务`;
  return {
    issuerShortName: /^[\u3400-\u9fff]{2,8}$/.test(shortName) ? shortName : '政务服务',
    authorityName: '',
    supervisionPhone: '12345',
    reconsiderationBody: `${place}人民政府`,
    litigationCourt: COURT_WITH_JURISDICTION,
    sealImage: null,
  };
}
