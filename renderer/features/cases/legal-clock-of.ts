/**
 * A case's legal clock as of today, with its matter's limits from the local catalog and the
 * workstation's holiday calendar (seed + years entered in 设置).
 * Undefined when the matter is not in this workstation's catalog (no limits to count with).
 */
import type { CaseState } from '../../../shared/domain/case/case-state';
import { computeLegalClock, type LegalClock } from '../../../shared/domain/case/legal-clock';
import { clockLimitsFor } from '../../../shared/domain/matter/matter-limits';
import { chinaDate, type HolidayCalendar } from '../../../shared/domain/calendar/working-days';
import { mattersByCode } from '../../catalog/catalog';

export function legalClockOf(state: CaseState, calendar: HolidayCalendar, today = chinaDate(new Date())): LegalClock | undefined {
  const matter = mattersByCode.get(state.matter.code);
  if (!matter) return undefined;
  return computeLegalClock(state, clockLimitsFor(matter, state.mode), calendar, today);
}
