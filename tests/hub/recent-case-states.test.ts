/** The projector's memory of written states: bounded, oldest first out, and trusted only with the same heads. */
import { expect, it } from 'vitest';
import type { CaseState } from '../../shared/domain/case/case-state';
import { createRecentCaseStates } from '../../hub/hall/recent-case-states';

const state = (caseId: string, heads: string[]) => ({ caseId, heads }) as unknown as CaseState;

it('gives a remembered state once, and only for the same heads', () => {
  const memory = createRecentCaseStates();
  memory.remember([state('a', ['h1', 'h2']), state('b', ['h3'])]);
  expect(memory.take('a', ['h1', 'h2'])?.caseId).toBe('a');
  expect(memory.take('a', ['h1', 'h2'])).toBeUndefined();
  expect(memory.take('b', ['h4'])).toBeUndefined();
  expect(memory.take('b', ['h3'])).toBeUndefined();
});

it('keeps the newest state of a case and drops the oldest cases beyond its capacity', () => {
  const memory = createRecentCaseStates(2);
  memory.remember([state('a', ['old']), state('b', ['h']), state('a', ['new']), state('c', ['h'])]);
  expect(memory.take('b', ['h'])).toBeUndefined();
  expect(memory.take('a', ['new'])?.heads).toEqual(['new']);
  expect(memory.take('c', ['h'])?.caseId).toBe('c');
});
