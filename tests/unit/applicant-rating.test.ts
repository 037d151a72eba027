import { describe, expect, it } from 'vitest';
import holidays from '../../seeds/holidays-cn.json';
import { applicantRatedPayload, applicantRatingSchema } from '../../shared/domain/case/applicant-rating';
import { ratedPayloadSchema } from '../../shared/domain/case/case-event-payloads';
import { createHolidayCalendar, holidayCalendarSchema } from '../../shared/domain/calendar/working-days';

const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));

describe('好差评 by the applicant', () => {
  it('has no default level and asks a 差评 what it was unhappy with, in Chinese', () => {
    expect(applicantRatingSchema.safeParse({}).error?.issues[0]?.message).toBe('请选择评价等级');
    expect(applicantRatingSchema.safeParse({ level: '不满意' }).error?.issues[0]?.message).toBe('请选择您不满意的方面');
    expect(applicantRatingSchema.safeParse({ level: '满意' }).success).toBe(true);
  });

  it('seals a good rating without reasons or a follow-up', () => {
    const payload = applicantRatedPayload(applicantRatingSchema.parse({ level: '非常满意', comment: ' 很快 ' }), '2026-12-07', calendar);
    expect(payload).toEqual({ level: '非常满意', source: 'applicant', comment: '很快' });
    expect(ratedPayloadSchema.parse(payload)).toEqual(payload);
  });

  it('gives a 差评 its reasons and a 回访/整改 deadline 15 working days on, past the Spring Festival', () => {
    const payload = applicantRatedPayload(
      applicantRatingSchema.parse({ level: '非常不满意', reasons: ['服务效率', '服务态度'] }),
      '2026-02-13',
      calendar,
    );
    expect(payload).toEqual({
      level: '非常不满意',
      source: 'applicant',
      reasons: ['服务效率', '服务态度'],
      followUpDue: expect.any(String),
    });
    // Make-up workdays 02-14 and 02-28 count, the holiday 02-15…02-23 does not: the 15th working day is 03-12.
    expect(payload.followUpDue).toBe('2026-03-12');
    expect(ratedPayloadSchema.parse(payload)).toEqual(payload);
  });
});
