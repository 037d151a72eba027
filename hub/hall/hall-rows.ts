/** The columns of a hall case row and their mapping to the wire shape (hall-protocol.ts). */
import type { HallCaseRow } from '../../shared/sync/hall-protocol';
import { isoUtc } from '../db/database';

export function rowColumns(direction: string): string {
  return `case_id, case_number, matter_code, matter_name, mode, applicant_name, status, ${direction} AS direction,
    receiving_hall, receiving_window, receiving_person, handling_window, handling_person,
    ${isoUtc('opened_at')} AS opened_at, promised_date::text AS promised_date,
    receiving_due::text AS receiving_due, handling_due::text AS handling_due,
    jsonb_array_length(open_supervisions) AS open_supervisions`;
}

export interface HallRowRecord {
  case_id: string;
  case_number: string;
  matter_code: string;
  matter_name: string;
  mode: string;
  applicant_name: string;
  status: string;
  direction: HallCaseRow['direction'];
  receiving_hall: string;
  receiving_window: number;
  receiving_person: string;
  handling_window: number | null;
  handling_person: string | null;
  opened_at: string;
  promised_date: string | null;
  receiving_due: string | null;
  handling_due: string | null;
  open_supervisions: number;
}

export function toHallRow(row: HallRowRecord): HallCaseRow {
  return {
    caseId: row.case_id,
    caseNumber: row.case_number,
    matterCode: row.matter_code,
    matterName: row.matter_name,
    mode: row.mode,
    applicantName: row.applicant_name,
    status: row.status,
    direction: row.direction,
    receivingHall: row.receiving_hall,
    receivingWindow: Number(row.receiving_window),
    receivingPerson: row.receiving_person,
    handlingWindow: row.handling_window === null ? null : Number(row.handling_window),
    handlingPerson: row.handling_person,
    openedAt: row.opened_at,
    promisedDate: row.promised_date,
    receivingDue: row.receiving_due,
    handlingDue: row.handling_due,
    openSupervisions: Number(row.open_supervisions),
  };
}
