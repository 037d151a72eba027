/**
 * How the window answers a complete or incomplete application, all offline: 受理 (with the
 * promised date, and 推送 to the other province in the same step), 一次性告知 or 不予受理.
 * Each stores its events, the folded case and the outbox entries in one transaction and
 * clears the draft. When the disk journal cannot take the events, `confirmWithoutJournal`
 * asks the clerk before the case is stored without that second copy.
 */
import type { Intake } from '../../../shared/domain/matter/application';
import type { noticeSchema } from '../../../shared/domain/case/case-event-payloads';
import { acceptCase, notifyMissing, refuseOnTheSpot, type RefusalInput } from '../../../shared/domain/case/case-commands';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import type { Matter } from '../../../shared/domain/matter/matter';
import { promisedPlan } from '../../../shared/domain/matter/matter-limits';
import { chinaDate, planDueDate } from '../../../shared/domain/calendar/working-days';
import type { z } from 'zod';
import type { Workstation } from '../../workstation/workstation-context';
import { casesRepo } from '../../data/cases.repo';
import type { CaseRecord } from '../../data/db';
import type { ConfirmWithoutJournal } from '../../data/event-journal';
import { nextUlid } from '../../workstation/next-ulid';
import { openingFor } from './open-case';

async function store(events: CaseEvent[], workstation: Workstation, confirmWithoutJournal: ConfirmWithoutJournal): Promise<CaseRecord> {
  const record = await casesRepo.appendLocal(events, workstation.identity.hall.code, workstation.draftId, confirmWithoutJournal);
  workstation.sync.kick();
  return record;
}

export async function acceptIntake(
  intake: Intake,
  matter: Matter,
  workstation: Workstation,
  confirmWithoutJournal: ConfirmWithoutJournal,
): Promise<CaseRecord> {
  const now = new Date();
  const opening = await openingFor(intake, matter, workstation, now);
  const events = await acceptCase({
    ...opening,
    matter,
    eventIds: [opening.eventId, nextUlid()],
    promisedDate: planDueDate(chinaDate(now), promisedPlan(matter, intake.mode), workstation.holidays.calendar),
  });
  return store(events, workstation, confirmWithoutJournal);
}

export type Notice = z.infer<typeof noticeSchema>;

/** 一次性告知: the case opens, no clock runs until the missing materials are all in (补正). */
export async function notifyAtIntake(
  intake: Intake,
  matter: Matter,
  notice: Notice,
  workstation: Workstation,
  confirmWithoutJournal: ConfirmWithoutJournal,
): Promise<CaseRecord> {
  const opening = await openingFor(intake, matter, workstation, new Date());
  return store([await notifyMissing({ ...opening, notice })], workstation, confirmWithoutJournal);
}

/** 不予受理 on the spot: the case opens and ends in one event. */
export async function refuseAtIntake(
  intake: Intake,
  matter: Matter,
  refusal: RefusalInput,
  workstation: Workstation,
  confirmWithoutJournal: ConfirmWithoutJournal,
): Promise<CaseRecord> {
  const opening = await openingFor(intake, matter, workstation, new Date());
  return store([await refuseOnTheSpot({ ...opening, refusal })], workstation, confirmWithoutJournal);
}
