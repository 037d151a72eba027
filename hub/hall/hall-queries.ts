/**
 * The supervisor's hall-wide lists over hall_case_facts: every case (filtered, keyset
 * paged), the 预警 lists, workload per window and person, 差评 follow-ups, and the 督办 a
 * window must answer. "Today" and "due soon" are China dates computed with the hub's calendar.
 */
import { addWorkingDays, chinaDate } from '../../shared/domain/calendar/working-days';
import { DUE_SOON_WORKING_DAYS } from '../../shared/domain/case/hall-facts';
import { OPEN_STATUSES } from '../../shared/domain/case/case-status';
import type {
  FollowUpRow,
  HallCasesQuery,
  HallCasesResponse,
  HallWarnings,
  OpenSupervisionItem,
  WorkloadRow,
} from '../../shared/sync/hall-protocol';
import { hallCasesQuerySchema } from '../../shared/sync/hall-protocol';
import type { Queryable, SqlParam } from '../db/database';
import { hubCalendar } from './hub-calendar';
import { rowColumns, toHallRow, type HallRowRecord } from './hall-rows';
import { scopeSql, type HallScope } from './hall-scope';

const OPEN_LIST = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');

export function dueDates(now = new Date()): { today: string; soonUntil: string } {
  const today = chinaDate(now);
  return { today, soonUntil: addWorkingDays(today, DUE_SOON_WORKING_DAYS, hubCalendar) };
}

export async function listHallCases(db: Queryable, scope: HallScope, input: HallCasesQuery, now = new Date()): Promise<HallCasesResponse> {
  const query = hallCasesQuerySchema.parse(input);
  const params: SqlParam[] = [];
  const sides = scopeSql(scope, params);
  const where: string[] = [query.side === 'receiving' ? sides.receiving : query.side === 'handling' ? sides.handling : sides.either];
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.status) where.push(`status = ${param(query.status)}`);
  if (query.matterCode) where.push(`matter_code = ${param(query.matterCode)}`);
  if (query.window !== undefined) {
    const window = param(query.window);
    where.push(`((${sides.receiving} AND receiving_window = ${window}) OR (${sides.handling} AND handling_window = ${window}))`);
  }
  if (query.person) {
    const person = param(query.person);
    where.push(`(receiving_person = ${person} OR handling_person = ${person})`);
  }
  if (query.from) where.push(`opened_on >= ${param(query.from)}::date`);
  if (query.to) where.push(`opened_on <= ${param(query.to)}::date`);
  if (query.text) {
    const text = query.text;
    where.push(/^\d+$/.test(text) ? `case_number LIKE ${param(`${text}%`)}` : `applicant_name = ${param(text)}`);
  }
  if (query.view !== 'all') where.push(`status IN (${OPEN_LIST})`);
  if (query.view === 'dueSoon' || query.view === 'overdue') {
    const { today, soonUntil } = dueDates(now);
    const due = `LEAST(CASE WHEN ${sides.receiving} THEN receiving_due END, CASE WHEN ${sides.handling} THEN handling_due END)`;
    where.push(
      query.view === 'overdue' ? `${due} < ${param(today)}::date` : `${due} BETWEEN ${param(today)}::date AND ${param(soonUntil)}::date`,
    );
  }
  const filtered = where.join(' AND ');
  const countParams = [...params];
  const paged = [filtered];
  if (query.cursor) {
    const [openedAt, caseId] = query.cursor.split('|');
    paged.push(`(opened_at, case_id) < (${param(openedAt ?? '')}::timestamptz, ${param(caseId ?? '')})`);
  }
  const limit = param(query.limit + 1);
  const rows = await db.query<HallRowRecord>(
    `SELECT ${rowColumns(sides.direction)} FROM hall_case_facts WHERE ${paged.join(' AND ')} ORDER BY opened_at DESC, case_id DESC LIMIT ${limit}`,
    params,
  );
  const [total] = await db.query<{ count: string }>(`SELECT count(*)::text AS count FROM hall_case_facts WHERE ${filtered}`, countParams);
  const shown = rows.slice(0, query.limit).map(toHallRow);
  const last = shown.at(-1);
  return {
    rows: shown,
    total: Number(total?.count ?? 0),
    nextCursor: rows.length > query.limit && last ? `${last.openedAt}|${last.caseId}` : null,
  };
}

const WARNING_LIMIT = 200;

export async function hallWarnings(db: Queryable, scope: HallScope, now = new Date()): Promise<HallWarnings> {
  const { today, soonUntil } = dueDates(now);
  const list = async (side: 'receiving' | 'handling', overdue: boolean) => {
    const params: SqlParam[] = [];
    const sides = scopeSql(scope, params);
    const column = side === 'receiving' ? 'receiving_due' : 'handling_due';
    const columns = rowColumns(sides.direction);
    const range = overdue
      ? `${column} < $${params.push(today)}::date`
      : `${column} BETWEEN $${params.push(today)}::date AND $${params.push(soonUntil)}::date`;
    const limit = `$${params.push(WARNING_LIMIT)}`;
    const rows = await db.query<HallRowRecord>(
      `SELECT ${columns} FROM hall_case_facts WHERE ${sides[side]} AND ${range} ORDER BY ${column}, case_number LIMIT ${limit}`,
      params,
    );
    return rows.map(toHallRow);
  };
  return {
    today,
    soonUntil,
    receiving: { dueSoon: await list('receiving', false), overdue: await list('receiving', true) },
    handling: { dueSoon: await list('handling', false), overdue: await list('handling', true) },
  };
}

export async function hallWorkload(db: Queryable, scope: HallScope, now = new Date()): Promise<WorkloadRow[]> {
  const { today, soonUntil } = dueDates(now);
  const rows: WorkloadRow[] = [];
  for (const side of ['receiving', 'handling'] as const) {
    const params: SqlParam[] = [];
    const sides = scopeSql(scope, params);
    params.push(today, soonUntil);
    const due = side === 'receiving' ? 'receiving_due' : 'handling_due';
    const found = await db.query<{ window: number | null; person: string | null; open: string; due_soon: string; overdue: string }>(
      `SELECT ${side}_window AS window, ${side}_person AS person, count(*)::text AS open,
              count(*) FILTER (WHERE ${due} BETWEEN $${params.length - 1}::date AND $${params.length}::date)::text AS due_soon,
              count(*) FILTER (WHERE ${due} < $${params.length - 1}::date)::text AS overdue
       FROM hall_case_facts WHERE ${sides[side]} AND status IN (${OPEN_LIST})
       GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
      params,
    );
    rows.push(
      ...found.map((row) => ({
        side,
        window: row.window === null ? null : Number(row.window),
        person: row.person,
        open: Number(row.open),
        dueSoon: Number(row.due_soon),
        overdue: Number(row.overdue),
      })),
    );
  }
  return rows;
}

export async function hallFollowUps(db: Queryable, scope: HallScope): Promise<FollowUpRow[]> {
  const params: SqlParam[] = [];
  const sides = scopeSql(scope, params);
  const rows = await db.query<HallRowRecord & { rating_level: string; rating_on: string; follow_up_due: string; follow_up_done: boolean }>(
    `SELECT ${rowColumns(sides.direction)}, rating_level, rating_on::text AS rating_on, follow_up_due::text AS follow_up_due, follow_up_done
     FROM hall_case_facts WHERE ${sides.receiving} AND rating_bad
     ORDER BY follow_up_done, follow_up_due, case_number LIMIT 500`,
    params,
  );
  return rows.map((row) => ({
    ...toHallRow(row),
    ratingLevel: row.rating_level,
    ratingOn: row.rating_on,
    followUpDue: row.follow_up_due,
    followUpDone: row.follow_up_done,
  }));
}

/** Open 督办 whose responsible window is this workstation's, on either side of its hall. */
export async function supervisionsForWindow(db: Queryable, scope: HallScope, window: number): Promise<OpenSupervisionItem[]> {
  const params: SqlParam[] = [];
  const sides = scopeSql(scope, params);
  const rows = await db.query<{
    case_id: string;
    case_number: string;
    matter_name: string;
    receiving: boolean;
    handling: boolean;
    open_supervisions: {
      id: string;
      side: 'receiving' | 'handling';
      window: string | null;
      message: string;
      replyBy: string;
      at: string;
      by: string;
    }[];
  }>(
    `SELECT case_id, case_number, matter_name, ${sides.receiving} AS receiving, ${sides.handling} AS handling, open_supervisions
     FROM hall_case_facts WHERE ${sides.either} AND jsonb_array_length(open_supervisions) > 0`,
    params,
  );
  return rows.flatMap((row) =>
    row.open_supervisions
      .filter(
        (item) => (item.side === 'receiving' ? row.receiving : row.handling) && item.window !== null && Number(item.window) === window,
      )
      .map((item) => ({
        caseId: row.case_id,
        caseNumber: row.case_number,
        matterName: row.matter_name,
        id: item.id,
        side: item.side,
        message: item.message,
        replyBy: item.replyBy,
        at: item.at,
        by: item.by,
      })),
  );
}
