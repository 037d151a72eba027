/**
 * The handling side's (办理地) clerk actions besides 办结 (decideCase in case-commands.ts):
 * 接收, special procedures and 补正 requests (both pause the legal clock) and issuing the result.
 */
import type { EventOf, PayloadOf } from './case-events';
import type { CaseState } from './case-state';
import { sealNext, type ActionInput } from './command-sealing';

export function receive(state: CaseState, input: ActionInput & PayloadOf<'received'>): Promise<EventOf<'received'>> {
  return sealNext(state, input, 'received', input.localCaseNumber === undefined ? {} : { localCaseNumber: input.localCaseNumber });
}

/** 检验/检测/专家评审/公示/听证…: excluded from the time limit until it ends. */
export function startSpecialProcedure(
  state: CaseState,
  input: ActionInput & PayloadOf<'specialProcedureStarted'>,
): Promise<EventOf<'specialProcedureStarted'>> {
  return sealNext(state, input, 'specialProcedureStarted', { kind: input.kind, reason: input.reason });
}

export function endSpecialProcedure(
  state: CaseState,
  input: ActionInput & PayloadOf<'specialProcedureEnded'>,
): Promise<EventOf<'specialProcedureEnded'>> {
  return sealNext(state, input, 'specialProcedureEnded', { result: input.result });
}

/** 出具结果 (证照名称/编号), only for 准予, dated on or after the decision. */
export function issueResult(state: CaseState, input: ActionInput & PayloadOf<'resultIssued'>): Promise<EventOf<'resultIssued'>> {
  const { certificateName, certificateNumber, issuedOn } = input;
  return sealNext(state, input, 'resultIssued', { certificateName, certificateNumber, issuedOn });
}

/** 要求补正 after 受理: what is missing (each with its standard), why, and by when; the clock pauses. */
export function requestSupplement(
  state: CaseState,
  input: ActionInput & PayloadOf<'supplementRequested'>,
): Promise<EventOf<'supplementRequested'>> {
  const { missing, reason, deadline } = input;
  return sealNext(state, input, 'supplementRequested', { missing, reason, deadline });
}
