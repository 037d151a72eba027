/**
 * The one retry policy of the sync path: exponential with jitter, capped so a recovered
 * peer or hub is found soon. Used by the workstation's sync engine and outbox and by the
 * hub's forwarder. The jitter matters: after an outage every workstation of a province
 * reconnects; without it they would retry in lock-step and hit the hub together.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Hub → peer hub. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 30_000 };
/** Workstation → its hub: a clerk waits on the answer, so the cap is short. */
export const WORKSTATION_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 10_000 };

/**
 * Delay before the next try after `attempts` failed tries (1 = first failure). The jitter
 * (75–100 %) spreads out items that failed together so they do not retry in lockstep.
 */
export function backoffDelayMs(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling * (0.75 + 0.25 * random()));
}
