import { describe, expect, it } from 'vitest';
import { classifyCaseQuery } from '../../shared/domain/case/case-query';

describe('classifyCaseQuery', () => {
  it('recognises each kind by its shape', () => {
    expect(classifyCaseQuery(' 5101040103202611290001 ')).toEqual({ kind: 'caseNumber', prefix: '5101040103202611290001' });
    expect(classifyCaseQuery('51010401')).toEqual({ kind: 'caseNumber', prefix: '51010401' });
    expect(classifyCaseQuery('11010519491231002x')).toEqual({ kind: 'idNumber', value: '11010519491231002X' });
    expect(classifyCaseQuery('138 0013 8000')).toEqual({ kind: 'mobile', value: '13800138000' });
    expect(classifyCaseQuery('张晓')).toEqual({ kind: 'name', prefix: '张晓' });
    expect(classifyCaseQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('does not take an 11-digit case-number prefix that is not a mobile for a mobile', () => {
    expect(classifyCaseQuery('51010401032').kind).toBe('caseNumber');
  });
});
