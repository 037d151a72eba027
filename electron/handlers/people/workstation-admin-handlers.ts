/**
 * The hall's workstations for its 系统管理员 (shared/bridge/workstation-admin-channels.ts):
 * each call goes to the hub with the workstation token and the signed-in person's session;
 * the hub refuses anyone but the hall's administrator, and keeps the record of each action.
 */
import type { BridgeHandlers } from '../../../shared/bridge/contract';
import type { workstationAdminChannels } from '../../../shared/bridge/workstation-admin-channels';
import { hallWorkstationsSchema, issuedTicketSchema, workstationActionsSchema } from '../../../shared/sync/enrollment-ticket-protocol';
import type { PeopleService } from './people-service';

type WorkstationAdminHandlers = Pick<BridgeHandlers, keyof typeof workstationAdminChannels>;

export function createWorkstationAdminHandlers(people: PeopleService): WorkstationAdminHandlers {
  const act =
    (path: 'revoke' | 'reset-key', action: string) =>
    async ({ id, reason }: { id: string; reason: string }) => {
      people.requireRole('admin', action);
      await people.withPersonHub((hub, token, session) =>
        hub(`/v1/staff/workstations/${encodeURIComponent(id)}/${path}`, null, { token, session, method: 'POST', body: { reason } }),
      );
      return { done: true as const };
    };
  return {
    'workstations:issueTicket': (request) => {
      people.requireRole('admin', '发放注册票据');
      return people.withPersonHub((hub, token, session) =>
        hub('/v1/staff/enrollment-tickets', issuedTicketSchema, { token, session, body: request }),
      );
    },
    'workstations:list': () => {
      people.requireRole('admin', '查看本大厅工作站');
      return people.withPersonHub((hub, token, session) => hub('/v1/staff/workstations', hallWorkstationsSchema, { token, session }));
    },
    'workstations:revoke': act('revoke', '停用工作站令牌'),
    'workstations:resetKey': act('reset-key', '重置工作站密钥'),
    'workstations:actions': () => {
      people.requireRole('admin', '查看工作站操作记录');
      return people.withPersonHub((hub, token, session) =>
        hub('/v1/staff/workstation-actions', workstationActionsSchema, { token, session }),
      );
    },
  };
}
