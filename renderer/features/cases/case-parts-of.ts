/**
 * A case's parts (收件地 legs, 办理地 decision) as of today: the decision leg from the local
 * catalog (the matter's 承诺时限), the receiving limits from the case itself. A case opened
 * before it recorded them counts the transfer and return legs the catalog now sets for its
 * mode. Undefined when the matter is not in this workstation's catalog or the case is not
 * accepted.
 */
import { computeCaseParts, type CaseParts } from '../../../shared/domain/case/case-parts-clock';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { receivingLimitsFor } from '../../../shared/domain/case/receiving-limits';
import { chinaDate, type HolidayCalendar } from '../../../shared/domain/calendar/working-days';
import { mattersByCode } from '../../catalog/catalog';

export function casePartsOf(state: CaseState, calendar: HolidayCalendar, today = chinaDate(new Date())): CaseParts | undefined {
  const matter = mattersByCode.get(state.matter.code);
  if (!matter) return undefined;
  const receivingLimits = state.receivingLimits ?? receivingLimitsFor(matter, state.mode, undefined);
  return computeCaseParts(
    { ...state, ...(receivingLimits ? { receivingLimits } : {}) },
    { decision: matter.promisedLimit },
    calendar,
    today,
  );
}
