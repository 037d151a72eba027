/**
 * The one way a command turns a clerk's action into an event: seal it, then run it through
 * the state machine before handing it out, so a component can never store an event that
 * the hub would reject for its transition.
 */
import type { EventHashAlgorithm } from '../../cryptography/crypto-suite';
import type { Actor, CaseEventType, EventOf, PayloadOf, UnsealedEvent } from './case-events';
import type { CaseState } from './case-state';
import { applyEvent } from './case-state';
import { parentFieldsFor } from './case-parents';
import { sealEvent } from './event-seal';

/** What every clerk action on an existing case needs: who, when, and the new event's id. */
export interface ActionInput {
  eventId: string;
  actor: Actor;
  now: Date;
  /** The deployment's event hash (its hub's announced suite); SHA-256 when left out. */
  hashAlgorithm?: EventHashAlgorithm;
}

/** A clerk action the state machine refuses; `code` is the transition's code. */
export class CaseCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CaseCommandError';
  }
}

/** The next event of an existing case, checked; it follows every head the workstation knows. */
export function sealNext<T extends CaseEventType>(
  state: CaseState,
  input: ActionInput,
  type: T,
  payload: PayloadOf<T>,
): Promise<EventOf<T>> {
  const { eventId, actor, now, hashAlgorithm } = input;
  return sealChecked(state, { id: eventId, caseId: state.caseId, actor, now, hashAlgorithm, ...parentFieldsFor(state) }, type, payload);
}

/** The first event of a new case, checked. */
export function sealFirst<T extends CaseEventType>(
  where: { eventId: string; caseId: string; actor: Actor; now: Date; hashAlgorithm?: EventHashAlgorithm },
  type: T,
  payload: PayloadOf<T>,
): Promise<EventOf<T>> {
  const { eventId, caseId, actor, now, hashAlgorithm } = where;
  return sealChecked(undefined, { id: eventId, caseId, actor, now, hashAlgorithm, prevHash: '' }, type, payload);
}

async function sealChecked<T extends CaseEventType>(
  state: CaseState | undefined,
  base: { id: string; caseId: string; actor: Actor; now: Date; hashAlgorithm: EventHashAlgorithm | undefined } & Pick<
    UnsealedEvent,
    'prevHash' | 'alsoFollows'
  >,
  type: T,
  payload: PayloadOf<T>,
): Promise<EventOf<T>> {
  // TypeScript cannot relate a generic `type` to its `payload` through the union; the
  // signature above does, so the casts only restate it.
  const { id, caseId, actor, now, prevHash, alsoFollows, hashAlgorithm } = base;
  const parents = alsoFollows === undefined ? { prevHash } : { prevHash, alsoFollows };
  const unsealed = { id, caseId, type, actor, at: now.toISOString(), ...parents, payload };
  const event = (await sealEvent(unsealed as UnsealedEvent, hashAlgorithm)) as EventOf<T>;
  const check = applyEvent(state, event);
  if (!check.ok) throw new CaseCommandError(check.code, check.message);
  return event;
}
