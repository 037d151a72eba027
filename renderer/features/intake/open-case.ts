/**
 * What every way of answering an application at the window starts with — 受理, 一次性告知
 * or 不予受理: a new case id, its 办件编号 (hall + window + China date + sequence, so numbers
 * stay unique across workstations while offline) and 查询密码, the routing names, and the
 * draft's scans by material (the opening event lists them, so the handling side knows what
 * to fetch from its hub).
 */
import type { Intake } from '../../../shared/domain/matter/application';
import type { OpeningInput } from '../../../shared/domain/case/case-commands';
import { caseNumberPrefix, formatCaseNumber, makeQueryPassword } from '../../../shared/domain/case/case-number';
import type { Matter } from '../../../shared/domain/matter/matter';
import { provinceName } from '../../../shared/domain/region/provinces';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { actorOf, type Workstation } from '../../workstation/workstation-context';
import { divisionName } from '../../catalog/catalog';
import { attachmentsRepo } from '../../data/attachments.repo';
import { casesRepo } from '../../data/cases.repo';
import { nextUlid } from '../../workstation/next-ulid';

export async function openingFor(intake: Intake, matter: Matter, workstation: Workstation, now: Date): Promise<OpeningInput> {
  const { identity } = workstation;
  const today = chinaDate(now);
  const sequence = await casesRepo.nextSequence(caseNumberPrefix(identity.hall.code, identity.window, today));
  return {
    caseId: nextUlid(),
    eventId: nextUlid(),
    intake,
    matter,
    actor: actorOf(workstation),
    receivingName: `${provinceName(identity.province)} ${identity.hall.name}`,
    handlingName: divisionName(intake.handlingDivision),
    caseNumber: formatCaseNumber(identity.hall.code, identity.window, today, sequence),
    queryPassword: makeQueryPassword(),
    now,
    hashAlgorithm: workstation.eventHashAlgorithm,
    scans: await attachmentsRepo.scanReferencesOfDraft(workstation.draftId),
    ...(workstation.documents.receivingDays ? { receivingDays: workstation.documents.receivingDays } : {}),
  };
}
