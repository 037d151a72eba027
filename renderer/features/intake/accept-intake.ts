/**
 * 受理: numbers the case, computes the promised date and stores the accept (and forward)
 * events with the outbox entries, all offline.
 */
import { monotonicFactory } from 'ulid';
import type { Intake } from '../../../shared/domain/application';
import { acceptCase } from '../../../shared/domain/case-commands';
import { caseNumberPrefix, formatCaseNumber, makeQueryPassword } from '../../../shared/domain/case-number';
import type { Matter } from '../../../shared/domain/matter';
import { provinceName } from '../../../shared/domain/provinces';
import { chinaDate, dueDate } from '../../../shared/domain/working-days';
import { divisionName, holidayCalendar } from '../../catalog/catalog';
import { casesRepo } from '../../data/cases.repo';
import type { CaseRecord } from '../../data/db';
import { CURRENT_DRAFT_ID } from '../../data/drafts.repo';
import { actorOf, type Workstation } from '../../app/workstation-context';

const nextUlid = monotonicFactory();

export async function acceptIntake(intake: Intake, matter: Matter, workstation: Workstation): Promise<CaseRecord> {
  const { identity } = workstation;
  const now = new Date();
  const today = chinaDate(now);
  const sequence = await casesRepo.nextSequence(caseNumberPrefix(identity.hall.code, identity.window, today));
  const events = await acceptCase({
    caseId: nextUlid(),
    eventIds: [nextUlid(), nextUlid()],
    intake,
    matter,
    actor: actorOf(workstation),
    receivingName: `${provinceName(identity.province)} ${identity.hall.name}`,
    handlingName: divisionName(intake.handlingDivision),
    caseNumber: formatCaseNumber(identity.hall.code, identity.window, today, sequence),
    queryPassword: makeQueryPassword(),
    promisedDate: dueDate(today, matter.promisedLimit, holidayCalendar),
    now,
  });
  const record = await casesRepo.appendLocal(events, identity.hall.code, CURRENT_DRAFT_ID);
  workstation.sync.kick();
  return record;
}

export { nextUlid };
