/**
 * Proof that an enrolling workstation holds the private half of the key it presents. The
 * workstation signs this message with its signing key (ECDSA P-256 with SHA-256, or SM2 with
 * SM3 in a 国密 deployment; raw r||s) at
 * enrollment; the hub verifies it with the presented public key, and once a key is on file
 * for a workstation id, only a fresh proof with that key re-enrolls it. Public keys are
 * published (GET /v1/keys), so presenting a key proves nothing by itself.
 *
 * The message names the hub's province, the id, the hall and window asked for, the key and
 * the moment: a proof cannot be moved to another identity, and the hub accepts each key's
 * proofs only in increasing time, so an intercepted request cannot be replayed.
 */
import { z } from 'zod';

export const ENROLLMENT_PROOF_VERSION = 'CYENROLL1';

/** How far a proof's moment may be from the hub's clock. */
export const ENROLLMENT_PROOF_WINDOW_MS = 10 * 60_000;

export const enrollmentProofSchema = z.object({
  at: z.iso.datetime({ message: '注册签名时间格式错误' }),
  signature: z.string().regex(/^[A-Za-z0-9+/]{80,100}={0,2}$/, { message: '注册签名格式错误' }),
});
export type EnrollmentProof = z.infer<typeof enrollmentProofSchema>;

export interface EnrollmentProofFields {
  province: string;
  workstationId: string;
  hallCode: string;
  window: string;
  publicKey: string;
  at: string;
}

export function enrollmentProofMessage(fields: EnrollmentProofFields): string {
  return [
    ENROLLMENT_PROOF_VERSION,
    fields.province,
    fields.workstationId,
    fields.hallCode,
    fields.window,
    fields.publicKey,
    fields.at,
  ].join('|');
}
