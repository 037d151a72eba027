/** Retry delays: the exponential curve, and the per-peer back-off built on it. */
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, createPeerHealth, DEFAULT_BACKOFF } from '../../hub/forwarder/backoff';

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

describe('per-peer health', () => {
  const policy = { baseMs: 1_000, maxMs: 30_000 };
  const top = () => 1 - Number.EPSILON;

  it('lets the first try through, then waits longer after each failure, up to the cap', () => {
    const peer = createPeerHealth(policy, top);
    expect(peer.mayTry(0)).toBe(true);
    expect(peer.snapshot()).toMatchObject({ state: 'notTriedYet', consecutiveFailures: 0 });
    let now = 0;
    const waits: number[] = [];
    for (let failure = 1; failure <= 7; failure += 1) {
      peer.recordFailure(now, '无法连接对端交换中心');
      let wait = 0;
      while (!peer.mayTry(now + wait)) wait += 500;
      waits.push(wait);
      now += wait;
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(peer.snapshot()).toMatchObject({
      state: 'backingOff',
      consecutiveFailures: 7,
      failingSince: new Date(0).toISOString(),
      lastError: '无法连接对端交换中心',
    });
  });

  it('forgets the failures once the peer answers', () => {
    const peer = createPeerHealth(policy, top);
    peer.recordFailure(0, 'HTTP 503');
    peer.recordFailure(1_000, 'HTTP 503');
    expect(peer.mayTry(2_000)).toBe(false);
    peer.recordSuccess(5_000);
    expect(peer.mayTry(5_000)).toBe(true);
    expect(peer.snapshot()).toEqual({
      state: 'ok',
      consecutiveFailures: 0,
      failingSince: undefined,
      lastError: undefined,
      nextAttemptAt: undefined,
      lastDeliveryAt: new Date(5_000).toISOString(),
    });
  });
});
