/**
 * Commands that mint case events: the only place that decides what events a clerk's action
 * produces. Components call these and store the result; they never build events by hand.
 */
import type { Intake } from './application';
import type { Actor, CaseEvent, UnsealedEvent } from './case-events';
import type { CaseState } from './case-state';
import { applyEvent } from './case-state';
import type { Matter } from './matter';
import { sealEvent } from './event-seal';

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
}

/** 受理 and, for a matter handled in the other province, 推送办理地 in the same step. */
export async function acceptCase(input: AcceptanceInput): Promise<CaseEvent[]> {
  const { intake, matter, actor, now } = input;
  const at = now.toISOString();
  const handlingProvince = intake.handlingDivision.slice(0, 2) === '51' ? '51' : '50';
  const materials = matter.materials
    .filter((material) => intake.materialCodes.includes(material.code))
    .map(({ code, name, form, copies }) => ({ code, name, form, copies }));
  const accepted = await sealEvent({
    id: input.eventIds[0],
    caseId: input.caseId,
    type: 'accepted',
    actor,
    at,
    prevHash: '',
    payload: {
      caseNumber: input.caseNumber,
      queryPassword: input.queryPassword,
      matter: { code: matter.code, name: matter.name },
      mode: intake.mode,
      routing: {
        receiving: { province: actor.province, division: actor.hallCode.slice(0, 6), hallCode: actor.hallCode, name: input.receivingName },
        handling: { province: handlingProvince, division: intake.handlingDivision, name: input.handlingName },
      },
      applicant: intake.applicant,
      materials,
      promisedDate: input.promisedDate,
    },
  } satisfies UnsealedEvent);
  if (handlingProvince === actor.province) return [accepted];
  const forwarded = await sealEvent({
    id: input.eventIds[1],
    caseId: input.caseId,
    type: 'forwarded',
    actor,
    at,
    prevHash: accepted.hash,
    payload: { toProvince: handlingProvince },
  } satisfies UnsealedEvent);
  return [accepted, forwarded];
}

/** 办结: the handling side's decision. Checked against the state machine before sealing. */
export async function decideCase(
  state: CaseState,
  input: { eventId: string; actor: Actor; outcome: 'approved' | 'denied'; opinion: string; now: Date },
): Promise<CaseEvent> {
  const event = await sealEvent({
    id: input.eventId,
    caseId: state.caseId,
    type: 'decided',
    actor: input.actor,
    at: input.now.toISOString(),
    prevHash: state.lastHash,
    payload: { outcome: input.outcome, opinion: input.opinion },
  } satisfies UnsealedEvent);
  const check = applyEvent(state, event);
  if (!check.ok) throw new Error(check.message);
  return event;
}
