import { RATING_LEVELS, type RatingLevel } from '../../shared/domain/case/case-event-payloads';

/** ★★★★★ for 非常满意 down to ★ for 非常不满意 (the levels are listed best first). */
export function ratingStars(level: RatingLevel): string {
  return '★'.repeat(RATING_LEVELS.length - RATING_LEVELS.indexOf(level));
}
