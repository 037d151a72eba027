/**
 * A case's log is a DAG of events, not a single chain: each event names as parents the heads
 * its workstation knew (case-parents.ts). Two provinces acting while apart make two branches;
 * the next event made where both are known joins them. Every place that holds the same
 * events folds them in the same order (orderCaseLog), so every place shows the same state:
 * that is what makes the hubs and workstations converge, in any arrival order.
 *
 * The hash links stay a tamper check: an event's hash covers its parents, so editing or
 * removing an event that others follow shows (verify-chain.ts). Concurrency is not tampering.
 *
 * Merging an event (mergeEvent) — the one path for hub ingest, pulled events and restores:
 *   - it follows exactly the current heads: the ordinary case, applied on the folded state;
 *   - a parent is missing: not applicable yet (the hub answers `deferred`, a workstation
 *     keeps it and tries again);
 *   - otherwise it is concurrent: it must be allowed where its clerk stood (the fold of its
 *     ancestors), then the whole log is refolded; it may be overruled there (case-conflicts.ts).
 * An event the state machine refuses where its clerk stood is rejected, never stored.
 */
import type { CaseEvent } from './case-events';
import { compareConcurrent } from './case-conflicts';
import { followsExactly, parentsOf } from './case-parents';
import { logBookkeeping, reduceEvent } from './case-reducers';
import type { CaseState, OverruledEvent } from './case-state';
import { checkTransition } from './case-transitions';

/** The log cannot be folded: an event's parent is not in it, or nothing opens the case. */
export class CaseLogError extends Error {
  constructor(
    readonly code: 'MISSING_PARENT' | 'NO_EVENTS' | 'BAD_OPENING' | 'CYCLE',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'CaseLogError';
  }
}

/**
 * The fold order: every event after its parents; among events whose parents are all placed,
 * compareConcurrent decides (handling side first, then the earlier id). Duplicates (same id)
 * count once. Logs hold tens of events, so a sorted ready list is plenty.
 */
export function orderCaseLog(events: readonly CaseEvent[]): CaseEvent[] {
  const unique = [...new Map(events.map((event) => [event.id, event])).values()];
  const byHash = new Map(unique.map((event) => [event.hash, event]));
  const unplacedParents = new Map<string, number>();
  const childrenOf = new Map<string, CaseEvent[]>();
  for (const event of unique) {
    const parents = parentsOf(event);
    for (const parent of parents) {
      if (!byHash.has(parent)) throw new CaseLogError('MISSING_PARENT', `事件 ${event.id} 的前序事件不在记录中`);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), event]);
    }
    unplacedParents.set(event.id, parents.length);
  }
  const ready = unique.filter((event) => unplacedParents.get(event.id) === 0);
  const order: CaseEvent[] = [];
  while (ready.length > 0) {
    ready.sort(compareConcurrent);
    const next = ready.shift() as CaseEvent;
    order.push(next);
    for (const child of childrenOf.get(next.hash) ?? []) {
      const left = (unplacedParents.get(child.id) ?? 0) - 1;
      unplacedParents.set(child.id, left);
      if (left === 0) ready.push(child);
    }
  }
  if (order.length !== unique.length) throw new CaseLogError('CYCLE', '事件记录存在循环引用');
  return order;
}

/** Folds events already in fold order; overruled events stay in the log without effect. */
export function foldOrdered(order: readonly CaseEvent[]): CaseState {
  let state: CaseState | undefined;
  for (const [index, event] of order.entries()) {
    const rejection = checkTransition(state, event);
    if (!rejection) {
      state = reduceEvent(state, event);
    } else if (!state) {
      throw new CaseLogError('BAD_OPENING', `${rejection.code}: ${rejection.message}`);
    } else {
      const overruled = overruledRecord(event, rejection, order, index, state);
      state = { ...state, ...logBookkeeping(state, event), overruled: [...(state.overruled ?? []), overruled] };
    }
  }
  if (!state) throw new CaseLogError('NO_EVENTS', '办件没有任何事件');
  return state;
}

/** The fold of a whole log, in any given order. */
export function foldCaseLog(events: readonly CaseEvent[]): CaseState {
  return foldOrdered(orderCaseLog(events));
}

/** `event` and every event it follows, directly or not. */
export function ancestry(log: readonly CaseEvent[], event: CaseEvent): CaseEvent[] {
  const byHash = new Map(log.map((item) => [item.hash, item]));
  const seen = new Map<string, CaseEvent>();
  const stack = parentsOf(event);
  while (stack.length > 0) {
    const hash = stack.pop() as string;
    const found = byHash.get(hash);
    if (!found || seen.has(hash)) continue;
    seen.set(hash, found);
    stack.push(...parentsOf(found));
  }
  return [...seen.values()];
}

export type MergeResult =
  /** It follows every head: the state moved on by one event. */
  | { kind: 'appended'; state: CaseState }
  /** It was concurrent with events already here: the log was refolded into `order`. */
  | { kind: 'reordered'; state: CaseState; order: CaseEvent[] }
  /** An event it follows is not here yet. */
  | { kind: 'missingParents'; missing: string[] }
  | { kind: 'rejected'; code: string; message: string };

/**
 * Merges one event into a case (`state` undefined: the case is not here yet). `loadLog`
 * gives the case's stored events and is called only for a concurrent event.
 */
export async function mergeEvent(
  state: CaseState | undefined,
  event: CaseEvent,
  loadLog: () => Promise<readonly CaseEvent[]>,
): Promise<MergeResult> {
  const parents = parentsOf(event);
  if (!state) {
    if (parents.length > 0) return { kind: 'missingParents', missing: parents };
    return appendChecked(undefined, event);
  }
  if (event.caseId !== state.caseId) return { kind: 'rejected', code: 'WRONG_CASE', message: '事件不属于该办件' };
  if (parents.length === 0 || followsExactly(event, state.heads)) return appendChecked(state, event);

  const log = await loadLog();
  const known = new Set(log.map((item) => item.hash));
  const missing = parents.filter((parent) => !known.has(parent));
  if (missing.length > 0) return { kind: 'missingParents', missing };
  const whereItsClerkStood = foldCaseLog(ancestry(log, event));
  const rejection = checkTransition(whereItsClerkStood, event);
  if (rejection) return { kind: 'rejected', ...rejection };
  const order = orderCaseLog([...log, event]);
  return { kind: 'reordered', state: foldOrdered(order), order };
}

function appendChecked(state: CaseState | undefined, event: CaseEvent): MergeResult {
  const rejection = checkTransition(state, event);
  return rejection ? { kind: 'rejected', ...rejection } : { kind: 'appended', state: reduceEvent(state, event) };
}

/**
 * Names the event that beat `event`: the latest event before it in fold order that took
 * effect and that its clerk could not have known (not among its ancestors).
 */
function overruledRecord(
  event: CaseEvent,
  rejection: { code: string; message: string },
  order: readonly CaseEvent[],
  index: number,
  state: CaseState,
): OverruledEvent {
  const known = new Set(ancestry(order, event).map((item) => item.id));
  const overruledIds = new Set((state.overruled ?? []).map((item) => item.eventId));
  const winner = order
    .slice(0, index)
    .reverse()
    .find((item) => !known.has(item.id) && !overruledIds.has(item.id));
  return {
    eventId: event.id,
    type: event.type,
    actor: event.actor,
    at: event.at,
    code: rejection.code,
    message: rejection.message,
    ...(winner ? { overruledBy: { eventId: winner.id, type: winner.type, actor: winner.actor, at: winner.at } } : {}),
  };
}
