/**
 * Where an event sits in its case's log: its parents are the heads its workstation knew
 * when it made it. Kept apart from case-log.ts so the reducers can use it without a cycle.
 */
import type { CaseEvent } from './case-events';

/** The hashes an event follows: its `prevHash` ('' for the opening event) and `alsoFollows`. */
export function parentsOf(event: Pick<CaseEvent, 'prevHash' | 'alsoFollows'>): string[] {
  if (event.prevHash === '') return [...(event.alsoFollows ?? [])];
  return [event.prevHash, ...(event.alsoFollows ?? [])];
}

/** The heads after `event` joins a log whose heads were `heads`: its parents stop being heads. */
export function nextHeads(heads: readonly string[], event: Pick<CaseEvent, 'prevHash' | 'alsoFollows' | 'hash'>): string[] {
  const followed = new Set(parentsOf(event));
  return [...heads.filter((head) => !followed.has(head)), event.hash].sort();
}

/**
 * The parent fields of a new event made on a case whose heads are `heads` and whose last
 * event in fold order is `lastHash`: it follows every head, so it comes after everything
 * its clerk could see.
 */
export function parentFieldsFor(state: { heads: readonly string[]; lastHash: string }): Pick<CaseEvent, 'prevHash' | 'alsoFollows'> {
  const others = state.heads.filter((head) => head !== state.lastHash).sort();
  return others.length === 0 ? { prevHash: state.lastHash } : { prevHash: state.lastHash, alsoFollows: others };
}

/** True when `event` follows exactly the given heads (it is the next event of a linear log). */
export function followsExactly(event: Pick<CaseEvent, 'prevHash' | 'alsoFollows'>, heads: readonly string[]): boolean {
  const parents = parentsOf(event);
  if (parents.length !== heads.length) return false;
  const wanted = new Set(heads);
  return parents.every((parent) => wanted.has(parent));
}
