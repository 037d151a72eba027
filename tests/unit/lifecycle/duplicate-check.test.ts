import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case/case-state';
import { findOpenDuplicate } from '../../../shared/domain/case/duplicate-check';

const ID = '11010519491231002X';
const candidate = (status: CaseStatus, matterCode = 'CY-06-003', idNumber = ID) => ({
  status,
  matter: { code: matterCode, name: '事项' },
  applicant: { name: '张晓燕', idNumber, mobile: '13800138000' },
});

describe('findOpenDuplicate', () => {
  const open: CaseStatus[] = ['notified', 'supplemented', 'accepted', 'forwarded', 'received', 'specialProcedure', 'supplementRequested'];

  it.each(CASE_STATUSES.map((status) => [status, open.includes(status)] as const))('%s counts as open: %s', (status, isOpen) => {
    expect(findOpenDuplicate([candidate(status)], ID, 'CY-06-003') !== undefined).toBe(isOpen);
  });

  it('needs the same ID (X in either case) and the same matter', () => {
    const cases = [
      candidate('refused'),
      candidate('accepted', 'CY-01-001'),
      candidate('accepted', 'CY-06-003', '110105194912310011'),
      candidate('forwarded'),
    ];
    expect(findOpenDuplicate(cases, '11010519491231002x', 'CY-06-003')).toBe(cases[3]);
    expect(findOpenDuplicate(cases, ID, 'CY-09-009')).toBeUndefined();
    expect(findOpenDuplicate([], ID, 'CY-06-003')).toBeUndefined();
  });
});
