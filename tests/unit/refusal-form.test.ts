/** The 不予受理 form's schema: the event's own rules, with messages under the right fields. */
import { describe, expect, it } from 'vitest';
import { refusedPayloadSchema } from '../../shared/domain/case/case-events';
import { refusalFormSchema } from '../../renderer/features/refusal/refusal-form';

const FILLED = {
  ground: 'outsidePowers',
  reason: '申请人户籍不在川渝地区',
  legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  competentAuthority: '',
  reconsiderationBody: '成都市锦江区人民政府',
  litigationCourt: '成都市锦江区人民法院',
} as const;

describe('refusalFormSchema', () => {
  it('asks for the competent authority when outside our powers, in Chinese, even after the event schema was used', () => {
    // The event schema's refine once rewrote a shared params object and lost this message.
    refusedPayloadSchema.safeParse({});
    const result = refusalFormSchema.safeParse(FILLED);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['competentAuthority'], message: '不属于本机关职权范围的，应告知申请人向有关行政机关申请' }),
    ]);
  });

  it('turns a complete form into the refusal payload with the statutory remedy periods', () => {
    const result = refusalFormSchema.parse({ ...FILLED, competentAuthority: '广东省饶平县公安局' });
    expect(result).toMatchObject({
      ground: 'outsidePowers',
      competentAuthority: '广东省饶平县公安局',
      remedies: { reconsiderationDays: 60, litigationMonths: 6 },
    });
  });

  it('reports an empty reason and remedy body on their own fields', () => {
    const result = refusalFormSchema.safeParse({ ...FILLED, ground: 'notCompliant', reason: ' ', reconsiderationBody: '' });
    const byField = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(byField).toEqual({ reason: '请填写不予受理的理由', reconsiderationBody: '请填写行政复议机关' });
  });
});
