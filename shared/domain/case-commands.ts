/**
 * Commands that mint case events: the only place that decides what events a clerk's action
 * produces. Components call these and store the result; they never build events by hand.
 */
import type { Intake } from './application';
import type { Actor, CaseEvent, EventOf, UnsealedEvent } from './case-events';
import type { CaseState } from './case-state';
import { sealNext, type ActionInput } from './command-sealing';
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

/** 办结: the handling side's decision (for 不予, with reasons and legal basis). Checked before sealing. */
export function decideCase(
  state: CaseState,
  input: ActionInput & { outcome: 'approved' | 'denied'; opinion: string; reasons?: string; legalBasis?: string },
): Promise<EventOf<'decided'>> {
  const { outcome, opinion, reasons, legalBasis } = input;
  return sealNext(state, input, 'decided', {
    outcome,
    opinion,
    ...(reasons === undefined ? {} : { reasons }),
    ...(legalBasis === undefined ? {} : { legalBasis }),
  });
}

// Every other clerk action, by side; import them from here like acceptCase and decideCase.
export * from './receiving-commands';
export * from './handling-commands';
export { CaseCommandError, type ActionInput } from './command-sealing';
