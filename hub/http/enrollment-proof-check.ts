/**
 * Checks an enrollment proof (shared/sync/enrollment-proof.ts) against the presented key and
 * the hub's clock. Whether the key may be used for this workstation id, and whether the proof
 * is newer than the last one, is the store's part (store/workstations.ts). An SM2 key (国密
 * deployments) proves itself with an SM2 signature over the same message.
 */
import { createPublicKey, verify } from 'node:crypto';
import { curveOfPublicKey, sm2Verify } from '../../shared/cryptography/sm2';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { ENROLLMENT_PROOF_WINDOW_MS, enrollmentProofMessage, type EnrollmentProof } from '../../shared/sync/enrollment-proof';
import { HubHttpError } from './errors';

export function checkEnrollmentProof(
  province: ProvinceCode,
  workstationId: string,
  identity: WorkstationIdentity,
  publicKey: string,
  proof: EnrollmentProof | undefined,
  now = Date.now(),
): void {
  if (!proof) throw new HubHttpError(400, 'KEY_PROOF_REQUIRED', '注册请求缺少签章密钥的签名，请升级工作站软件后重试');
  if (Math.abs(Date.parse(proof.at) - now) > ENROLLMENT_PROOF_WINDOW_MS) {
    throw new HubHttpError(400, 'CLOCK_SKEW', '工作站时间与交换平台相差超过10分钟，请校准电脑时间后重试');
  }
  const message = enrollmentProofMessage({
    province,
    workstationId,
    hallCode: identity.hall.code,
    window: identity.window,
    publicKey,
    at: proof.at,
  });
  let valid: boolean;
  try {
    if (curveOfPublicKey(publicKey) === 'sm2') {
      valid = sm2Verify(publicKey, message, Buffer.from(proof.signature, 'base64'));
    } else {
      const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
      valid = verify('sha256', Buffer.from(message, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(proof.signature, 'base64'));
    }
  } catch {
    valid = false;
  }
  if (!valid) throw new HubHttpError(403, 'KEY_PROOF_INVALID', '注册签名校验失败：请求不是由持有该签章密钥的工作站发出');
}
