/**
 * What the 受理回执 (acceptance receipt) prints, as plain data. It is posted to the PDF
 * worker (structured clone), so it holds no functions, Dates or class instances.
 */
import type { CaseState } from '../../domain/case/case-state';
import type { TimeLimit } from '../../domain/calendar/time-limit';
import type { Hall } from '../../domain/region/workstation';

/** The parts of a folded case the receipt shows; a whole CaseState fits. */
export type ReceiptCase = Pick<
  CaseState,
  | 'caseNumber'
  | 'queryPassword'
  | 'matter'
  | 'mode'
  | 'routing'
  | 'applicant'
  | 'unit'
  | 'agent'
  | 'materials'
  | 'acceptedAt'
  | 'acceptedBy'
  | 'promisedDate'
>;

export interface ReceiptData {
  caseState: ReceiptCase;
  /** The receiving hall, as configured on the workstation (name for 收件地, phone for enquiries). */
  hall: Pick<Hall, 'name' | 'phone'>;
  /** Who prints this copy. 受理人 itself comes from the case (acceptedBy), which a reprint must not change. */
  clerkName: string;
  /** ISO instant of printing. */
  printedAt: string;
  /** 1 for the original; from 2 on the receipt is marked 补打（第N份）. */
  copyNumber: number;
  /**
   * The matter's limits, shown as "3个工作日" / "即办" / "60日". No `legal` when no statute sets
   * one: then only the promise is printed. `forwarding`: the transfer and return legs of a mode
   * in which the case travels (matter-limits.ts), printed beside the promise.
   */
  timeLimits: { legal?: TimeLimit; promised: TimeLimit; forwarding?: { transfer: TimeLimit; return: TimeLimit } };
  /**
   * The QR text: the hall's (or hub's) receipt page followed by the code sealed by the
   * workstation's key (shared/domain/seal/receipt-verify-url.ts, receipt-seal.ts), so a phone opens
   * the progress page and anyone can verify the paper offline. Every receipt carries one.
   */
  sealedQr: string;
  /**
   * 文书编号, e.g. "锦江政务受〔2026〕第00012号": issued on the first print and reused by every
   * reprint (renderer/data/issued-documents.repo.ts), so a 补打 copy is the same 文书.
   */
  documentNumber?: string;
  /**
   * The national-style 办件编号 (实施编码 + yyyyMMdd + sequence, matter-codes.ts), printed beside
   * the window's own number so the case can be matched on the national platform and in 好差评
   * reports; absent while the matter's 实施编码 is unconfirmed.
   */
  nationalCaseNumber?: string;
  /** 监督投诉电话 from the hall's document settings; without it the receipt names 12345. */
  supervisionPhone?: string;
  /** The hall's seal as a PNG data URL (document settings), drawn over 受理单位（盖章）. */
  sealImage?: string;
}
