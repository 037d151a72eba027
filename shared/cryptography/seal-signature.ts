/**
 * Verifies a workstation's signature (receipt seals, enrollment proofs) with its published
 * key, whichever suite made it: the key's curve picks the algorithm, and the caller says
 * which algorithm the signed object claims, so neither can be swapped for the other.
 */
import { base64ToBytes } from '../util/base64';
import type { SealAlgorithm } from './crypto-suite';
import { curveOfPublicKey, sm2Verify } from './sm2';

export async function verifySealSignature(
  algorithm: SealAlgorithm,
  spkiBase64: string,
  message: string,
  signature: Uint8Array,
): Promise<boolean> {
  if (curveOfPublicKey(spkiBase64) !== algorithm) return false;
  if (algorithm === 'sm2') return sm2Verify(spkiBase64, message, signature);
  try {
    const key = await globalThis.crypto.subtle.importKey('spki', base64ToBytes(spkiBase64), { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
    return await globalThis.crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      new Uint8Array(signature),
      new TextEncoder().encode(message),
    );
  } catch {
    return false;
  }
}
