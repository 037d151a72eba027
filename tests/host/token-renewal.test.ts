/**
 * A workstation whose hub token expired (a PC back after a long time offline) gets a new one
 * on its own, by renewing with its pinned key's signature rather than enrolling again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, startSignedInHost, type SignedInHost } from './support/signed-in-host';

let root: string;
let host: SignedInHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'token-renewal-'));
  host = await startSignedInHost(root);
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

interface TokenRow {
  enrolled_at: string;
  key_proof_at: string;
  still_expired: boolean;
}

const tokenRow = async () =>
  (
    await host.hub.db.query<TokenRow>(
      `SELECT enrolled_at::text, key_proof_at::text, token_expires_at <= now() AS still_expired FROM workstations`,
    )
  )[0];

it('renews an expired token with the workstation key, without enrolling again', async () => {
  await host.call('people:signOut', {});
  await host.hub.db.query(`UPDATE workstations SET token_expires_at = now() - interval '1 day'`);
  const before = await tokenRow();
  expect(before?.still_expired).toBe(true);

  const signedIn = await host.call('people:signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(signedIn.ok, JSON.stringify(signedIn.error)).toBe(true);

  const after = await tokenRow();
  expect(after?.still_expired).toBe(false);
  // Renewed, not re-enrolled: the enrollment stands, a newer proof of the key was accepted.
  expect(after?.enrolled_at).toBe(before?.enrolled_at);
  expect(after?.key_proof_at).not.toBe(before?.key_proof_at);
});

it('renews ahead of expiry once two thirds of the term have passed, and keeps working meanwhile', async () => {
  const settingsFile = join(root, 'profile', 'settings.json');
  const stored = JSON.parse(readFileSync(settingsFile, 'utf8')) as {
    hubToken: string;
    hubTokenTerm: { issuedAt: string; expiresAt: string } | null;
  };
  // The hub said when the token expires; the host kept it.
  expect(stored.hubTokenTerm).not.toBeNull();
  expect(Date.parse(stored.hubTokenTerm?.expiresAt ?? '')).toBeGreaterThan(Date.now());

  // Twenty-one days into a thirty-day token: still valid at the hub, but due for renewal.
  const day = 86_400_000;
  const term = { issuedAt: new Date(Date.now() - 21 * day).toISOString(), expiresAt: new Date(Date.now() + 9 * day).toISOString() };
  writeFileSync(settingsFile, JSON.stringify({ ...stored, hubTokenTerm: term }));
  const before = await tokenRow();
  expect(before?.still_expired).toBe(false);

  const answer = await host.call('sync:lastCaseNumber', { date: '2026-12-07' });
  expect(answer.ok, JSON.stringify(answer.error)).toBe(true);

  const after = JSON.parse(readFileSync(settingsFile, 'utf8')) as typeof stored;
  expect(after.hubToken).not.toBe(stored.hubToken);
  expect(Date.parse(after.hubTokenTerm?.issuedAt ?? '')).toBeGreaterThan(Date.parse(term.issuedAt));
  expect((await tokenRow())?.key_proof_at).not.toBe(before?.key_proof_at);
});
