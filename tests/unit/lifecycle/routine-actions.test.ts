/**
 * Which offered actions the case drawer shows as buttons (routine) and which it keeps behind
 * 更多 (rare), per status and side, for the fixture case (Sichuan receives a 异地代收代办 case
 * handled in 渝中区). Written out by hand from the usual path of a case, not derived from the code.
 */
import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../../shared/domain/case/allowed-actions';
import { foldCase } from '../../../shared/domain/case/case-state';
import { splitRoutineActions } from '../../../shared/domain/case/routine-actions';
import { buildLog, HANDLER, PATHS, RECEIVER, stateAt } from './lifecycle-fixtures';

describe('splitRoutineActions', () => {
  it.each([
    ['notified', { routine: ['supplemented'], rare: ['withdrawn'] }, { routine: [], rare: [] }],
    ['supplemented', { routine: ['accepted'], rare: ['refused', 'withdrawn'] }, { routine: [], rare: [] }],
    ['accepted', { routine: ['forwarded'], rare: ['withdrawn'] }, { routine: [], rare: [] }],
    ['forwarded', { routine: ['materialsPosted'], rare: ['withdrawn'] }, { routine: ['received'], rare: ['decided'] }],
    [
      'received',
      { routine: ['materialsPosted'], rare: ['withdrawn'] },
      { routine: ['decided'], rare: ['specialProcedureStarted', 'supplementRequested'] },
    ],
    ['specialProcedure', { routine: ['materialsPosted'], rare: ['withdrawn'] }, { routine: ['specialProcedureEnded'], rare: [] }],
    [
      'supplementRequested',
      { routine: ['materialsPosted', 'supplementSubmitted'], rare: ['withdrawn'] },
      { routine: [], rare: ['decided'] },
    ],
    ['decided', { routine: ['materialsPosted'], rare: ['rated'] }, { routine: ['resultIssued'], rare: [] }],
    ['resultIssued', { routine: ['materialsPosted', 'resultHandedOver'], rare: ['rated'] }, { routine: [], rare: [] }],
    ['delivered', { routine: ['rated'], rare: [] }, { routine: [], rare: [] }],
    ['withdrawn', { routine: [], rare: [] }, { routine: [], rare: [] }],
  ])('%s: receiving %j, handling %j', async (status, receiving, handling) => {
    const { state } = await stateAt(status);
    expect(splitRoutineActions(state, allowedActions(state, RECEIVER))).toEqual(receiving);
    expect(splitRoutineActions(state, allowedActions(state, HANDLER))).toEqual(handling);
  });

  it('keeps a second parcel of originals behind 更多', async () => {
    const log = await buildLog([...(PATHS.forwarded ?? []), ['materialsPosted', RECEIVER]]);
    const state = foldCase(log);
    expect(splitRoutineActions(state, allowedActions(state, RECEIVER))).toEqual({ routine: [], rare: ['withdrawn', 'materialsPosted'] });
  });

  it('hands a 不予 decision over as the routine step', async () => {
    const log = await buildLog([
      ...(PATHS.received ?? []),
      ['decided', HANDLER, { outcome: 'denied', opinion: '不符合条件', reasons: '材料不符', legalBasis: '某条' }],
    ]);
    const state = foldCase(log);
    expect(splitRoutineActions(state, allowedActions(state, RECEIVER))).toEqual({
      routine: ['materialsPosted', 'resultHandedOver'],
      rare: ['rated'],
    });
  });
});
