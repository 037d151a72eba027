/**
 * Writes hall_case_facts rows, many per statement: the rows go in as one JSON array that
 * json_to_recordset turns into a set (the same SQL on PGlite and PostgreSQL). Not jsonb,
 * whose parse builds and key-sorts every row first: measured with 16 workstations, PGlite's
 * hub CPU per ingested event went from 424 to 378 µs with json. The same statement moves
 * hall_day_summary's counters: it takes away what the rows it replaces counted and adds
 * what the new rows count, grouped per summary key, so a batch costs one upsert however many
 * cases it touches. Changing what the summary counts? Also migrate the table (a new
 * migration that rebuilds it from the facts) and hall/dashboard.ts.
 */
import type { HallCaseFacts } from '../../shared/domain/case/hall-facts';
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

/** One summary row per side of window filter and per dimension, for each fact in `changes`. */
const SUMMARY_DELTAS = `
  SELECT f.receiving_hall, f.handling_province, f.handling_division, f.opened_on AS day, w.receiving_window, w.handling_window,
         d.dimension, d.value, sum(f.sign) AS opened, sum(f.sign) FILTER (WHERE f.accepted_on IS NOT NULL) AS accepted,
         sum(f.sign) FILTER (WHERE f.notified) AS notified, sum(f.sign) FILTER (WHERE f.refused) AS refused,
         sum(f.sign) FILTER (WHERE f.decided_on IS NOT NULL) AS decided, sum(f.sign) FILTER (WHERE f.on_time) AS decided_on_time,
         sum(f.sign) FILTER (WHERE f.on_time = false) AS decided_late, sum(f.sign * f.working_days_to_decision) AS working_days_sum,
         sum(f.sign) FILTER (WHERE f.working_days_to_decision IS NOT NULL) AS working_days_count
  FROM changes f
  CROSS JOIN LATERAL (VALUES (0, 0), (f.receiving_window, coalesce(f.handling_window, -1))) AS w (receiving_window, handling_window)
  CROSS JOIN LATERAL (VALUES ('total', ''), ('matter', f.matter_name), ('mode', f.mode), ('rating', f.rating_level)) AS d (dimension, value)
  WHERE d.value IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

const COUNTERS = [
  'opened',
  'accepted',
  'notified',
  'refused',
  'decided',
  'decided_on_time',
  'decided_late',
  'working_days_sum',
  'working_days_count',
];
const SUMMARY_KEY = 'receiving_hall, receiving_window, dimension, day, handling_province, handling_division, handling_window, value';
const SUMMARY_FIELDS = `receiving_hall, handling_province, handling_division, day, receiving_window, handling_window, dimension, value, ${COUNTERS.join(', ')}`;

/** Writes the facts and moves the summary counters; call inside the caller's transaction. */
export async function upsertCaseFacts(db: Queryable, facts: readonly HallCaseFacts[]): Promise<void> {
  if (facts.length === 0) return;
  const rows = facts.map((fact) => Object.fromEntries(COLUMNS.map(([key, column]) => [column, fact[key]])));
  // Every sub-statement sees the table as it was before this statement, so `replaced` holds
  // the rows the upsert overwrites.
  await db.query(
    `WITH incoming AS (SELECT ${names} FROM json_to_recordset($1::json) AS x(${recordType})),
     replaced AS (SELECT ${names} FROM hall_case_facts WHERE case_id IN (SELECT case_id FROM incoming)),
     written AS (
       INSERT INTO hall_case_facts (${names}) SELECT ${names} FROM incoming
       ON CONFLICT (case_id) DO UPDATE SET ${updates}
     ),
     changes AS (SELECT 1 AS sign, * FROM incoming UNION ALL SELECT -1 AS sign, * FROM replaced),
     deltas AS (${SUMMARY_DELTAS})
     INSERT INTO hall_day_summary (${SUMMARY_FIELDS})
     SELECT receiving_hall, handling_province, handling_division, day, receiving_window, handling_window, dimension, value,
            ${COUNTERS.map((counter) => `coalesce(${counter}, 0)`).join(', ')}
     FROM deltas
     ON CONFLICT (${SUMMARY_KEY}) DO UPDATE SET ${COUNTERS.map((counter) => `${counter} = hall_day_summary.${counter} + EXCLUDED.${counter}`).join(', ')}`,
    [JSON.stringify(rows)],
  );
  // A case that moved (a window assigned, a rating given) leaves rows that count nothing.
  await db.query('DELETE FROM hall_day_summary WHERE opened = 0');
}
