/**
 * The signed receipt QR: case number, query password and the accepting workstation's id,
 * signed with that workstation's key. Anyone holding the province's published workstation
 * keys can verify a paper receipt offline: a forged or altered receipt fails. The leading tag
 * names the signature's algorithm (the workstation's key, shared/cryptography/crypto-suite.ts):
 *
 *   CYTB2:<办件编号>:<查询密码>:<workstation ULID>:<signature>   ECDSA P-256 / SHA-256
 *   CYSM2:<办件编号>:<查询密码>:<workstation ULID>:<signature>   SM2 with SM3 (国密)
 *
 * The signature is base32 of raw r||s. Everything is upper-case alphanumeric plus ':' so
 * the QR stays in alphanumeric mode. Receipts of both kinds stay valid whatever the
 * deployment's suite is now.
 *
 * A workstation's key can be retired (an administrator's key reset, or a rotation to the
 * deployment's suite); the hub keeps publishing it with `retiredAt`. A receipt carries no
 * time but its 办件编号's China date, so a retired key verifies receipts whose number is
 * dated on or before the China day it was retired, and none dated after: someone who took
 * the old key cannot seal new receipts with it. (The day of retirement stays open because a
 * number names only the day; the hub's check also needs the real case and its 查询密码.)
 */
import type { SealAlgorithm } from '../../cryptography/crypto-suite';
import { verifySealSignature } from '../../cryptography/seal-signature';
import { base32Decode, base32Encode } from '../../util/base32';
import { chinaDate } from '../../util/china-time';
import { caseNumberDate } from '../case/case-number';

const TAGS = { 'ecdsa-p256': 'CYTB2', sm2: 'CYSM2' } as const satisfies Record<SealAlgorithm, string>;
const PATTERN = /^(CYTB2|CYSM2):(\d{22}):(\d{6}):([0-9A-HJKMNP-TV-Z]{26}):([A-Z2-7]{100,110})$/;

export interface ReceiptSealFields {
  caseNumber: string;
  queryPassword: string;
  workstationId: string;
}

export interface PublishedKey {
  workstationId: string;
  province: '51' | '50';
  hallCode: string;
  /** SubjectPublicKeyInfo (DER), base64; its curve (P-256 or SM2) says which seals it verifies. */
  publicKey: string;
  /** The key's algorithm as the hub read it; lists saved before 国密 lack it. */
  algorithm?: SealAlgorithm;
  /** When the key was retired (ISO instant); absent = the workstation's current key. */
  retiredAt?: string;
}

export type SealVerdict =
  { valid: true; fields: ReceiptSealFields; key: PublishedKey; algorithm: SealAlgorithm } | { valid: false; reason: string };

/** The exact bytes that are signed; the tag is part of them. */
export function receiptSealMessage(fields: ReceiptSealFields, algorithm: SealAlgorithm = 'ecdsa-p256'): string {
  return `${TAGS[algorithm]}|${fields.caseNumber}|${fields.queryPassword}|${fields.workstationId}`;
}

export function formatSealedQr(fields: ReceiptSealFields, signature: Uint8Array, algorithm: SealAlgorithm = 'ecdsa-p256'): string {
  return `${TAGS[algorithm]}:${fields.caseNumber}:${fields.queryPassword}:${fields.workstationId}:${base32Encode(signature)}`;
}

export function parseSealedQr(text: string): { fields: ReceiptSealFields; signature: Uint8Array; algorithm: SealAlgorithm } | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, tag, caseNumber = '', queryPassword = '', workstationId = '', encoded = ''] = match;
  const signature = base32Decode(encoded);
  const algorithm: SealAlgorithm = tag === TAGS.sm2 ? 'sm2' : 'ecdsa-p256';
  return signature && signature.length === 64 ? { fields: { caseNumber, queryPassword, workstationId }, signature, algorithm } : null;
}

/** Whether a retired key may have sealed a receipt with this 办件编号 (see the module's note). */
function sealedWhileKeyInUse(key: PublishedKey, caseNumber: string): boolean {
  if (key.retiredAt === undefined) return true;
  const claimed = caseNumberDate(caseNumber);
  return claimed !== null && claimed <= chinaDate(new Date(key.retiredAt));
}

/**
 * Verifies a scanned QR text against the published key list (`GET /v1/keys`: current and
 * retired keys), without any network.
 */
export async function verifySealedQr(text: string, keys: readonly PublishedKey[]): Promise<SealVerdict> {
  const parsed = parseSealedQr(text);
  if (!parsed) return { valid: false, reason: '二维码格式不符，不是本系统签发的受理回执' };
  const { fields, signature, algorithm } = parsed;
  const candidates = keys.filter((key) => key.workstationId === fields.workstationId);
  if (candidates.length === 0) return { valid: false, reason: '签发工作站的公钥未在省级平台登记（或公钥清单未更新）' };
  const ofHall = candidates.filter((key) => fields.caseNumber.startsWith(key.hallCode));
  if (ofHall.length === 0) return { valid: false, reason: '办件编号与签发工作站所在大厅不一致' };
  let retiredBefore: PublishedKey | undefined;
  for (const key of ofHall) {
    if (!(await verifySealSignature(algorithm, key.publicKey, receiptSealMessage(fields, algorithm), signature))) continue;
    if (sealedWhileKeyInUse(key, fields.caseNumber)) return { valid: true, fields, key, algorithm };
    retiredBefore = key;
  }
  if (retiredBefore?.retiredAt !== undefined) {
    return { valid: false, reason: `签章所用密钥已于${chinaDate(new Date(retiredBefore.retiredAt))}停用，此后日期的回执不能用它签发` };
  }
  return { valid: false, reason: '签名校验失败：回执内容被改动或伪造' };
}
