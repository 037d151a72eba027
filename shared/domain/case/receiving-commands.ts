/**
 * The receiving window's (收件地) clerk actions besides 受理 and 推送 (case-commands.ts):
 * 一次性告知, 补正, 受理 after 补正, 不予受理, 撤回, posting originals, handing over the
 * result, 好差评. Each is checked against the state machine before it is returned.
 */
import type { z } from 'zod';
import { appointedAgent, intakeNoteOf, waivedMaterialsOf, type Intake, type ScanReference } from '../matter/application';
import { applicantUnitOf } from '../matter/applicant-unit';
import { nationalCaseNumberOf } from '../matter/matter-codes';
import { receivingLimitsFor, type HallReceivingDays } from './receiving-limits';
import type { noticeSchema } from './case-event-payloads';
import type { AcceptedPayload, Actor, EventOf, OpeningHeader, PayloadOf } from './case-events';
import type { CaseState } from './case-state';
import { sealFirst, sealNext, type ActionInput } from './command-sealing';
import type { EventHashAlgorithm } from '../../cryptography/crypto-suite';
import type { Matter } from '../matter/matter';

/** What a case-opening action needs to build the routing header. */
export interface OpeningInput {
  caseId: string;
  eventId: string;
  intake: Intake;
  /** applicantType, forwarding and codes are optional so catalogs and fixtures without them still open cases. */
  matter: Pick<Matter, 'code' | 'name' | 'materials'> & Partial<Pick<Matter, 'applicantType' | 'forwarding' | 'codes'>>;
  actor: Actor;
  receivingName: string;
  handlingName: string;
  caseNumber: string;
  queryPassword: string;
  now: Date;
  /** The scans taken of each material, by material code (the handling side fetches them by hash). */
  scans?: Readonly<Record<string, readonly ScanReference[]>>;
  /** This hall's own 推送/寄递/送达 limits from 设置, for legs the catalog sets none for. */
  receivingDays?: HallReceivingDays;
  /** The deployment's event hash; SHA-256 when left out. */
  hashAlgorithm?: EventHashAlgorithm;
}

/**
 * The header as acceptCase builds it: same routing rules, materials from the catalog spec,
 * and what else the window captured (unit, 免提交, note), the receiving part's limits and the
 * national-style 办件编号 where the accepting province's 实施编码 is confirmed.
 */
export function openingHeader(input: OpeningInput): OpeningHeader {
  const { intake, matter, actor } = input;
  const agent = appointedAgent(intake);
  const unit = applicantUnitOf(matter.applicantType, intake.details, intake.handlerAuthorised === true);
  const waivedMaterials = waivedMaterialsOf(intake, matter);
  const intakeNote = intakeNoteOf(intake);
  const receivingLimits = receivingLimitsFor(matter, intake.mode, input.receivingDays);
  const nationalCaseNumber = nationalCaseNumberOf(matter.codes?.[actor.province], input.caseNumber);
  return {
    ...(nationalCaseNumber === undefined ? {} : { nationalCaseNumber }),
    ...(intake.details === undefined ? {} : { details: intake.details }),
    ...(agent === undefined ? {} : { agent }),
    ...(unit === undefined ? {} : { unit }),
    ...(waivedMaterials.length > 0 ? { waivedMaterials } : {}),
    ...(intakeNote === undefined ? {} : { intakeNote }),
    ...(receivingLimits === undefined ? {} : { receivingLimits }),
    caseNumber: input.caseNumber,
    queryPassword: input.queryPassword,
    matter: { code: matter.code, name: matter.name },
    mode: intake.mode,
    routing: {
      receiving: { province: actor.province, division: actor.hallCode.slice(0, 6), hallCode: actor.hallCode, name: input.receivingName },
      handling: {
        province: intake.handlingDivision.startsWith('51') ? '51' : '50',
        division: intake.handlingDivision,
        name: input.handlingName,
      },
    },
    applicant: intake.applicant,
    materials: matter.materials
      .filter((material) => intake.materialCodes.includes(material.code))
      .map(({ code, name, form, copies }) => {
        const scans = input.scans?.[code];
        return { code, name, form, copies, ...(scans?.length ? { scans: [...scans] } : {}) };
      }),
  };
}

/** 一次性告知 at the window: opens the case without accepting it; no clock runs. */
export function notifyMissing(input: OpeningInput & { notice: z.infer<typeof noticeSchema> }): Promise<EventOf<'notified'>> {
  return sealFirst(input, 'notified', { ...openingHeader(input), ...input.notice });
}

export type RefusalInput = Omit<PayloadOf<'refused'>, 'opening'>;

/** 不予受理 on the spot: opens and ends the case in one event. */
export function refuseOnTheSpot(input: OpeningInput & { refusal: RefusalInput }): Promise<EventOf<'refused'>> {
  return sealFirst(input, 'refused', { ...input.refusal, opening: openingHeader(input) });
}

/** 不予受理 after 补正 (the case exists already). */
export function refuse(state: CaseState, input: ActionInput & { refusal: RefusalInput }): Promise<EventOf<'refused'>> {
  return sealNext(state, input, 'refused', input.refusal);
}

/** 补正: the missing materials are all in; the legal clock will count from today. */
export function supplement(state: CaseState, input: ActionInput & PayloadOf<'supplemented'>): Promise<EventOf<'supplemented'>> {
  return sealNext(state, input, 'supplemented', { materials: input.materials });
}

/**
 * 受理 after 补正: the header of the notice unchanged (unit, 免提交, note and limits with it),
 * the full materials list, the promised date (counted from the 补正 date), and the form's
 * details/agent as they stand now.
 */
export function acceptSupplemented(
  state: CaseState,
  input: ActionInput & Pick<AcceptedPayload, 'materials' | 'promisedDate' | 'details' | 'agent'>,
): Promise<EventOf<'accepted'>> {
  const {
    caseNumber,
    queryPassword,
    matter,
    mode,
    routing,
    applicant,
    unit,
    waivedMaterials,
    intakeNote,
    receivingLimits,
    nationalCaseNumber,
  } = state;
  const { materials, promisedDate, details, agent } = input;
  return sealNext(state, input, 'accepted', {
    caseNumber,
    queryPassword,
    matter,
    mode,
    routing,
    applicant,
    materials,
    promisedDate,
    ...(details === undefined ? {} : { details }),
    ...(agent === undefined ? {} : { agent }),
    ...(unit === undefined ? {} : { unit }),
    ...(waivedMaterials === undefined ? {} : { waivedMaterials }),
    ...(intakeNote === undefined ? {} : { intakeNote }),
    ...(receivingLimits === undefined ? {} : { receivingLimits }),
    ...(nationalCaseNumber === undefined ? {} : { nationalCaseNumber }),
  });
}

export function withdraw(state: CaseState, input: ActionInput & PayloadOf<'withdrawn'>): Promise<EventOf<'withdrawn'>> {
  return sealNext(state, input, 'withdrawn', { reason: input.reason });
}

/** 异地代收代办: the paper originals leave by EMS after the case was forwarded. */
export function postMaterials(state: CaseState, input: ActionInput & { waybillNo: string }): Promise<EventOf<'materialsPosted'>> {
  return sealNext(state, input, 'materialsPosted', { carrier: 'EMS', waybillNo: input.waybillNo });
}

export function handOverResult(
  state: CaseState,
  input: ActionInput & { delivery: PayloadOf<'resultHandedOver'> },
): Promise<EventOf<'resultHandedOver'>> {
  return sealNext(state, input, 'resultHandedOver', input.delivery);
}

/**
 * 好差评, 一次一评; a 差评 is flagged in the folded state (rating.bad). The applicant's own
 * rating (applicant-rating.ts) carries its source, the 差评's reasons and the 回访 deadline.
 */
export function rate(state: CaseState, input: ActionInput & PayloadOf<'rated'>): Promise<EventOf<'rated'>> {
  const { level, comment, source, reasons, followUpDue } = input;
  return sealNext(state, input, 'rated', {
    level,
    ...(comment === undefined ? {} : { comment }),
    ...(source === undefined ? {} : { source }),
    ...(reasons === undefined ? {} : { reasons }),
    ...(followUpDue === undefined ? {} : { followUpDue }),
  });
}

/** The materials the handling side asked for came in at the window: back to the handling side. */
export function submitSupplement(
  state: CaseState,
  input: ActionInput & PayloadOf<'supplementSubmitted'>,
): Promise<EventOf<'supplementSubmitted'>> {
  const { materials, note } = input;
  return sealNext(state, input, 'supplementSubmitted', note === undefined ? { materials } : { materials, note });
}
