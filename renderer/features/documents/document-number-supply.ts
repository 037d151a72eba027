/**
 * Keeps this workstation supplied with 文书编号: when fewer than LOW_WATER numbers of a kind
 * are left it leases another block from the hub, so the window can go on printing notices
 * while offline. Leasing is tried before each first print and whenever the hub comes back.
 */
import { DOCUMENT_NUMBER_CATEGORIES, type DocumentNumberKind } from '../../../shared/domain/document-number';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { bridge, unwrap } from '../../bridge/bridge';
import { issuedDocumentsRepo, type IssueRequest } from '../../data/issued-documents.repo';
import type { DocumentKind } from '../../../shared/documents/document-registry';
import type { Workstation } from '../../workstation/workstation-context';

/** A busy window prints a few dozen of one kind a day; 50 lasts a day offline. */
const LEASE_SIZE = 50;
const LOW_WATER = 10;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Leases a block when running low. Throws only when none is left and none can be leased. */
export async function ensureDocumentNumbers(hallCode: string, kind: DocumentNumberKind, year: number): Promise<void> {
  const left = await issuedDocumentsRepo.remaining(hallCode, kind, year);
  if (left >= LOW_WATER) return;
  try {
    await issuedDocumentsRepo.addBlock(unwrap(await bridge().leaseDocumentNumbers({ kind, year, count: LEASE_SIZE })));
  } catch (error) {
    if (left > 0) return; // enough for now; the next print or reconnect tries again
    throw new Error(`本机已无可用的文书编号，且未能从交换平台领取（${describe(error)}），请恢复网络后重试`, { cause: error });
  }
}

/** The document's 文书编号: the one it was given before, or the next leased one. */
export async function issueDocumentNumber(request: IssueRequest): Promise<string> {
  const issued = await issuedDocumentsRepo.get(request.caseId, request.kind);
  if (issued) return issued.number;
  await ensureDocumentNumbers(request.hallCode, request.numberKind, request.year);
  return (await issuedDocumentsRepo.issue(request)).number;
}

/** Tops up every kind for this year; failures are left for the next try (offline is normal). */
export async function topUpDocumentNumbers(hallCode: string, now = new Date()): Promise<void> {
  const year = Number(chinaDate(now).slice(0, 4));
  const kinds = Object.keys(DOCUMENT_NUMBER_CATEGORIES) as DocumentNumberKind[];
  await Promise.allSettled(kinds.map((kind) => ensureDocumentNumbers(hallCode, kind, year)));
}

/**
 * A case document's 文书编号 step for the print pipeline: the number this case's document
 * got before, or the next of this hall's sequence for the China-calendar year it prints in.
 */
export function caseDocumentNumber(
  caseId: string,
  kind: DocumentKind,
  numberKind: DocumentNumberKind,
  workstation: Workstation,
): (printedAt: string) => Promise<string> {
  return (printedAt) =>
    issueDocumentNumber({
      caseId,
      kind,
      numberKind,
      hallCode: workstation.identity.hall.code,
      issuerShortName: workstation.documents.issuerShortName,
      year: Number(chinaDate(new Date(printedAt)).slice(0, 4)),
      issuedAt: printedAt,
    });
}
