import { describe, expect, it } from 'vitest';
import { decideCase } from '../../shared/domain/case/case-commands';
import { foldCase } from '../../shared/domain/case/case-state';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { verifyCaseLog } from '../../shared/domain/case/verify-chain';
import { acceptedCase, CHONGQING_ACTOR } from './fixtures/events';

async function fullLog(): Promise<CaseEvent[]> {
  const events = await acceptedCase();
  const decided = await decideCase(foldCase(events), {
    eventId: '01JD0000000000000000000020',
    actor: CHONGQING_ACTOR,
    outcome: 'approved',
    opinion: '准予',
    now: new Date('2026-11-30T02:00:00Z'),
  });
  return [...events, decided];
}

describe('verifyCaseLog', () => {
  it('finds nothing wrong in an untouched log', async () => {
    expect(await verifyCaseLog(await fullLog())).toEqual([]);
  });

  it('reports an event whose content was edited after sealing', async () => {
    const log = await fullLog();
    const [first] = log as [Extract<CaseEvent, { type: 'accepted' }>];
    const edited = { ...first, payload: { ...first.payload, applicant: { ...first.payload.applicant, name: '李四' } } };
    const problems = await verifyCaseLog([edited, ...log.slice(1)]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'altered', position: 1 })]);
  });

  it('reports a removed event at the event that followed it', async () => {
    const log = await fullLog();
    const problems = await verifyCaseLog([log[0] as CaseEvent, log[2] as CaseEvent]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'broken-link', position: 2, eventId: log[2]?.id })]);
  });
});
