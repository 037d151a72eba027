/** Migrations of the people and the supervisor's hall view: staff accounts, case facts, per-day summaries. */
import type { Migration } from './migration';

export const PEOPLE_AND_HALL_MIGRATIONS: readonly Migration[] = [
  {
    // Accounts belong to a hall and are managed by its 系统管理员; a person signs in at any
    // workstation of the hall. A session is bound to the workstation it was opened at.
    id: '009_staff_accounts',
    sql: `
      CREATE TABLE staff_accounts (
        id              text PRIMARY KEY,
        province        text NOT NULL,
        hall_code       text NOT NULL,
        username        text NOT NULL,
        name            text NOT NULL,
        roles           jsonb NOT NULL,
        password_hash   text NOT NULL,
        active          boolean NOT NULL DEFAULT true,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until    timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        created_by      text,
        updated_at      timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX staff_accounts_username_idx ON staff_accounts (hall_code, username);

      CREATE TABLE staff_sessions (
        token_hash     text PRIMARY KEY,
        account_id     text NOT NULL REFERENCES staff_accounts (id),
        workstation_id text NOT NULL REFERENCES workstations (id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        expires_at     timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_account_idx ON staff_sessions (account_id);

      CREATE TABLE staff_audit (
        id             bigserial PRIMARY KEY,
        hall_code      text NOT NULL,
        action         text NOT NULL,
        -- Who did it (an account of the hall), from which workstation, to which account if any.
        account_id     text,
        workstation_id text,
        target_id      text,
        detail         jsonb NOT NULL,
        at             timestamptz NOT NULL DEFAULT now(),
        recorded_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX staff_audit_hall_idx ON staff_audit (hall_code, at);
    `,
  },
  {
    // Derived from case_routes.state (shared/domain/case/hall-facts.ts) by a projector that follows
    // the feed, so ingest pays nothing for it; rebuilt from scratch by resetting the cursor.
    id: '010_hall_case_facts',
    sql: `
      CREATE TABLE hall_case_facts (
        case_id            text PRIMARY KEY,
        case_number        text NOT NULL,
        receiving_province text NOT NULL,
        receiving_hall     text NOT NULL,
        handling_province  text NOT NULL,
        handling_division  text NOT NULL,
        matter_code        text NOT NULL,
        matter_name        text NOT NULL,
        mode               text NOT NULL,
        status             text NOT NULL,
        applicant_name     text NOT NULL,
        receiving_window   integer NOT NULL,
        receiving_person   text NOT NULL,
        handling_hall      text,
        handling_window    integer,
        handling_person    text,
        opened_at          timestamptz NOT NULL,
        opened_on          date NOT NULL,
        accepted_on        date,
        promised_date      date,
        decided_on         date,
        outcome            text,
        on_time            boolean,
        working_days_to_decision integer,
        notified           boolean NOT NULL,
        refused            boolean NOT NULL,
        withdrawn          boolean NOT NULL,
        delivered_on       date,
        rating_level       text,
        rating_bad         boolean NOT NULL,
        rating_on          date,
        follow_up_due      date,
        follow_up_done     boolean NOT NULL,
        receiving_due      date,
        handling_due       date,
        open_supervisions  jsonb NOT NULL
      );
      CREATE INDEX hall_case_facts_receiving_idx ON hall_case_facts (receiving_hall, opened_on);
      CREATE INDEX hall_case_facts_handling_idx ON hall_case_facts (handling_province, handling_division, opened_on);
      CREATE INDEX hall_case_facts_receiving_due_idx ON hall_case_facts (receiving_hall, receiving_due) WHERE receiving_due IS NOT NULL;
      CREATE INDEX hall_case_facts_handling_due_idx ON hall_case_facts (handling_province, handling_division, handling_due) WHERE handling_due IS NOT NULL;
      CREATE INDEX hall_case_facts_supervised_idx ON hall_case_facts (receiving_hall, handling_division) WHERE jsonb_array_length(open_supervisions) > 0;

      CREATE TABLE hall_projection (
        id         integer PRIMARY KEY CHECK (id = 1),
        last_seq   bigint NOT NULL
      );
      INSERT INTO hall_projection (id, last_seq) VALUES (1, 0);
    `,
  },
  {
    // Counters per hall pair, China day (收件日期) and one dimension, so the dashboard reads a
    // year as a few thousand rows instead of every case. Kept in step by the statement that
    // writes hall_case_facts (hall/case-facts-store.ts); backfilled here from the facts.
    id: '014_hall_day_summary',
    sql: `
      CREATE TABLE hall_day_summary (
        receiving_hall     text NOT NULL,
        handling_province  text NOT NULL,
        handling_division  text NOT NULL,
        day                date NOT NULL,
        receiving_window   integer NOT NULL,
        handling_window    integer NOT NULL,
        dimension          text NOT NULL CHECK (dimension IN ('total', 'matter', 'mode', 'rating')),
        value              text NOT NULL,
        opened             integer NOT NULL,
        accepted           integer NOT NULL,
        notified           integer NOT NULL,
        refused            integer NOT NULL,
        decided            integer NOT NULL,
        decided_on_time    integer NOT NULL,
        decided_late       integer NOT NULL,
        working_days_sum   bigint NOT NULL,
        working_days_count integer NOT NULL,
        -- Each side's charts read one index range: side, window (0: all windows), dimension, days.
        PRIMARY KEY (receiving_hall, receiving_window, dimension, day, handling_province, handling_division, handling_window, value)
      );
      CREATE INDEX hall_day_summary_handling_idx ON hall_day_summary (handling_province, handling_division, handling_window, dimension, day);
      CREATE INDEX hall_day_summary_emptied_idx ON hall_day_summary (receiving_hall) WHERE opened = 0;

      INSERT INTO hall_day_summary
      SELECT f.receiving_hall, f.handling_province, f.handling_division, f.opened_on, w.receiving_window, w.handling_window,
             d.dimension, d.value, count(*), count(f.accepted_on), count(*) FILTER (WHERE f.notified), count(*) FILTER (WHERE f.refused),
             count(f.decided_on), count(*) FILTER (WHERE f.on_time), count(*) FILTER (WHERE f.on_time = false),
             coalesce(sum(f.working_days_to_decision), 0), count(f.working_days_to_decision)
      FROM hall_case_facts f
      CROSS JOIN LATERAL (VALUES (0, 0), (f.receiving_window, coalesce(f.handling_window, -1))) AS w (receiving_window, handling_window)
      CROSS JOIN LATERAL (VALUES ('total', ''), ('matter', f.matter_name), ('mode', f.mode), ('rating', f.rating_level)) AS d (dimension, value)
      WHERE d.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    `,
  },
];
