/**
 * Lets workstations wait for news in their feed instead of polling it. The hub keeps, per
 * audience key (a receiving hall, a handling place), the highest seq it knows of, and the
 * requests waiting on that key. A committed batch advances the keys it touched (this
 * process's batches right after commit; other hub instances' through the database's
 * notifications, feed-notifications.ts) and wakes the waiters it concerns.
 *
 * An idle workstation's wait is answered from memory: a watermark is read from the
 * database once per key and process (and again only after notifications may have been
 * missed), never per waiting request. So thousands of idle workstations cost no queries.
 *
 * Watermarks only ever rise to a seq that was committed, and seqs of one key rise in commit
 * order, so the highest seq seen is the key's latest row: a waiter whose cursor is below it
 * has rows to read (perhaps only its own echoes, which its pull then steps over).
 */
import { keysOfAudience, type FeedAudience, type FeedNews } from './feed-audience';

export interface FeedWatch {
  /**
   * True as soon as the audience's feed holds a row after `cursor`; false when `timeoutMs`
   * passes (or `signal` aborts) first.
   */
  waitForNews(audience: FeedAudience, cursor: bigint, timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
  /** A batch committed: its highest seq per audience key. */
  advance(news: FeedNews): void;
  /** Notifications may have been missed: drop every watermark and let each waiter look again. */
  forget(): void;
  /** Answers every waiter `false` and takes no more. */
  close(): void;
  /** Requests waiting right now (for tests and the operator). */
  waiting(): number;
}

interface Waiter {
  keys: readonly string[];
  cursor: bigint;
  settle(news: boolean): void;
}

/** `loadLatest` reads a key's highest seq from the database (0n when it has none). */
export function createFeedWatch(loadLatest: (key: string) => Promise<bigint>): FeedWatch {
  const latest = new Map<string, bigint>();
  const loading = new Map<string, Promise<bigint>>();
  const waitersByKey = new Map<string, Set<Waiter>>();
  /** Bumped by forget(): a load started before it must not restore a stale watermark. */
  let generation = 0;
  let closed = false;

  const raise = (key: string, seq: bigint) => {
    const known = latest.get(key);
    if (known === undefined || seq > known) latest.set(key, seq);
  };

  const watermark = (key: string): Promise<bigint> => {
    const known = latest.get(key);
    if (known !== undefined) return Promise.resolve(known);
    let pending = loading.get(key);
    if (!pending) {
      const started = generation;
      pending = loadLatest(key).then(
        (seq) => {
          if (generation === started) {
            loading.delete(key);
            raise(key, seq);
          }
          return latest.get(key) ?? seq;
        },
        (error: unknown) => {
          if (generation === started) loading.delete(key);
          throw error;
        },
      );
      loading.set(key, pending);
    }
    return pending;
  };

  const remove = (waiter: Waiter) => {
    for (const key of waiter.keys) {
      const set = waitersByKey.get(key);
      set?.delete(waiter);
      if (set?.size === 0) waitersByKey.delete(key);
    }
  };

  /** Wakes the waiter if its keys already hold a row after its cursor. */
  const check = async (waiter: Waiter) => {
    try {
      const marks = await Promise.all(waiter.keys.map(watermark));
      if (marks.some((mark) => mark > waiter.cursor)) waiter.settle(true);
    } catch {
      // The database could not say: answer "maybe", and the workstation simply pulls.
      waiter.settle(true);
    }
  };

  return {
    waitForNews(audience, cursor, timeoutMs, signal) {
      if (closed || signal?.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        let settled = false;
        const waiter: Waiter = {
          keys: keysOfAudience(audience),
          cursor,
          settle(news) {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            remove(waiter);
            resolve(news);
          },
        };
        const onAbort = () => waiter.settle(false);
        const timer = setTimeout(() => waiter.settle(false), timeoutMs);
        signal?.addEventListener('abort', onAbort);
        // Registered before the watermarks are read: a batch committing meanwhile wakes it.
        for (const key of waiter.keys) {
          let set = waitersByKey.get(key);
          if (!set) waitersByKey.set(key, (set = new Set()));
          set.add(waiter);
        }
        void check(waiter);
      });
    },

    advance(news) {
      for (const [key, seq] of news) {
        raise(key, seq);
        for (const waiter of [...(waitersByKey.get(key) ?? [])]) {
          if (seq > waiter.cursor) waiter.settle(true);
        }
      }
    },

    forget() {
      generation += 1;
      latest.clear();
      loading.clear();
      const everyone = new Set([...waitersByKey.values()].flatMap((set) => [...set]));
      for (const waiter of everyone) void check(waiter);
    },

    close() {
      closed = true;
      const everyone = new Set([...waitersByKey.values()].flatMap((set) => [...set]));
      for (const waiter of everyone) waiter.settle(false);
    },

    waiting: () => new Set([...waitersByKey.values()].flatMap((set) => [...set])).size,
  };
}
