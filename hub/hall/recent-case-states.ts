/**
 * The folded states this hub instance just wrote, kept in memory for the hall projector, so
 * that projecting a case it ingested a moment ago needs no read of the case's whole state
 * back from the database (on PGlite that read, and on PostgreSQL its transfer and parse, was
 * a large part of the projector's cost).
 *
 * A remembered state is used only when the stored row still has the same heads: the heads
 * name the case's whole log (every event is a head or an ancestor of one), and the state is
 * the fold of that log, so equal heads mean an equal state, whichever instance wrote it.
 * Anything else (another instance moved the case on, an entry evicted or never remembered)
 * is a miss and the projector reads the state as before.
 */
import type { CaseState } from '../../shared/domain/case/case-state';

/** Enough for several projector passes at full ingest speed; the oldest go first. */
const DEFAULT_CAPACITY = 20_000;

export interface RecentCaseStates {
  remember(states: Iterable<CaseState>): void;
  /** The remembered state of `caseId` if its heads are `heads`; the entry is dropped either way. */
  take(caseId: string, heads: readonly string[]): CaseState | undefined;
}

export function createRecentCaseStates(capacity = DEFAULT_CAPACITY): RecentCaseStates {
  const states = new Map<string, CaseState>();
  return {
    remember(written) {
      for (const state of written) {
        // Re-inserting moves the case to the young end of the map's order.
        states.delete(state.caseId);
        states.set(state.caseId, state);
      }
      for (const oldest of states.keys()) {
        if (states.size <= capacity) break;
        states.delete(oldest);
      }
    },
    take(caseId, heads) {
      const state = states.get(caseId);
      if (!state) return undefined;
      states.delete(caseId);
      return sameHeads(state.heads, heads) ? state : undefined;
    },
  };
}

function sameHeads(remembered: readonly string[], stored: readonly string[]): boolean {
  return remembered.length === stored.length && remembered.every((head, index) => head === stored[index]);
}
