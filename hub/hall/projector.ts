/**
 * Keeps hall_case_facts in step with the cases: follows the feed from the last seq it
 * projected, refolds nothing (the folded state is in case_routes), derives each touched
 * case's facts (shared/domain/case/hall-facts.ts) and writes them with the new cursor in one
 * transaction. Runs beside ingest, so a push never waits on it; the hall view lags the
 * feed by at most one tick (a second), and `drainOnce()` catches up on demand.
 *
 * Its work is per case, but each pass also has a fixed cost (the cursor row, the feed read,
 * the summary clean-up), and busy workstations would otherwise start a pass after nearly
 * every push. So on PGlite nudged passes are spaced PGLITE_MIN_PASS_GAP_MS apart: under load
 * a pass takes everything pushed meanwhile in one set. On both engines a pass ends on its
 * first short page instead of running one more empty transaction.
 */
import type { CaseState } from '../../shared/domain/case/case-state';
import { hallCaseFacts } from '../../shared/domain/case/hall-facts';
import type { Database, Queryable } from '../db/database';
import { upsertCaseFacts } from './case-facts-store';
import { hubCalendar } from './hub-calendar';
import type { RecentCaseStates } from './recent-case-states';

const BATCH = 2_000;
const ID_LIST = '(SELECT jsonb_array_elements_text($1::jsonb))';
/**
 * PGlite only: there a pass holds the one connection the pushes need, so fewer, larger passes
 * give ingest the most (measured: about a quarter less CPU per event with 16 workstations).
 * On PostgreSQL a pass runs on its own connection beside the pushes, and spacing passes out
 * measured slower there (bursts of projection work), so it follows the nudges as they come.
 * Well under the one-tick lag the hall view promises either way.
 */
const PGLITE_MIN_PASS_GAP_MS = 200;

async function readStates(tx: Queryable, caseIds: readonly string[]): Promise<CaseState[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx.query<{ state: CaseState }>(`SELECT state FROM case_routes WHERE case_id IN ${ID_LIST}`, [JSON.stringify(caseIds)]);
  return rows.map((row) => row.state);
}

export interface HallProjector {
  /** Projects everything the feed has now; resolves when caught up. */
  drainOnce(): Promise<number>;
  nudge(): void;
  close(): Promise<void>;
}

export interface HallProjectorOptions {
  db: Database;
  /** States this instance's ingest just wrote: a case found there is not read back. */
  recentStates?: RecentCaseStates;
  intervalMs?: number;
  automatic?: boolean;
  reportError?: (error: unknown) => void;
}

export function startHallProjector(options: HallProjectorOptions): HallProjector {
  const { db, recentStates } = options;
  const minPassGapMs = db.engine === 'pglite' ? PGLITE_MIN_PASS_GAP_MS : 0;
  let running: Promise<number> | null = null;
  let closed = false;
  let nudgeQueued = false;
  let lastPassStarted = Number.NEGATIVE_INFINITY;

  async function step(): Promise<number> {
    return db.transaction(async (tx) => {
      const [cursor] = await tx.query<{ last_seq: string }>(
        'SELECT last_seq::text AS last_seq FROM hall_projection WHERE id = 1 FOR UPDATE',
      );
      const last = cursor?.last_seq ?? '0';
      const feed = await tx.query<{ seq: string; case_id: string }>(
        'SELECT seq::text AS seq, case_id FROM feed WHERE seq > $1::bigint ORDER BY seq LIMIT $2',
        [last, BATCH],
      );
      const end = feed.at(-1)?.seq;
      if (!end) return 0;
      const caseIds = [...new Set(feed.map((row) => row.case_id))];
      const states = await currentStates(tx, caseIds);
      await upsertCaseFacts(
        tx,
        states.map((state) => hallCaseFacts(state, hubCalendar)),
      );
      await tx.query('UPDATE hall_projection SET last_seq = $1::bigint WHERE id = 1', [end]);
      return feed.length;
    });
  }

  /** The stored state of each case: from memory when its heads still match, else read. */
  async function currentStates(tx: Queryable, caseIds: readonly string[]): Promise<CaseState[]> {
    if (!recentStates) return readStates(tx, caseIds);
    const stored = await tx.query<{ case_id: string; heads: string[] }>(
      `SELECT case_id, state->'heads' AS heads FROM case_routes WHERE case_id IN ${ID_LIST}`,
      [JSON.stringify(caseIds)],
    );
    const states: CaseState[] = [];
    const misses: string[] = [];
    for (const row of stored) {
      const remembered = recentStates.take(row.case_id, row.heads);
      if (remembered) states.push(remembered);
      else misses.push(row.case_id);
    }
    return misses.length === 0 ? states : [...states, ...(await readStates(tx, misses))];
  }

  // A call made while a pass runs waits for it and then makes its own, so it sees what was
  // pushed before it was called.
  async function afterRunningPass(): Promise<void> {
    while (running) await running.catch(() => undefined);
  }

  async function drainOnce(): Promise<number> {
    await afterRunningPass();
    lastPassStarted = performance.now();
    running = (async () => {
      // A page shorter than BATCH reached the feed's end as of its read: caught up.
      let total = 0;
      for (let done = BATCH; done === BATCH;) {
        done = await step();
        total += done;
      }
      return total;
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  const tick = () => {
    if (closed) return;
    drainOnce().catch((error: unknown) => (options.reportError ?? console.error)(error));
  };
  const timer = options.automatic === false ? null : setInterval(tick, options.intervalMs ?? 1_000);
  timer?.unref();

  return {
    drainOnce,
    nudge: () => {
      if (options.automatic === false || nudgeQueued) return;
      // One pass waits behind the running one for all the nudges meanwhile: it starts after
      // their batches committed, so it sees them, and 16 busy workstations cost a pass per
      // pass's time rather than a pass per push.
      nudgeQueued = true;
      void (async () => {
        await afterRunningPass();
        const wait = lastPassStarted + minPassGapMs - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait).unref());
        await afterRunningPass();
        nudgeQueued = false;
        tick();
      })();
    },
    close: async () => {
      closed = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
