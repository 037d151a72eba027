/**
 * Who issues a document from this workstation: the authority and hall (settings), the clerk,
 * and the print facts. One place, so every notice names the hall the same way.
 */
import type { DocumentClerk, IssuingAuthority, PrintInfo } from '../../../shared/documents/official/official-data';
import { issuerProblem } from '../../../shared/domain/document-settings';
import type { Workstation } from '../../workstation/workstation-context';

/** Throws (in Chinese, for the clerk) while the hall has not named the 行政机关 its notices are issued by. */
export function issuingAuthority({ identity, documents }: Workstation): IssuingAuthority {
  const problem = issuerProblem(documents);
  if (problem) throw new Error(problem);
  return {
    name: documents.authorityName,
    hallName: identity.hall.name,
    hallPhone: identity.hall.phone || documents.supervisionPhone,
    ...(documents.sealImage ? { sealImage: documents.sealImage } : {}),
  };
}

export function windowClerk({ identity, documents }: Workstation): DocumentClerk {
  return { name: identity.clerk, phone: identity.hall.phone || documents.supervisionPhone };
}

export function printInfo(workstation: Workstation, printedAt: string, copyNumber: number): PrintInfo {
  return { printedAt, printedBy: workstation.identity.clerk, copyNumber };
}
