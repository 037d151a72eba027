/**
 * Who made a local event, beyond which workstation: an event that names a person
 * (actor.accountId) must name an account of the workstation's hall under that person's name,
 * and a supervisor's event (改派, 督办, 差评回访整改) must come from an account that holds the
 * role. Case actions by clerks and handlers are gated on the workstation (a person signed in
 * offline may have acted before an administrator changed their roles); the supervisor's are
 * checked here as well because they steer other people's work.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import { EVENT_ROLES, roleNames, type StaffRole } from '../../shared/domain/staff';
import type { Queryable } from '../db/database';
import type { EventOrigin, Rejection } from '../store/event-checks';

const SUPERVISOR_EVENTS: ReadonlySet<CaseEvent['type']> = new Set(['reassigned', 'supervisionIssued', 'reviewFollowedUp']);

export async function checkStaffActor(db: Queryable, event: CaseEvent, origin: EventOrigin): Promise<Rejection | undefined> {
  if (origin.kind !== 'local') return undefined;
  const { accountId } = event.actor;
  if (accountId === undefined) {
    return SUPERVISOR_EVENTS.has(event.type) ? { code: 'PERSON_REQUIRED', message: '改派、督办和差评回访须由登录的值班长/科长办理' } : undefined;
  }
  const [account] = await db.query<{ name: string; roles: StaffRole[] }>('SELECT name, roles FROM staff_accounts WHERE id = $1 AND hall_code = $2', [
    accountId,
    origin.workstation.hallCode,
  ]);
  if (!account || account.name !== event.actor.clerk) {
    return { code: 'UNKNOWN_PERSON', message: '事件的经办人不是本大厅的账号，或姓名与账号不一致' };
  }
  const needed = EVENT_ROLES[event.type];
  if (SUPERVISOR_EVENTS.has(event.type) && !needed.some((role) => account.roles.includes(role))) {
    return { code: 'ROLE_REQUIRED', message: `只有${roleNames(needed)}可以办理该操作` };
  }
  return undefined;
}
