/**
 * Decides, in memory, what a batch of events does to the hub: the same per-event steps the
 * hub always took (duplicate id, merge into the case's log with case-log.ts `mergeEvent`,
 * routing and 办件编号 checks for a new case), run one event after the other against the
 * cases as the earlier events of the same batch left them. An event may therefore follow
 * one sent just before it in the batch, and a case opened and moved on in one batch is
 * written once, with its final state.
 *
 * Everything it reads comes through `BatchLookups`, loaded by the caller in a few set-based
 * statements inside the writing transaction (cases locked first); the caller then writes
 * the plan with multi-row statements. Only a concurrent event makes it read a case's stored
 * log, and only for that case.
 */
import type { CaseEvent, Routing } from '../../shared/domain/case/case-events';
import { mergeEvent } from '../../shared/domain/case/case-log';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { EventResult } from '../../shared/sync/protocol';
import { checkPeerCase, checkRouting, type EventOrigin, type Rejection } from './event-checks';

export interface BatchLookups {
  /** The batch's cases the hub already holds (locked by the caller), by case id. */
  storedStates: ReadonlyMap<string, CaseState>;
  /** Hashes of the batch's event ids the hub already holds, by event id. */
  storedHashes: ReadonlyMap<string, string>;
  /** Every stored event of a case: needed only to merge a concurrent event. */
  loadCaseLog(caseId: string): Promise<CaseEvent[]>;
  /** A stored case other than `caseId` that carries `caseNumber`, if any. */
  caseWithNumber(caseNumber: string, caseId: string): Promise<string | undefined>;
}

export interface AppliedEvent {
  event: CaseEvent;
  routing: Routing;
}

export interface CaseWrite {
  state: CaseState;
  /** Not stored before this batch: inserted rather than updated. */
  isNew: boolean;
}

export interface BatchPlan {
  /** One result per event given, in order. */
  results: EventResult[];
  /** Events to store, in the order they were applied (their order in the feed). */
  applied: AppliedEvent[];
  /** The final state of every case an applied event touched. */
  cases: Map<string, CaseWrite>;
}

interface WorkingCase {
  state: CaseState | undefined;
  isNew: boolean;
  /** Applied in this batch so far, in order. */
  appliedHere: CaseEvent[];
  storedLog?: CaseEvent[];
}

export const MISSING_PARENTS_MESSAGE = '该事件所接续的前序事件尚未到达本交换中心，请稍后重发';

export async function planBatch(events: readonly CaseEvent[], origin: EventOrigin, lookups: BatchLookups): Promise<BatchPlan> {
  const working = new Map<string, WorkingCase>();
  const appliedHashes = new Map<string, string>();
  /** 办件编号 taken by cases this batch opens: a second case with one of them is refused. */
  const numbersOpenedHere = new Map<string, string>();
  const plan: BatchPlan = { results: [], applied: [], cases: new Map() };

  const caseOf = (caseId: string): WorkingCase => {
    let found = working.get(caseId);
    if (!found) {
      const stored = lookups.storedStates.get(caseId);
      found = { state: stored, isNew: stored === undefined, appliedHere: [] };
      working.set(caseId, found);
    }
    return found;
  };

  const numberTaken = async (state: CaseState): Promise<boolean> => {
    const openedHere = numbersOpenedHere.get(state.caseNumber);
    if (openedHere !== undefined && openedHere !== state.caseId) return true;
    return (await lookups.caseWithNumber(state.caseNumber, state.caseId)) !== undefined;
  };

  for (const event of events) {
    const storedHash = lookups.storedHashes.get(event.id) ?? appliedHashes.get(event.id);
    if (storedHash !== undefined) {
      plan.results.push(
        storedHash === event.hash
          ? { id: event.id, status: 'duplicate' }
          : rejected(event, { code: 'ID_CONFLICT', message: '事件编号已被另一内容不同的事件使用' }),
      );
      continue;
    }

    const current = caseOf(event.caseId);
    const merged = await mergeEvent(current.state, event, async () => {
      current.storedLog ??= current.isNew ? [] : await lookups.loadCaseLog(event.caseId);
      return [...current.storedLog, ...current.appliedHere];
    });
    if (merged.kind === 'rejected') {
      plan.results.push(rejected(event, merged));
      continue;
    }
    if (merged.kind === 'missingParents') {
      plan.results.push({ id: event.id, status: 'deferred', code: 'MISSING_PARENTS', message: MISSING_PARENTS_MESSAGE });
      continue;
    }
    const { routing } = merged.state;
    // Routing is set by the event that opens the case (受理, 一次性告知 or 不予受理 on the spot).
    const opens = current.state === undefined;
    const problem =
      (opens ? checkRouting(routing, event) : undefined) ??
      (origin.kind === 'peer' ? checkPeerCase(routing) : undefined) ??
      (opens && (await numberTaken(merged.state)) ? duplicateCaseNumber(merged.state) : undefined);
    if (problem) {
      plan.results.push(rejected(event, problem));
      continue;
    }

    if (opens) numbersOpenedHere.set(merged.state.caseNumber, merged.state.caseId);
    current.state = merged.state;
    current.appliedHere.push(event);
    appliedHashes.set(event.id, event.hash);
    plan.applied.push({ event, routing });
    plan.cases.set(event.caseId, { state: merged.state, isNew: current.isNew });
    plan.results.push({ id: event.id, status: 'applied' });
  }
  return plan;
}

/**
 * The 办件编号 the batch's new cases would carry, so the caller can look them all up in one
 * statement before planning (an opening event folds on its own, without the hub's data).
 */
export async function numbersOpenedBy(events: readonly CaseEvent[], storedStates: ReadonlyMap<string, CaseState>): Promise<string[]> {
  const numbers = new Set<string>();
  for (const event of events) {
    if (storedStates.has(event.caseId)) continue;
    const opened = await mergeEvent(undefined, event, async () => []);
    if (opened.kind === 'appended') numbers.add(opened.state.caseNumber);
  }
  return [...numbers];
}

function duplicateCaseNumber(state: CaseState): Rejection {
  return {
    code: 'DUPLICATE_CASE_NUMBER',
    message: `办件编号 ${state.caseNumber} 已被另一办件使用：本窗口的编号可能因本机数据丢失或两台电脑共用一个窗口号而重复，请联系管理员`,
  };
}

function rejected(event: CaseEvent, { code, message }: Rejection): EventResult {
  return { id: event.id, status: 'rejected', code, message };
}
