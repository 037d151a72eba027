/**
 * Writes hall_case_facts rows, many per statement: the rows go in as one JSON array that
 * jsonb_to_recordset turns into a set (the same SQL on PGlite and PostgreSQL).
 */
import type { HallCaseFacts } from '../../shared/domain/hall-facts';
import type { Queryable } from '../db/database';

const COLUMNS: [keyof HallCaseFacts, string, string][] = [
  ['caseId', 'case_id', 'text'],
  ['caseNumber', 'case_number', 'text'],
  ['receivingProvince', 'receiving_province', 'text'],
  ['receivingHall', 'receiving_hall', 'text'],
  ['handlingProvince', 'handling_province', 'text'],
  ['handlingDivision', 'handling_division', 'text'],
  ['matterCode', 'matter_code', 'text'],
  ['matterName', 'matter_name', 'text'],
  ['mode', 'mode', 'text'],
  ['status', 'status', 'text'],
  ['applicantName', 'applicant_name', 'text'],
  ['receivingWindow', 'receiving_window', 'integer'],
  ['receivingPerson', 'receiving_person', 'text'],
  ['handlingHall', 'handling_hall', 'text'],
  ['handlingWindow', 'handling_window', 'integer'],
  ['handlingPerson', 'handling_person', 'text'],
  ['openedAt', 'opened_at', 'timestamptz'],
  ['openedOn', 'opened_on', 'date'],
  ['acceptedOn', 'accepted_on', 'date'],
  ['promisedDate', 'promised_date', 'date'],
  ['decidedOn', 'decided_on', 'date'],
  ['outcome', 'outcome', 'text'],
  ['onTime', 'on_time', 'boolean'],
  ['workingDaysToDecision', 'working_days_to_decision', 'integer'],
  ['notified', 'notified', 'boolean'],
  ['refused', 'refused', 'boolean'],
  ['withdrawn', 'withdrawn', 'boolean'],
  ['deliveredOn', 'delivered_on', 'date'],
  ['ratingLevel', 'rating_level', 'text'],
  ['ratingBad', 'rating_bad', 'boolean'],
  ['ratingOn', 'rating_on', 'date'],
  ['followUpDue', 'follow_up_due', 'date'],
  ['followUpDone', 'follow_up_done', 'boolean'],
  ['receivingDue', 'receiving_due', 'date'],
  ['handlingDue', 'handling_due', 'date'],
  ['openSupervisions', 'open_supervisions', 'jsonb'],
];

const names = COLUMNS.map(([, column]) => column).join(', ');
const recordType = COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ');
const updates = COLUMNS.filter(([, column]) => column !== 'case_id')
  .map(([, column]) => `${column} = EXCLUDED.${column}`)
  .join(', ');

export async function upsertCaseFacts(db: Queryable, facts: readonly HallCaseFacts[]): Promise<void> {
  if (facts.length === 0) return;
  const rows = facts.map((fact) => Object.fromEntries(COLUMNS.map(([key, column]) => [column, fact[key]])));
  await db.query(
    `INSERT INTO hall_case_facts (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
     ON CONFLICT (case_id) DO UPDATE SET ${updates}`,
    [JSON.stringify(rows)],
  );
}
