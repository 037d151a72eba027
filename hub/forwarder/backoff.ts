/** Per-item retry delay: exponential with jitter, capped so a recovered peer is found soon. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 30_000 };

/**
 * Delay before the next try after `attempts` failed tries (1 = first failure). The jitter
 * (75–100 %) spreads out items that failed together so they do not retry in lockstep.
 */
export function backoffDelayMs(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling * (0.75 + 0.25 * random()));
}
