/**
 * A case's documents as the PDF builders want them: the folded case mapped onto each
 * document's plain data. Pure apart from the workstation passed in, so what is printed is
 * always what the log says, and a reprint prints the same facts.
 */
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import type { MaterialListData } from '../../../shared/documents/material-list/material-list-data';
import type { MissingMaterialsNoticeData } from '../../../shared/documents/notices/missing-materials-notice-data';
import type { DocumentApplicant, PrintInfo } from '../../../shared/documents/official/official-data';
import type { RefusalNoticeData } from '../../../shared/documents/notices/refusal-notice-data';
import type { ResultNoticeData } from '../../../shared/documents/notices/result-notice-data';
import type { SupplementRequestNoticeData } from '../../../shared/documents/notices/supplement-request-notice-data';
import { powerOfAttorneyReceived } from '../../../shared/domain/case/material-checklist';
import { describeDetails } from '../../../shared/forms/describe-details';
import type { Workstation } from '../../workstation/workstation-context';
import { divisionName, mattersByCode } from '../../catalog/catalog';
import type { CaseRecord } from '../../data/db';
import { acceptanceLawFor } from '../../../shared/domain/matter/matter-classification';
import { decidingAuthorityOf } from './deciding-authority';
import { issuingAuthority, windowClerk } from './issuer';

/** What the caller settles before the data is built: the number (if any) and this copy. */
export interface IssueFacts {
  documentNumber: string;
  print: PrintInfo;
}

/**
 * Whom a notice is addressed to: the unit (with its 经办人 as contact) for a 法人 matter, else
 * the applicant (with the 代理人 as contact when one applied).
 */
function applicantOf(record: CaseRecord): DocumentApplicant {
  const { applicant, agent, unit } = record;
  if (unit)
    return {
      name: unit.name,
      idNumber: unit.uscc,
      organisation: true,
      phone: applicant.mobile,
      contactName: `${applicant.name}（经办人）`,
    };
  return {
    name: applicant.name,
    idNumber: applicant.idNumber,
    phone: agent?.mobile ?? applicant.mobile,
    ...(agent ? { contactName: `${agent.name}（代理人）` } : {}),
  };
}

/** The day the application was handed in: the case's opening event. */
function appliedOn(record: CaseRecord): string {
  return chinaDate(new Date(record.openedAt ?? record.acceptedAt));
}

export function missingMaterialsNoticeData(record: CaseRecord, workstation: Workstation, facts: IssueFacts): MissingMaterialsNoticeData {
  const { notice } = record;
  if (!notice) throw new Error(`办件 ${record.caseNumber} 没有一次性告知记录，不能出具一次性告知书`);
  const matter = mattersByCode.get(record.matter.code);
  const { supplementWorkingDays } = workstation.documents;
  return {
    documentNumber: facts.documentNumber,
    caseNumber: record.caseNumber,
    legalBasis: matter ? acceptanceLawFor(matter, 'notifyMissing') : '有关法律、法规',
    ...(supplementWorkingDays ? { supplementWorkingDays } : {}),
    applicant: applicantOf(record),
    matter: record.matter,
    appliedOn: appliedOn(record),
    missingMaterials: notice.missing.map(({ name, requirement }) => ({ name, requirement })),
    clerk: windowClerk(workstation),
    authority: issuingAuthority(workstation),
    issuedOn: chinaDate(new Date(notice.at)),
    print: facts.print,
  };
}

export function refusalNoticeData(record: CaseRecord, workstation: Workstation, facts: IssueFacts): RefusalNoticeData {
  const { refusal } = record;
  if (!refusal) throw new Error(`办件 ${record.caseNumber} 没有不予受理记录，不能出具不予受理通知书`);
  return {
    documentNumber: facts.documentNumber,
    applicant: applicantOf(record),
    matter: record.matter,
    appliedOn: appliedOn(record),
    reason: refusal.reason,
    legalBasis: refusal.legalBasis,
    ...(refusal.competentAuthority ? { competentAuthority: refusal.competentAuthority } : {}),
    remedies: { reconsiderationBody: refusal.remedies.reconsiderationBody, court: refusal.remedies.litigationCourt },
    clerk: windowClerk(workstation),
    authority: issuingAuthority(workstation),
    issuedOn: chinaDate(new Date(refusal.at)),
    print: facts.print,
  };
}

/**
 * The 材料接收清单 from either side: the handling window prints the same list of what the
 * receiving window collected, so the 接收人 and place are the receiving hall's, from the case.
 */
export function materialListData(record: CaseRecord, workstation: Workstation, facts: IssueFacts): MaterialListData {
  const catalog = mattersByCode.get(record.matter.code);
  const { applicant, agent, unit, handlingReceipt } = record;
  const anyScans = record.materials.some((material) => material.scans !== undefined);
  const attorney = powerOfAttorneyReceived(catalog?.materials, record);
  const details = describeDetails(catalog?.fields, record.details, divisionName);
  return {
    caseNumber: record.caseNumber,
    applicant: { name: applicant.name, idNumber: applicant.idNumber, phone: applicant.mobile },
    ...(unit ? { unit } : {}),
    ...(agent ? { agent: { name: agent.name, idNumber: agent.idNumber, phone: agent.mobile } } : {}),
    ...(attorney === undefined ? {} : { powerOfAttorneyReceived: attorney }),
    matter: record.matter,
    materials: record.materials.map(({ name, form, copies, scans }) => ({
      name,
      form,
      copies,
      ...(anyScans ? { scans: scans?.length ?? 0 } : {}),
    })),
    ...(record.waivedMaterials?.length ? { waivedMaterials: record.waivedMaterials.map((material) => material.name) } : {}),
    ...(details.length > 0 ? { details } : {}),
    ...(record.intakeNote ? { intakeNote: record.intakeNote } : {}),
    ...(handlingReceipt?.localCaseNumber || record.nationalCaseNumber
      ? {
          otherNumbers: {
            ...(handlingReceipt?.localCaseNumber ? { local: handlingReceipt.localCaseNumber } : {}),
            ...(record.nationalCaseNumber ? { national: record.nationalCaseNumber } : {}),
          },
        }
      : {}),
    receivedBy: record.acceptedBy?.clerk ?? workstation.identity.clerk,
    hallName: record.routing.receiving.name,
    receivedAt: record.supplementedAt ?? record.acceptedAt ?? record.openedAt ?? facts.print.printedAt,
    print: facts.print,
  };
}

/**
 * 办结通知书. It names the department that decided and, for a denial, the 复议机关 of that
 * department (by its level, or as the handling window recorded it): neither is the printing
 * hall's, so the hall's own remedy settings do not apply here.
 */
export function resultNoticeData(record: CaseRecord, workstation: Workstation, facts: IssueFacts): ResultNoticeData {
  const { decision, result, delivery } = record;
  if (!decision) throw new Error(`办件 ${record.caseNumber} 尚未办结，不能出具办结通知书`);
  const decider = decidingAuthorityOf(record);
  return {
    documentNumber: facts.documentNumber,
    caseNumber: record.caseNumber,
    applicant: applicantOf(record),
    matter: record.matter,
    appliedOn: appliedOn(record),
    acceptedOn: chinaDate(new Date(record.acceptedAt)),
    decidedOn: chinaDate(new Date(decision.at)),
    decidedBy: decider.name,
    outcome:
      decision.outcome === 'approved'
        ? {
            kind: 'approved',
            certificateName: result?.certificateName ?? '（结果证照待出具）',
            certificateNumber: result?.certificateNumber ?? '—',
            ...(decision.opinion ? { explanation: decision.opinion } : {}),
          }
        : {
            kind: 'denied',
            reasons: decision.reasons ?? decision.opinion,
            legalBasis: decision.legalBasis ?? '—',
            remedies: decider.remedies,
          },
    ...(decision.outcome === 'approved'
      ? {
          delivery:
            delivery?.method === 'post'
              ? { method: 'post' as const, carrier: delivery.carrier, waybillNumber: delivery.waybillNo, address: '以申请人登记地址为准' }
              : { method: 'window' as const, place: `${record.routing.receiving.name}`, hours: '工作日 9:00–17:00' },
        }
      : {}),
    clerk: windowClerk(workstation),
    authority: issuingAuthority(workstation),
    issuedOn: chinaDate(new Date(facts.print.printedAt)),
    print: facts.print,
  };
}

/** The handling side's latest 补正 request, delivered to the applicant by this (receiving) window. */
export function supplementRequestNoticeData(record: CaseRecord, workstation: Workstation, facts: IssueFacts): SupplementRequestNoticeData {
  const request = record.supplementRequests?.at(-1);
  if (!request) throw new Error(`办件 ${record.caseNumber} 没有办理地的补正要求，不能出具补正材料通知书`);
  const { identity } = workstation;
  return {
    caseNumber: record.caseNumber,
    applicant: applicantOf(record),
    matter: record.matter,
    acceptedOn: chinaDate(new Date(record.acceptedAt)),
    requestedBy: record.routing.handling.name,
    requestedOn: chinaDate(new Date(request.at)),
    reason: request.reason,
    missingMaterials: request.missing.map(({ name, requirement }) => ({ name, requirement })),
    deadline: request.deadline,
    receivingHall: { name: identity.hall.name, phone: identity.hall.phone || workstation.documents.supervisionPhone },
    clerk: windowClerk(workstation),
    print: facts.print,
  };
}
