/**
 * POST /v1/enroll: a workstation trades the hub's enrollment code, its self-minted id and
 * its identity for a bearer token. The token is shown once; the hub keeps only its hash.
 */
import type { FastifyInstance } from 'fastify';
import { provinceName } from '../../shared/domain/provinces';
import { enrollRequestSchema, type EnrollResponse } from '../../shared/sync/protocol';
import { secretsEqual } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { enrollWorkstation, KeyMismatchError, WindowInUseError, WorkstationDeactivatedError } from '../store/workstations';

export function registerEnrollRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/enroll', async (request, reply): Promise<EnrollResponse> => {
    const { enrollmentCode, workstationId, identity, publicKey } = parseInput(enrollRequestSchema, request.body);
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
    const token = await enrollWorkstation(ctx.db, workstationId, identity, publicKey ?? null).catch((error: unknown) => {
      if (error instanceof KeyMismatchError) {
        throw new HubHttpError(
          409,
          'KEY_MISMATCH',
          '该工作站编号已用另一签章密钥注册，不能更换密钥；如工作站重装，请以新的工作站编号注册',
        );
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
    return { workstationId, token, province: ctx.province };
  });
}
