/**
 * The hall channels (shared/bridge/hall-channels.ts): the supervisor's queries go to the hub
 * with the person's session; the window's own open 督办 need only the workstation's token.
 */
import type { BridgeHandlers } from '../../../shared/bridge/contract';
import type { hallChannels } from '../../../shared/bridge/hall-channels';
import {
  dashboardSchema,
  hallCasesResponseSchema,
  hallFollowUpsSchema,
  hallWarningsSchema,
  hallWorkloadSchema,
  monthlyReportCountsSchema,
  mySupervisionsSchema,
} from '../../../shared/sync/hall-protocol';
import { exportHallCases } from '../export/hall-cases-export';
import type { PeopleService, WithStaffHub } from './people-service';

type HallHandlers = Pick<BridgeHandlers, keyof typeof hallChannels>;

function queryString(input: Record<string, unknown>): string {
  const entries = Object.entries(input).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([key, value]): [string, string] => [key, String(value)])).toString()}`;
}

export function createHallHandlers(people: PeopleService, withStaffHub: WithStaffHub): HallHandlers {
  return {
    'hall:cases': (query) =>
      people.withPersonHub((hub, token, session) =>
        hub(`/v1/hall/cases${queryString(query)}`, hallCasesResponseSchema, { token, session }),
      ),
    'hall:exportCases': (query) =>
      people.withPersonHub((hub, token, session) =>
        exportHallCases((page) => hub(`/v1/hall/cases${queryString(page)}`, hallCasesResponseSchema, { token, session }), query),
      ),
    'hall:warnings': () => people.withPersonHub((hub, token, session) => hub('/v1/hall/warnings', hallWarningsSchema, { token, session })),
    'hall:workload': () => people.withPersonHub((hub, token, session) => hub('/v1/hall/workload', hallWorkloadSchema, { token, session })),
    'hall:dashboard': (query) =>
      people.withPersonHub((hub, token, session) => hub(`/v1/hall/dashboard${queryString(query)}`, dashboardSchema, { token, session })),
    'hall:monthlyReport': (query) =>
      people.withPersonHub((hub, token, session) =>
        hub(`/v1/hall/monthly-report${queryString(query)}`, monthlyReportCountsSchema, { token, session }),
      ),
    'hall:followUps': () =>
      people.withPersonHub((hub, token, session) => hub('/v1/hall/follow-ups', hallFollowUpsSchema, { token, session })),
    'hall:mySupervisions': () => withStaffHub((hub, token) => hub('/v1/hall/supervisions', mySupervisionsSchema, { token })),
  };
}
