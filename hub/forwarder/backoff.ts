/**
 * Retry delays. The forwarder backs off per PEER: while the peer hub is unreachable it
 * sends nothing and touches no queue row, and probes again after an exponential delay, so
 * a day-long outage costs one small request per `maxMs` whatever the queue holds. Rows the
 * peer answered but did not take (deferred) get their own delay from the same curve.
 */
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from '../../shared/sync/backoff';

export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy };

export interface PeerHealthSnapshot {
  state: 'ok' | 'backingOff' | 'notTriedYet';
  consecutiveFailures: number;
  failingSince?: string;
  lastError?: string;
  nextAttemptAt?: string;
  lastDeliveryAt?: string;
}

/** The peer's reachability as the forwarder last saw it (in memory: a restart probes at once). */
export interface PeerHealth {
  /** Whether a delivery may be tried at `now` (ms since epoch). */
  mayTry(now: number): boolean;
  recordSuccess(now: number): void;
  recordFailure(now: number, reason: string): void;
  snapshot(): PeerHealthSnapshot;
}

export function createPeerHealth(policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): PeerHealth {
  let failures = 0;
  let tried = false;
  let nextAttemptAt = 0;
  let failingSince: number | undefined;
  let lastError: string | undefined;
  let lastDeliveryAt: number | undefined;
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

  return {
    mayTry: (now) => now >= nextAttemptAt,
    recordSuccess(now) {
      tried = true;
      failures = 0;
      nextAttemptAt = 0;
      failingSince = undefined;
      lastError = undefined;
      lastDeliveryAt = now;
    },
    recordFailure(now, reason) {
      tried = true;
      failures += 1;
      failingSince ??= now;
      lastError = reason;
      nextAttemptAt = now + backoffDelayMs(failures, policy, random);
    },
    snapshot: () => ({
      state: !tried ? 'notTriedYet' : failures > 0 ? 'backingOff' : 'ok',
      consecutiveFailures: failures,
      failingSince: iso(failingSince),
      lastError,
      nextAttemptAt: failures > 0 ? iso(nextAttemptAt) : undefined,
      lastDeliveryAt: iso(lastDeliveryAt),
    }),
  };
}
