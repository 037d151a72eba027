/**
 * 好差评 by the applicant on the counter's rating screen: what the screen sends to the clerk's
 * window (no default level; a 差评 names what it was unhappy with), and the `rated` payload the
 * clerk's workstation seals from it, with the 回访/整改 deadline a 差评 starts.
 */
import { z } from 'zod';
import {
  BAD_REVIEW_FOLLOW_UP_WORKING_DAYS,
  BAD_REVIEW_REASONS,
  isBadReview,
  RATING_LEVELS,
  type RatedPayload,
} from './case-event-payloads';
import { addWorkingDays, type HolidayCalendar } from '../calendar/working-days';

export const applicantRatingSchema = z
  .object({
    level: z.enum(RATING_LEVELS, { message: '请选择评价等级' }),
    reasons: z.array(z.enum(BAD_REVIEW_REASONS)).max(BAD_REVIEW_REASONS.length).default([]),
    comment: z.string().trim().max(500, { message: '评价内容不超过500字' }).default(''),
  })
  .refine((rating) => !isBadReview(rating.level) || rating.reasons.length > 0, { message: '请选择您不满意的方面', path: ['reasons'] });
export type ApplicantRating = z.infer<typeof applicantRatingSchema>;

/** The sealed payload: source 'applicant', and for a 差评 its reasons and the follow-up deadline counted from `today`. */
export function applicantRatedPayload(rating: ApplicantRating, today: string, calendar: HolidayCalendar): RatedPayload {
  const comment = rating.comment === '' ? {} : { comment: rating.comment };
  if (!isBadReview(rating.level)) return { level: rating.level, source: 'applicant', ...comment };
  return {
    level: rating.level,
    source: 'applicant',
    ...comment,
    reasons: rating.reasons,
    followUpDue: addWorkingDays(today, BAD_REVIEW_FOLLOW_UP_WORKING_DAYS, calendar),
  };
}
