/**
 * The signed receipt QR: case number, query password and the accepting workstation's id,
 * signed with that workstation's ECDSA P-256 key. Anyone holding the province's published
 * workstation keys can verify a paper receipt offline: a forged or altered receipt fails.
 *
 *   CYTB2:<办件编号>:<查询密码>:<workstation ULID>:<signature, base32 of r||s>
 *
 * Everything is upper-case alphanumeric plus ':' so the QR stays in alphanumeric mode.
 */
import { base32Decode, base32Encode } from '../util/base32';

const PATTERN = /^CYTB2:(\d{22}):(\d{6}):([0-9A-HJKMNP-TV-Z]{26}):([A-Z2-7]{100,110})$/;

export interface ReceiptSealFields {
  caseNumber: string;
  queryPassword: string;
  workstationId: string;
}

export interface PublishedKey {
  workstationId: string;
  province: '51' | '50';
  hallCode: string;
  /** SubjectPublicKeyInfo (DER), base64. */
  publicKey: string;
}

export type SealVerdict =
  | { valid: true; fields: ReceiptSealFields; key: PublishedKey }
  | { valid: false; reason: string };

/** The exact bytes that are signed. */
export function receiptSealMessage(fields: ReceiptSealFields): string {
  return `CYTB2|${fields.caseNumber}|${fields.queryPassword}|${fields.workstationId}`;
}

export function formatSealedQr(fields: ReceiptSealFields, signature: Uint8Array): string {
  return `CYTB2:${fields.caseNumber}:${fields.queryPassword}:${fields.workstationId}:${base32Encode(signature)}`;
}

export function parseSealedQr(text: string): { fields: ReceiptSealFields; signature: Uint8Array } | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, caseNumber = '', queryPassword = '', workstationId = '', encoded = ''] = match;
  const signature = base32Decode(encoded);
  return signature && signature.length === 64 ? { fields: { caseNumber, queryPassword, workstationId }, signature } : null;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
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
  const publicKey = await globalThis.crypto.subtle.importKey('spki', fromBase64(key.publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const ok = await globalThis.crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    new Uint8Array(parsed.signature),
    new TextEncoder().encode(receiptSealMessage(parsed.fields)),
  );
  return ok ? { valid: true, fields: parsed.fields, key } : { valid: false, reason: '签名校验失败：回执内容被改动或伪造' };
}
