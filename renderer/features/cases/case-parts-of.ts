/**
 * A case's two parts (收件地 legs, 办理地 decision) as of today: the matter's promised and
 * handling limits from the local catalog, the receiving limits from the case itself.
 * Undefined when the matter is not in this workstation's catalog or the case is not accepted.
 */
import { computeCaseParts, type CaseParts } from '../../../shared/domain/case-parts-clock';
import type { CaseState } from '../../../shared/domain/case-state';
import { chinaDate, type HolidayCalendar } from '../../../shared/domain/working-days';
import { mattersByCode } from '../../catalog/catalog';

export function casePartsOf(state: CaseState, calendar: HolidayCalendar, today = chinaDate(new Date())): CaseParts | undefined {
  const matter = mattersByCode.get(state.matter.code);
  if (!matter) return undefined;
  return computeCaseParts(state, { promised: matter.promisedLimit, ...(matter.handlingLimit ? { handling: matter.handlingLimit } : {}) }, calendar, today);
}
