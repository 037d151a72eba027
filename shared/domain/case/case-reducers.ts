/**
 * What each event changes in the folded case. Only called after case-transitions.ts has
 * allowed the event, so reducers never re-check rules: they just record the facts.
 */
import type { ReceivedMaterial } from '../matter/application';
import { isBadReview } from './case-event-payloads';
import type { CaseEvent, EventOf, OpeningHeader } from './case-events';
import type { CaseState } from './case-state';
import { nextHeads } from './case-parents';
import { headerOf } from './case-transitions';

type Patch = Partial<CaseState>;

export function reduceEvent(state: CaseState | undefined, event: CaseEvent): CaseState {
  if (!state) return openCase(event);
  return { ...state, ...patchFor(state, event), ...logBookkeeping(state, event) };
}

/**
 * What every event of the log changes, whether it took effect or was overruled: it joins
 * the DAG (heads) and becomes the last event in fold order.
 */
export function logBookkeeping(
  state: CaseState,
  event: CaseEvent,
): Pick<CaseState, 'lastEventId' | 'lastHash' | 'heads' | 'eventCount' | 'updatedAt'> {
  return {
    lastEventId: event.id,
    lastHash: event.hash,
    heads: nextHeads(state.heads, event),
    eventCount: state.eventCount + 1,
    updatedAt: event.at,
  };
}

/** The first event: the header, plus what the opening event itself says. */
function openCase(event: CaseEvent): CaseState {
  const header = headerOf(event) as OpeningHeader; // checkTransition guarantees it
  const base: CaseState = {
    caseId: event.caseId,
    caseNumber: header.caseNumber,
    queryPassword: header.queryPassword,
    status: 'accepted',
    matter: header.matter,
    mode: header.mode,
    routing: header.routing,
    applicant: header.applicant,
    materials: header.materials,
    ...headerExtras(header),
    acceptedAt: event.at,
    acceptedBy: event.actor,
    promisedDate: '',
    openedAt: event.at,
    lastEventId: event.id,
    lastHash: event.hash,
    heads: [event.hash],
    eventCount: 1,
    updatedAt: event.at,
  };
  return { ...base, ...patchFor(base, event) };
}

function patchFor(state: CaseState, event: CaseEvent): Patch {
  const stamp = { at: event.at, by: event.actor };
  switch (event.type) {
    case 'accepted':
      return {
        status: 'accepted',
        acceptedAt: event.at,
        acceptedBy: event.actor,
        promisedDate: event.payload.promisedDate,
        materials: mergeMaterials(state.materials, event.payload.materials),
        ...headerExtras(event.payload),
      };
    case 'notified':
      return { status: 'notified', notice: { missing: event.payload.missing, reason: event.payload.reason, ...stamp } };
    case 'supplemented':
      return { status: 'supplemented', supplementedAt: event.at, materials: mergeMaterials(state.materials, event.payload.materials) };
    case 'refused': {
      const { opening: _header, ...refusal } = event.payload;
      return { status: 'refused', refusal: { ...refusal, ...stamp } };
    }
    case 'withdrawn':
      return { status: 'withdrawn', withdrawal: { ...event.payload, ...stamp } };
    case 'forwarded':
      return { status: 'forwarded', forwardedAt: event.at };
    case 'materialsPosted':
      return { postings: [...(state.postings ?? []), { ...event.payload, ...stamp }] };
    case 'received':
      return { status: 'received', handlingReceipt: { ...event.payload, ...stamp } };
    case 'specialProcedureStarted':
      return {
        status: 'specialProcedure',
        specialProcedures: [...(state.specialProcedures ?? []), { ...event.payload, startedAt: event.at }],
      };
    case 'specialProcedureEnded':
      return { status: 'received', specialProcedures: endLast(state, event.at, event.payload.result) };
    case 'decided':
      return { status: 'decided', decision: { ...event.payload, ...stamp } };
    case 'resultIssued':
      return { status: 'resultIssued', result: { ...event.payload, ...stamp } };
    case 'resultHandedOver':
      return { status: 'delivered', delivery: { ...event.payload, ...stamp } };
    case 'rated':
      return { rating: { ...event.payload, bad: isBadReview(event.payload.level), ...stamp } };
    case 'reviewFollowedUp':
      return { followUp: { ...event.payload, ...stamp } };
    case 'reassigned': {
      const { side, toWindow, toAccountId, toName, reason } = event.payload;
      const assignee = {
        window: toWindow,
        reason,
        ...(toAccountId ? { accountId: toAccountId } : {}),
        ...(toName ? { name: toName } : {}),
        ...stamp,
      };
      return { assignees: { ...state.assignees, [side]: assignee } };
    }
    case 'supervisionIssued': {
      const { side, message, replyBy } = event.payload;
      return { supervisions: [...(state.supervisions ?? []), { id: event.id, side, message, replyBy, ...stamp }] };
    }
    case 'supervisionAnswered':
      return {
        supervisions: (state.supervisions ?? []).map((item) =>
          item.id === event.payload.supervisionId ? { ...item, answer: { text: event.payload.answer, ...stamp } } : item,
        ),
      };
    case 'supplementRequested':
      return {
        status: 'supplementRequested',
        supplementRequests: [...(state.supplementRequests ?? []), { ...event.payload, ...stamp }],
      };
    case 'supplementSubmitted':
      return {
        status: 'received',
        materials: mergeMaterials(state.materials, event.payload.materials),
        supplementRequests: answerLast(state, event),
      };
  }
}

/** The optional parts of a header, each only when the event carries it (older events lack them). */
function headerExtras(header: OpeningHeader): Patch {
  const { details, agent, unit, waivedMaterials, intakeNote, receivingLimits, nationalCaseNumber } = header;
  return {
    ...(nationalCaseNumber === undefined ? {} : { nationalCaseNumber }),
    ...(details === undefined ? {} : { details }),
    ...(agent === undefined ? {} : { agent }),
    ...(unit === undefined ? {} : { unit }),
    ...(waivedMaterials === undefined ? {} : { waivedMaterials }),
    ...(intakeNote === undefined ? {} : { intakeNote }),
    ...(receivingLimits === undefined ? {} : { receivingLimits }),
  };
}

/** Materials by code: a later receipt of the same material replaces the earlier entry. */
function mergeMaterials(had: readonly ReceivedMaterial[], now: readonly ReceivedMaterial[]): ReceivedMaterial[] {
  const byCode = new Map(had.map((material) => [material.code, material]));
  for (const material of now) byCode.set(material.code, material);
  return [...byCode.values()];
}

/** The open 补正 request gets what came in for it. */
function answerLast(state: CaseState, event: EventOf<'supplementSubmitted'>): CaseState['supplementRequests'] {
  const requests = [...(state.supplementRequests ?? [])];
  const last = requests.pop();
  if (!last) return requests;
  const note = event.payload.note === undefined ? {} : { note: event.payload.note };
  return [...requests, { ...last, submittedAt: event.at, submittedBy: event.actor, submitted: event.payload.materials, ...note }];
}

function endLast(state: CaseState, endedAt: string, result: string): CaseState['specialProcedures'] {
  const procedures = [...(state.specialProcedures ?? [])];
  const last = procedures.pop();
  return last ? [...procedures, { ...last, endedAt, result }] : procedures;
}
