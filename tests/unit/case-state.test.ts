import { describe, expect, it } from 'vitest';
import { mergeEvent } from '../../shared/domain/case/case-log';
import { applyEvent, foldCase } from '../../shared/domain/case/case-state';
import { decideCase } from '../../shared/domain/case/case-commands';
import { sealEvent } from '../../shared/domain/case/event-seal';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { acceptedCase, CHONGQING_ACTOR, SICHUAN_ACTOR, OTHER_SICHUAN_ACTOR } from './fixtures/events';

describe('case state machine', () => {
  it('folds accept and forward into a forwarded case owned by both sides', async () => {
    const events = await acceptedCase();
    const state = foldCase(events);
    expect(state.status).toBe('forwarded');
    expect(state.eventCount).toBe(2);
    expect(state.lastHash).toBe(events[1]?.hash);
  });

  it('lets only the handling side decide, and only after forwarding', async () => {
    const events = await acceptedCase();
    const state = foldCase(events);
    const decided = await decideCase(state, {
      eventId: '01JD0000000000000000000010',
      actor: CHONGQING_ACTOR,
      outcome: 'approved',
      opinion: '准予',
      now: new Date('2026-11-30T02:00:00Z'),
    });
    expect(foldCase([...events, decided]).status).toBe('decided');

    await expect(
      decideCase(state, {
        eventId: '01JD0000000000000000000011',
        actor: SICHUAN_ACTOR,
        outcome: 'approved',
        opinion: '准予',
        now: new Date(),
      }),
    ).rejects.toThrow('只有办理地可以作出办结决定');

    const onlyAccepted = foldCase(events.slice(0, 1));
    await expect(
      decideCase(onlyAccepted, {
        eventId: '01JD0000000000000000000012',
        actor: CHONGQING_ACTOR,
        outcome: 'approved',
        opinion: '准予',
        now: new Date(),
      }),
    ).rejects.toThrow('不能办结');
  });

  it('refuses a second accept, a forward from another hall, and a decision after 办结', async () => {
    const events = await acceptedCase();
    const [accepted, forwarded] = events as [CaseEvent, CaseEvent];
    expect(applyEvent(foldCase([accepted]), accepted)).toMatchObject({ ok: false, code: 'ALREADY_ACCEPTED' });

    const foreignForward = await sealEvent({ ...forwarded, actor: OTHER_SICHUAN_ACTOR, hash: undefined } as never);
    expect(applyEvent(foldCase([accepted]), foreignForward)).toMatchObject({ ok: false, code: 'WRONG_SIDE' });

    const state = foldCase(events);
    const decided = await decideCase(state, {
      eventId: '01JD0000000000000000000013',
      actor: CHONGQING_ACTOR,
      outcome: 'denied',
      opinion: '材料不实',
      now: new Date(),
    });
    const final = foldCase([...events, decided]);
    const again = await sealEvent({ ...decided, id: '01JD0000000000000000000014', prevHash: final.lastHash, hash: undefined } as never);
    expect(applyEvent(final, again)).toMatchObject({ ok: false, code: 'BAD_TRANSITION' });
  });

  it('does not apply an event whose parent is not in the log (tampering, or not arrived yet)', async () => {
    const events = await acceptedCase();
    const [accepted, forwarded] = events as [CaseEvent, CaseEvent];
    const dangling = await sealEvent({ ...forwarded, prevHash: '0'.repeat(64), hash: undefined } as never);
    expect(await mergeEvent(foldCase([accepted]), dangling, async () => [accepted])).toEqual({
      kind: 'missingParents',
      missing: ['0'.repeat(64)],
    });
  });

  it('never accepts on behalf of a hall that is not the receiving hall', async () => {
    const [accepted] = (await acceptedCase()) as [CaseEvent];
    const stolen = await sealEvent({ ...accepted, actor: CHONGQING_ACTOR, hash: undefined } as never);
    expect(applyEvent(undefined, stolen)).toMatchObject({ ok: false, code: 'WRONG_SIDE' });
  });
});
