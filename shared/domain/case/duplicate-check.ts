/**
 * Before opening a new case: does this applicant already have an open case for the same
 * matter? Then the clerk continues that one (补正, 查询) instead of taking the application twice.
 * "Open" means the application is still under way (OPEN_STATUSES): refused or withdrawn cases
 * ended without a decision, and a decided case is done — applying again is a new case.
 */
import { OPEN_STATUSES } from './case-status';
import type { CaseState } from './case-state';

type DuplicateCandidate = Pick<CaseState, 'status' | 'applicant' | 'matter'>;

/** The first open case with the same 身份证号 (check letter X in either case) and matter code. Pure. */
export function findOpenDuplicate<T extends DuplicateCandidate>(cases: Iterable<T>, idNumber: string, matterCode: string): T | undefined {
  const id = idNumber.trim().toUpperCase();
  for (const candidate of cases) {
    if (
      OPEN_STATUSES.includes(candidate.status) &&
      candidate.matter.code === matterCode &&
      candidate.applicant.idNumber.trim().toUpperCase() === id
    ) {
      return candidate;
    }
  }
  return undefined;
}
