/**
 * Opens the applicant's rating screen: one named window, reused case after case. Electron puts
 * it on the counter's second monitor (electron/main/rating-window.ts); a browser opens a popup
 * the clerk drags there.
 */
import { ratingScreenHash } from '../../../shared/domain/rating-screen-address';

const WINDOW_NAME = 'chuanyu-rating-screen';

export function openRatingWindow(caseId: string): boolean {
  const url = `${location.pathname}${location.search}${ratingScreenHash(caseId)}`;
  const opened = window.open(url, WINDOW_NAME, 'popup,width=960,height=720');
  opened?.focus();
  return opened !== null;
}
