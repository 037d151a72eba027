/**
 * The supervisor's actions on a case (改派, 督办, 差评回访整改) and the window's answer to a
 * 督办, each sealed and checked against the state machine like every clerk action.
 */
import type { EventOf, PayloadOf } from './case-events';
import type { CaseState } from './case-state';
import { sealNext, type ActionInput } from './command-sealing';

export function reassignCase(state: CaseState, input: ActionInput & { change: PayloadOf<'reassigned'> }): Promise<EventOf<'reassigned'>> {
  return sealNext(state, input, 'reassigned', input.change);
}

export function superviseCase(
  state: CaseState,
  input: ActionInput & { supervision: PayloadOf<'supervisionIssued'> },
): Promise<EventOf<'supervisionIssued'>> {
  return sealNext(state, input, 'supervisionIssued', input.supervision);
}

export function answerSupervision(
  state: CaseState,
  input: ActionInput & { answer: PayloadOf<'supervisionAnswered'> },
): Promise<EventOf<'supervisionAnswered'>> {
  return sealNext(state, input, 'supervisionAnswered', input.answer);
}

export function followUpReview(
  state: CaseState,
  input: ActionInput & { followUp: PayloadOf<'reviewFollowedUp'> },
): Promise<EventOf<'reviewFollowedUp'>> {
  return sealNext(state, input, 'reviewFollowedUp', input.followUp);
}
