/**
 * The workstation's signing key, made on first use and kept in the profile directory,
 * readable by the user only. Its public half is registered with the hub at enrollment, so
 * receipts this workstation seals can be verified by anyone offline.
 *
 * The key is ECDSA P-256 (`workstation-signing-key.pem`, PKCS#8) or, made in a deployment
 * whose hub announces sm2-sm3, SM2 (`workstation-sm2-key.json`, the private scalar). A key
 * that exists is always the one used, whatever the suite is now: the hub pinned it at
 * enrollment, and a new key means a new workstation id (an administrator's act).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { SealAlgorithm } from '../../shared/cryptography/crypto-suite';
import { generateSm2KeyPair, sm2PublicKeyOf, sm2Sign } from '../../shared/cryptography/sm2';

export interface WorkstationKey {
  /** SubjectPublicKeyInfo (DER), base64: what the hub publishes. */
  publicKey: string;
  algorithm: SealAlgorithm;
  /** Raw r||s signature (IEEE P1363), the form WebCrypto and the SM2 verifier take. */
  sign(message: string): Uint8Array;
}

const ECDSA_FILE = join('keys', 'workstation-signing-key.pem');
const SM2_FILE = join('keys', 'workstation-sm2-key.json');
const sm2FileSchema = z.object({ algorithm: z.literal('sm2'), privateKey: z.string().regex(/^[0-9a-f]{64}$/) });

/** Whether this profile has made its key yet (so the caller knows a suite choice still matters). */
export function hasWorkstationKey(dataDir: string): boolean {
  return existsSync(join(dataDir, ECDSA_FILE)) || existsSync(join(dataDir, SM2_FILE));
}

export function loadWorkstationKey(dataDir: string, algorithmForNewKey: SealAlgorithm = 'ecdsa-p256'): WorkstationKey {
  const ecdsaFile = join(dataDir, ECDSA_FILE);
  const sm2File = join(dataDir, SM2_FILE);
  if (existsSync(ecdsaFile)) return ecdsaKey(createPrivateKey(readFileSync(ecdsaFile, 'utf8')));
  if (existsSync(sm2File)) return sm2Key(sm2FileSchema.parse(JSON.parse(readFileSync(sm2File, 'utf8'))).privateKey);
  mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
  if (algorithmForNewKey === 'sm2') {
    const { privateKey } = generateSm2KeyPair();
    writeFileSync(sm2File, JSON.stringify({ algorithm: 'sm2', privateKey }), { mode: 0o600, flag: 'wx' });
    return sm2Key(privateKey);
  }
  const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  mkdirSync(dirname(ecdsaFile), { recursive: true, mode: 0o700 });
  writeFileSync(ecdsaFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return ecdsaKey(privateKey);
}

function ecdsaKey(privateKey: KeyObject): WorkstationKey {
  return {
    publicKey: createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64'),
    algorithm: 'ecdsa-p256',
    sign: (message) => new Uint8Array(sign('sha256', Buffer.from(message, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' })),
  };
}

function sm2Key(privateKey: string): WorkstationKey {
  return { publicKey: sm2PublicKeyOf(privateKey), algorithm: 'sm2', sign: (message) => sm2Sign(privateKey, message) };
}
