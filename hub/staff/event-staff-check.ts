/**
 * Who made a local event, beyond which workstation: an event that names a person
 * (actor.accountId) must name an account of the workstation's hall under that person's name,
 * and a supervisor's event (改派, 督办, 差评回访整改) must come from an account that holds the
 * role. Case actions by clerks and handlers are gated on the workstation (a person signed in
 * offline may have acted before an administrator changed their roles); the supervisor's are
 * checked here as well because they steer other people's work.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { EVENT_ROLES, roleNames, type StaffRole } from '../../shared/domain/case/staff';
import type { Queryable } from '../db/database';
import type { EventOrigin, Rejection } from '../store/event-checks';

const SUPERVISOR_EVENTS: ReadonlySet<CaseEvent['type']> = new Set(['reassigned', 'supervisionIssued', 'reviewFollowedUp']);

interface StaffAccount {
  name: string;
  roles: StaffRole[];
}

/** The staff check for each event of a batch (one query for all the accounts it names). */
export async function checkStaffActors(
  db: Queryable,
  events: readonly CaseEvent[],
  origin: EventOrigin,
): Promise<(Rejection | undefined)[]> {
  if (origin.kind !== 'local') return events.map(() => undefined);
  const ids = [...new Set(events.flatMap((event) => (event.actor.accountId === undefined ? [] : [event.actor.accountId])))];
  const accounts = new Map<string, StaffAccount>();
  if (ids.length > 0) {
    const rows = await db.query<StaffAccount & { id: string }>(
      'SELECT id, name, roles FROM staff_accounts WHERE hall_code = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))',
      [origin.workstation.hallCode, JSON.stringify(ids)],
    );
    for (const row of rows) accounts.set(row.id, { name: row.name, roles: row.roles });
  }
  return events.map((event) => staffProblem(event, event.actor.accountId === undefined ? undefined : accounts.get(event.actor.accountId)));
}

function staffProblem(event: CaseEvent, account: StaffAccount | undefined): Rejection | undefined {
  if (event.actor.accountId === undefined) {
    return SUPERVISOR_EVENTS.has(event.type)
      ? { code: 'PERSON_REQUIRED', message: '改派、督办和差评回访须由登录的值班长/科长办理' }
      : undefined;
  }
  if (!account || account.name !== event.actor.clerk) {
    return { code: 'UNKNOWN_PERSON', message: '事件的经办人不是本大厅的账号，或姓名与账号不一致' };
  }
  const needed = EVENT_ROLES[event.type];
  if (SUPERVISOR_EVENTS.has(event.type) && !needed.some((role) => account.roles.includes(role))) {
    return { code: 'ROLE_REQUIRED', message: `只有${roleNames(needed)}可以办理该操作` };
  }
  return undefined;
}
