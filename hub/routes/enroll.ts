/**
 * POST /v1/enroll: a workstation trades the hub's enrollment code, its self-minted id and
 * its identity for a bearer token. The token is shown once; the hub keeps only its hash.
 * A workstation presenting its signing key proves it holds it (http/enrollment-proof-check.ts);
 * once a key is pinned to an id, only that key's holder re-enrolls the id.
 */
import type { FastifyInstance } from 'fastify';
import { provinceName } from '../../shared/domain/provinces';
import { enrollRequestSchema, type EnrollResponse } from '../../shared/sync/protocol';
import { secretsEqual } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { checkEnrollmentProof } from '../http/enrollment-proof-check';
import { enrollWorkstation, KeyMismatchError, KeyRequiredError, StaleProofError, WindowInUseError, WorkstationDeactivatedError } from '../store/workstations';

export function registerEnrollRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/enroll', async (request, reply): Promise<EnrollResponse> => {
    const { enrollmentCode, workstationId, identity, publicKey, proof } = parseInput(enrollRequestSchema, request.body);
    if (!secretsEqual(enrollmentCode, ctx.enrollmentCode)) {
      throw new HubHttpError(403, 'BAD_ENROLLMENT_CODE', '注册码不正确，请向管理员核实');
    }
    if (identity.province !== ctx.province) {
      throw new HubHttpError(
        403,
        'WRONG_PROVINCE',
        `本交换中心服务${provinceName(ctx.province)}，${provinceName(identity.province)}的工作站请向本省（市）交换中心注册`,
      );
    }
    if (publicKey !== undefined) checkEnrollmentProof(ctx.province, workstationId, identity, publicKey, proof);
    const key = publicKey === undefined || proof === undefined ? null : { publicKey, provenAt: proof.at };
    const token = await enrollWorkstation(ctx.db, workstationId, identity, key).catch((error: unknown) => {
      if (error instanceof KeyMismatchError) {
        throw new HubHttpError(
          409,
          'KEY_MISMATCH',
          '该工作站编号已用另一签章密钥注册，不能更换密钥；如工作站重装，请由管理员停用原工作站后以新的工作站编号注册',
        );
      }
      if (error instanceof KeyRequiredError) {
        throw new HubHttpError(403, 'KEY_REQUIRED', '该工作站编号已登记签章密钥，重新注册须由持有该密钥的工作站发起');
      }
      if (error instanceof StaleProofError) {
        throw new HubHttpError(409, 'STALE_PROOF', '注册签名已被使用过（重放的请求），请重新发起注册');
      }
      if (error instanceof WindowInUseError) {
        throw new HubHttpError(
          409,
          'WINDOW_IN_USE',
          `${identity.window}号窗口已由另一台工作站使用${error.holderId ? `（工作站编号 ${error.holderId}）` : ''}：同一窗口两台电脑会产生重复的办件编号。请改用其他窗口号，或由管理员先停用原工作站`,
        );
      }
      if (error instanceof WorkstationDeactivatedError) {
        throw new HubHttpError(403, 'WORKSTATION_DEACTIVATED', '该工作站已被管理员停用，不能再注册；请联系管理员');
      }
      throw error;
    });
    reply.code(201);
    return { workstationId, token, province: ctx.province, cryptoSuite: ctx.cryptoSuite };
  });
}
