/**
 * The algorithms a deployment signs and hashes with, chosen per province hub and announced
 * by it (GET /v1/health, /v1/keys, push answers); its workstations follow. Both suites are
 * verified everywhere, always: a log or a receipt made before a change-over stays valid.
 *
 *   ecdsa-p256-sha256  ECDSA P-256 seals, SHA-256 event hashes (the original suite)
 *   sm2-sm3            国密: SM2 seals (GB/T 32918), SM3 event hashes (GB/T 32905)
 */
import { z } from 'zod';

export const CRYPTO_SUITES = ['ecdsa-p256-sha256', 'sm2-sm3'] as const;
export const cryptoSuiteSchema = z.enum(CRYPTO_SUITES, { message: '密码算法套件应为 ecdsa-p256-sha256 或 sm2-sm3' });
export type CryptoSuite = z.infer<typeof cryptoSuiteSchema>;

export const DEFAULT_CRYPTO_SUITE: CryptoSuite = 'ecdsa-p256-sha256';

export type EventHashAlgorithm = 'sha256' | 'sm3';
export type SealAlgorithm = 'ecdsa-p256' | 'sm2';

export function hashAlgorithmOfSuite(suite: CryptoSuite): EventHashAlgorithm {
  return suite === 'sm2-sm3' ? 'sm3' : 'sha256';
}

export function sealAlgorithmOfSuite(suite: CryptoSuite): SealAlgorithm {
  return suite === 'sm2-sm3' ? 'sm2' : 'ecdsa-p256';
}
