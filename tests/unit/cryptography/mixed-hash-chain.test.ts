/**
 * A deployment that changes suite mid-case: the log holds SHA-256 events, then SM3 events
 * that link to them. Workstations (shared verifyCaseLog) and the hub (its synchronous
 * check) both accept every event with its own algorithm, and still catch an edit.
 */
import { describe, expect, it } from 'vitest';
import { decideCase } from '../../../shared/domain/case/case-commands';
import { receive } from '../../../shared/domain/case/handling-commands';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import { foldCase } from '../../../shared/domain/case/case-state';
import { verifyCaseLog } from '../../../shared/domain/case/verify-chain';
import { hashAlgorithmOf } from '../../../shared/cryptography/event-hash-format';
import { hasValidHash as hubHasValidHash } from '../../../hub/store/event-hash';
import { acceptedCase, CHONGQING_ACTOR } from '../fixtures/events';

async function mixedLog(): Promise<CaseEvent[]> {
  const opened = await acceptedCase();
  const received = await receive(foldCase(opened), {
    eventId: '01JD0000000000000000000019',
    actor: CHONGQING_ACTOR,
    now: new Date('2026-11-29T02:00:00Z'),
    hashAlgorithm: 'sm3',
  });
  const decided = await decideCase(foldCase([...opened, received]), {
    eventId: '01JD0000000000000000000020',
    actor: CHONGQING_ACTOR,
    outcome: 'approved',
    opinion: '准予',
    now: new Date('2026-11-30T02:00:00Z'),
    hashAlgorithm: 'sm3',
  });
  return [...opened, received, decided];
}

describe('a log with SHA-256 events followed by SM3 events', () => {
  it('names each hash algorithm and links SM3 events to SHA-256 parents', async () => {
    const log = await mixedLog();
    expect(log.map((event) => hashAlgorithmOf(event.hash))).toEqual(['sha256', 'sha256', 'sm3', 'sm3']);
    expect(log[2]?.prevHash).toBe(log[1]?.hash);
    expect(log[2]?.hash).toMatch(/^sm3:[0-9a-f]{64}$/);
  });

  it('verifies whole on the workstation and on the hub', async () => {
    const log = await mixedLog();
    expect(await verifyCaseLog(log)).toEqual([]);
    expect(log.map((event) => hubHasValidHash(event))).toEqual([true, true, true, true]);
  });

  it('catches an edited SM3 event, and an SM3 hash passed off as SHA-256', async () => {
    const log = await mixedLog();
    const decided = log[3] as Extract<CaseEvent, { type: 'decided' }>;
    const edited = { ...decided, payload: { ...decided.payload, opinion: '不予' } };
    expect(await verifyCaseLog([...log.slice(0, 3), edited])).toEqual([expect.objectContaining({ kind: 'altered', position: 4 })]);
    expect(hubHasValidHash(edited)).toBe(false);
    const relabelled = { ...decided, hash: decided.hash.slice('sm3:'.length) };
    expect(hubHasValidHash(relabelled)).toBe(false);
  });
});
