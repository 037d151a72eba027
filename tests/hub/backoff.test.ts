import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF } from '../../hub/forwarder/backoff';

describe('forward retry backoff', () => {
  const top = () => 1 - Number.EPSILON;
  const bottom = () => 0;

  it('doubles from the base with each failure and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempts) => backoffDelayMs(attempts, DEFAULT_BACKOFF, top))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(backoffDelayMs(1_000, DEFAULT_BACKOFF, top)).toBe(30_000);
  });

  it('spreads retries over 75–100 % of the delay so items do not retry in lockstep', () => {
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, bottom)).toBe(3_000);
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(3_500);
  });
});
