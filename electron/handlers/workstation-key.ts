/**
 * The workstation's signing key (ECDSA P-256), made on first use and kept in the profile
 * directory, readable by the user only. Its public half is registered with the hub at
 * enrollment, so receipts this workstation seals can be verified by anyone offline.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface WorkstationKey {
  /** SubjectPublicKeyInfo (DER), base64: what the hub publishes. */
  publicKey: string;
  /** Raw r||s signature (IEEE P1363), the form WebCrypto verifies. */
  sign(message: string): Uint8Array;
}

export function loadWorkstationKey(dataDir: string): WorkstationKey {
  const file = join(dataDir, 'keys', 'workstation-signing-key.pem');
  let privateKey: KeyObject;
  if (existsSync(file)) {
    privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  } else {
    privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    publicKey,
    sign: (message) => new Uint8Array(sign('sha256', Buffer.from(message, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' })),
  };
}
