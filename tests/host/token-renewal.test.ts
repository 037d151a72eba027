/**
 * A workstation whose hub token expired (a PC back after a long time offline) gets a new one
 * on its own, by renewing with its pinned key's signature rather than enrolling again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
  (await host.hub.db.query<TokenRow>(`SELECT enrolled_at::text, key_proof_at::text, token_expires_at <= now() AS still_expired FROM workstations`))[0];

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
