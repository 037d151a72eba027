/**
 * The actions the case detail offers, per status and side, for the fixture case (Sichuan
 * receives a 异地代收代办 case handled in 渝中区). Written out by hand from the
 * lifecycle specification (who may do what, per side), not derived from the code.
 */
import { describe, expect, it } from 'vitest';
import { allowedActions, isActionAllowed } from '../../../shared/domain/case/allowed-actions';
import { foldCase } from '../../../shared/domain/case/case-state';
import { buildLog, HANDLER, OUTSIDER, PATHS, RECEIVER, stateAt } from './lifecycle-fixtures';

describe('allowedActions', () => {
  it.each([
    ['notified', ['supplemented', 'withdrawn'], []],
    ['supplemented', ['accepted', 'refused', 'withdrawn'], []],
    ['accepted', ['forwarded', 'withdrawn'], []],
    ['forwarded', ['withdrawn', 'materialsPosted'], ['received', 'decided']],
    ['received', ['withdrawn', 'materialsPosted'], ['specialProcedureStarted', 'supplementRequested', 'decided']],
    ['specialProcedure', ['withdrawn', 'materialsPosted'], ['specialProcedureEnded']],
    ['supplementRequested', ['withdrawn', 'materialsPosted', 'supplementSubmitted'], ['decided']],
    ['decided', ['materialsPosted', 'rated'], ['resultIssued']],
    ['resultIssued', ['materialsPosted', 'resultHandedOver', 'rated'], []],
    ['delivered', ['rated'], []],
    ['refused', [], []],
    ['withdrawn', [], []],
  ])('%s: receiving %j, handling %j', async (status, receiving, handling) => {
    const { state } = await stateAt(status);
    expect(allowedActions(state, RECEIVER)).toEqual(receiving);
    expect(allowedActions(state, HANDLER)).toEqual(handling);
  });

  it('offers nothing to a hall that is neither side', async () => {
    const { state } = await stateAt('received');
    expect(allowedActions(state, OUTSIDER)).toEqual([]);
  });

  it('offers no result for a 不予 decision, and hand-over straight away', async () => {
    const log = await buildLog([
      ...(PATHS.received ?? []),
      ['decided', HANDLER, { outcome: 'denied', opinion: '不符合条件', reasons: '材料不符', legalBasis: '某条' }],
    ]);
    const state = foldCase(log);
    expect(allowedActions(state, HANDLER)).toEqual([]);
    expect(allowedActions(state, RECEIVER)).toEqual(['materialsPosted', 'resultHandedOver', 'rated']);
  });

  it('offers 好差评 only once', async () => {
    const log = await buildLog([...(PATHS.delivered ?? []), ['rated', RECEIVER]]);
    expect(isActionAllowed(foldCase(log), RECEIVER, 'rated')).toBe(false);
  });

  it('offers no posting for a case that is not 异地代收代办', async () => {
    const log = await buildLog(PATHS.forwarded ?? []);
    const state = { ...foldCase(log), mode: '全程网办' as const };
    expect(isActionAllowed(state, RECEIVER, 'materialsPosted')).toBe(false);
  });
});
