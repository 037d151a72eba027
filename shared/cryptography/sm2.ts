/**
 * SM2 signatures (GB/T 32918.2) through sm-crypto-v2, with the standard's default signer id
 * 1234567812345678 in the Z value and SM3 over Z||M, as GM/T 0009 and other 国密 systems
 * expect. Signatures are raw r||s (64 bytes), like the ECDSA seals; public keys travel as
 * SubjectPublicKeyInfo DER (id-ecPublicKey with the SM2 curve, GM/T 0010), the same form
 * as P-256 keys, so one published key list holds both and the key itself says its curve.
 */
import { sm2 } from 'sm-crypto-v2';
import { base64ToBytes, bytesToBase64 } from '../util/base64';

/** GB/T 32918.2 / GM/T 0009: the signer id when none is agreed. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** SPKI DER up to the key point: SEQUENCE { id-ecPublicKey, curve OID }, BIT STRING header. */
const SPKI_HEADERS = {
  'ecdsa-p256': '3059301306072a8648ce3d020106082a8648ce3d030107034200',
  /** Curve OID 1.2.156.10197.1.301 (sm2p256v1). */
  sm2: '3059301306072a8648ce3d020106082a811ccf5501822d034200',
} as const;

type SpkiCurve = keyof typeof SPKI_HEADERS;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/** The curve of an uncompressed-point EC SubjectPublicKeyInfo (base64 DER), or null for anything else. */
export function curveOfPublicKey(spkiBase64: string): SpkiCurve | null {
  let hex: string;
  try {
    hex = toHex(base64ToBytes(spkiBase64));
  } catch {
    return null;
  }
  if (hex.length !== 91 * 2) return null;
  for (const curve of Object.keys(SPKI_HEADERS) as SpkiCurve[]) {
    if (hex.startsWith(SPKI_HEADERS[curve]) && hex.slice(SPKI_HEADERS[curve].length, SPKI_HEADERS[curve].length + 2) === '04') return curve;
  }
  return null;
}

/** "04"||x||y (the library's form) -> SPKI DER, base64. */
export function sm2PublicKeyToSpki(publicKeyHex: string): string {
  return bytesToBase64(fromHex(`${SPKI_HEADERS.sm2}${publicKeyHex.toLowerCase()}`));
}

function sm2PointOf(spkiBase64: string): string | null {
  if (curveOfPublicKey(spkiBase64) !== 'sm2') return null;
  return toHex(base64ToBytes(spkiBase64)).slice(SPKI_HEADERS.sm2.length);
}

export interface Sm2KeyPair {
  /** 32-byte scalar, hex. */
  privateKey: string;
  /** SPKI DER, base64. */
  publicKey: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey: sm2PublicKeyToSpki(publicKey) };
}

export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2PublicKeyToSpki(sm2.getPublicKeyFromPrivateKey(privateKeyHex));
}

/** Signs the UTF-8 bytes of `message`; raw r||s. */
export function sm2Sign(privateKeyHex: string, message: string): Uint8Array {
  const publicKey = sm2.getPublicKeyFromPrivateKey(privateKeyHex);
  const signature = sm2.doSignature(new TextEncoder().encode(message), privateKeyHex, {
    hash: true,
    publicKey,
    userId: SM2_DEFAULT_USER_ID,
  });
  return fromHex(signature);
}

/** False for a wrong signature, a key that is not SM2, or a malformed one. */
export function sm2Verify(spkiBase64: string, message: string, signature: Uint8Array): boolean {
  const point = sm2PointOf(spkiBase64);
  if (!point || signature.length !== 64) return false;
  try {
    return sm2.doVerifySignature(new TextEncoder().encode(message), toHex(signature), point, { hash: true, userId: SM2_DEFAULT_USER_ID });
  } catch {
    return false;
  }
}
