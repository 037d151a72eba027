/**
 * Commands that mint case events: the only place that decides what events a clerk's action
 * produces. Components call these and store the result; they never build events by hand.
 */
import type { EventHashAlgorithm } from '../../cryptography/crypto-suite';
import type { Intake, ScanReference } from '../matter/application';
import type { Actor, CaseEvent, EventOf, UnsealedEvent } from './case-events';
import { applyEvent, type CaseState } from './case-state';
import { CaseCommandError, sealNext, type ActionInput } from './command-sealing';
import type { Matter } from '../matter/matter';
import type { HallReceivingDays } from './receiving-limits';
import { sealEvent } from './event-seal';
import { openingHeader } from './receiving-commands';

export interface AcceptanceInput {
  caseId: string;
  eventIds: readonly [string, string];
  intake: Intake;
  matter: Matter;
  actor: Actor;
  receivingName: string;
  handlingName: string;
  caseNumber: string;
  queryPassword: string;
  promisedDate: string;
  now: Date;
  /** The scans taken of each material, by material code. */
  scans?: Readonly<Record<string, readonly ScanReference[]>>;
  /** This hall's own 推送/寄递 limits (设置), for legs the catalog sets none for. */
  receivingDays?: HallReceivingDays;
  /** The deployment's event hash; SHA-256 when left out. */
  hashAlgorithm?: EventHashAlgorithm;
}

/** 受理 and, for a matter handled in the other province, 推送办理地 in the same step. */
export async function acceptCase(input: AcceptanceInput): Promise<CaseEvent[]> {
  const { actor, now } = input;
  // The same header a 一次性告知 or 不予受理 would open the case with: routing, applicant,
  // the form's details and agent, and the received materials from the catalog spec.
  const header = openingHeader({ ...input, eventId: input.eventIds[0] });
  const accepted = (await sealEvent(
    {
      id: input.eventIds[0],
      caseId: input.caseId,
      type: 'accepted',
      actor,
      at: now.toISOString(),
      prevHash: '',
      payload: { ...header, promisedDate: input.promisedDate },
    } satisfies UnsealedEvent,
    input.hashAlgorithm,
  )) as EventOf<'accepted'>;
  return appendForwarding(accepted, { eventId: input.eventIds[1], actor, now, hashAlgorithm: input.hashAlgorithm });
}

/**
 * [accepted] or, when the handling place is in the other province, [accepted, forwarded]:
 * 受理 of a cross-province case always pushes it to 办理地 in the same step. `before` is the
 * case the accept was made on (undefined when the accept opened it, as at the window).
 */
export async function appendForwarding(accepted: EventOf<'accepted'>, input: ActionInput, before?: CaseState): Promise<CaseEvent[]> {
  const toProvince = accepted.payload.routing.handling.province;
  if (toProvince === input.actor.province) return [accepted];
  const applied = applyEvent(before, accepted);
  if (!applied.ok) throw new CaseCommandError(applied.code, applied.message);
  return [accepted, await sealNext(applied.state, input, 'forwarded', { toProvince })];
}

/**
 * 推送办理地 on its own: for a cross-province case accepted without it (its 推送 was lost with
 * a damaged store and the journal brought back only the 受理).
 */
export function forward(state: CaseState, input: ActionInput): Promise<EventOf<'forwarded'>> {
  return sealNext(state, input, 'forwarded', { toProvince: state.routing.handling.province });
}

export function decideCase(
  state: CaseState,
  input: ActionInput & {
    outcome: 'approved' | 'denied';
    opinion: string;
    reasons?: string;
    legalBasis?: string;
    decidingAuthority?: string;
    reconsiderationBody?: string;
  },
): Promise<EventOf<'decided'>> {
  const { outcome, opinion, reasons, legalBasis, decidingAuthority, reconsiderationBody } = input;
  return sealNext(state, input, 'decided', {
    outcome,
    opinion,
    ...(reasons === undefined ? {} : { reasons }),
    ...(legalBasis === undefined ? {} : { legalBasis }),
    ...(decidingAuthority === undefined ? {} : { decidingAuthority }),
    ...(reconsiderationBody === undefined ? {} : { reconsiderationBody }),
  });
}

// Every other clerk action, by side; import them from here like acceptCase and decideCase.
export * from './receiving-commands';
export * from './handling-commands';
export { CaseCommandError, type ActionInput } from './command-sealing';
