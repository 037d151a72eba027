/**
 * What the counter's rating screen and the clerk's window say to each other (same origin, a
 * BroadcastChannel): the screen sends the applicant's rating, the clerk's window seals it as
 * the case's `rated` event and answers. Each side parses what it receives.
 */
import { z } from 'zod';
import { applicantRatingSchema } from '../../../shared/domain/case/applicant-rating';

export const RATING_CHANNEL = 'chuanyu-applicant-rating';

export const ratingRequestSchema = z.object({
  kind: z.literal('rate'),
  requestId: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  rating: applicantRatingSchema,
});

export const ratingReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('recorded'), requestId: z.string() }),
  z.object({ kind: z.literal('failed'), requestId: z.string(), message: z.string() }),
]);
export type RatingReply = z.infer<typeof ratingReplySchema>;
