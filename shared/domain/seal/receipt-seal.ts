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
 */
import type { SealAlgorithm } from '../../cryptography/crypto-suite';
import { verifySealSignature } from '../../cryptography/seal-signature';
import { base32Decode, base32Encode } from '../../util/base32';

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
}

export type SealVerdict =
  | { valid: true; fields: ReceiptSealFields; key: PublishedKey; algorithm: SealAlgorithm }
  | { valid: false; reason: string };

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

/** Verifies a scanned QR text against published keys, without any network. */
export async function verifySealedQr(text: string, keys: ReadonlyMap<string, PublishedKey>): Promise<SealVerdict> {
  const parsed = parseSealedQr(text);
  if (!parsed) return { valid: false, reason: '二维码格式不符，不是本系统签发的受理回执' };
  const key = keys.get(parsed.fields.workstationId);
  if (!key) return { valid: false, reason: '签发工作站的公钥未在省级平台登记（或公钥清单未更新）' };
  if (!parsed.fields.caseNumber.startsWith(key.hallCode)) {
    return { valid: false, reason: '办件编号与签发工作站所在大厅不一致' };
  }
  const { fields, signature, algorithm } = parsed;
  const ok = await verifySealSignature(algorithm, key.publicKey, receiptSealMessage(fields, algorithm), signature);
  return ok ? { valid: true, fields, key, algorithm } : { valid: false, reason: '签名校验失败：回执内容被改动或伪造' };
}
