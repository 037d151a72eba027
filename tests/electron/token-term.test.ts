import { describe, expect, it } from 'vitest';
import { renewalDue, termFromNow } from '../../electron/settings/token-term';

const issuedAt = '2026-12-01T00:00:00.000Z';
const expiresAt = '2026-12-31T00:00:00.000Z'; // a 30-day token: due after day 20

describe('when the host renews its hub token on its own', () => {
  it('waits until two thirds of the term have passed', () => {
    expect(renewalDue({ issuedAt, expiresAt }, new Date('2026-12-20T23:59:00.000Z'))).toBe(false);
    expect(renewalDue({ issuedAt, expiresAt }, new Date('2026-12-21T00:00:00.000Z'))).toBe(true);
    expect(renewalDue({ issuedAt, expiresAt }, new Date('2027-01-05T00:00:00.000Z'))).toBe(true);
  });

  it('scales with the hub’s token lifetime: a one-day token is due after 16 hours', () => {
    const day = { issuedAt, expiresAt: '2026-12-02T00:00:00.000Z' };
    expect(renewalDue(day, new Date('2026-12-01T15:59:00.000Z'))).toBe(false);
    expect(renewalDue(day, new Date('2026-12-01T16:00:00.000Z'))).toBe(true);
  });

  it('leaves an unknown or garbled term to the hub’s 401 rather than renewing on every call', () => {
    const now = new Date('2027-06-01T00:00:00.000Z');
    expect(renewalDue(null, now)).toBe(false);
    expect(renewalDue({ issuedAt: 'yesterday', expiresAt }, now)).toBe(false);
    expect(renewalDue({ issuedAt: expiresAt, expiresAt: issuedAt }, now)).toBe(false);
  });

  it('records the term from the moment the hub answered, or none when the hub did not say', () => {
    const now = new Date(issuedAt);
    expect(termFromNow(expiresAt, now)).toEqual({ issuedAt, expiresAt });
    expect(termFromNow(undefined, now)).toBeNull();
  });
});
