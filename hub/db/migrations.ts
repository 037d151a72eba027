/**
 * Schema migrations, applied in order at startup and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: append a new one. Adding one? Also add a test in
 * tests/hub/migrations.test.ts that the previous schema upgrades.
 *
 * Tables:
 * - workstations   enrolled windows; only the sha256 of their bearer token is stored, plus
 *                  their receipt-sealing public key (002)
 * - case_routes    one row per case: immutable routing + the folded state (so a push never
 *                  refolds the log unless it brings a concurrent event); `last_hash` is the
 *                  last event in fold order, the state's `heads` the DAG's heads (005)
 * - events         the append-only log as received (`body` is the canonical parsed event)
 * - feed           the change feed: `seq` is assigned under a table lock inside the writing
 *                  transaction, so seq order == commit order and a cursor never skips a row;
 *                  routing columns are copied here so a hall's feed is one index range scan
 * - forward_queue  local events of cross-province cases still to deliver to the peer hub,
 *                  keyed by feed seq so delivery follows commit (and so chain) order
 * - document_number_counters  the last 文书编号 sequence leased per hall, kind and year (003)
 * - case_routes.case_number (005) unique among cases not marked as earlier duplicates;
 *   workstations.window_no / active (005): one active workstation per hall and window
 * - forward_queue.state (004)  ready | waiting | held | exception: due items are found
 *                  through partial indexes, so a tick reads only what it sends; `exception`
 *                  rows are the operator's 异常 list (kind, reason, since)
 * - forward_exception_actions  what operators did with 异常 items: retry or resolve, who,
 *                  when and why (004)
 * - scans, scan_claims, scan_claim_chunks, scan_chunks, scan_forward  scanned materials (006):
 *                  what each scan is, which cases it belongs to (and how far each claim's
 *                  upload got), its bytes in chunks, and the claims still to send to the peer
 * - feed.replica_id (007)  the workstation store that pushed the event: its own pulls pass
 *                  over it. feed.seq is now taken at the end of the writing transaction, still
 *                  under the table lock (store/feed.ts), so nothing in the schema changes for it
 * - workstations.key_proof_at (012) the moment of the last enrollment proof accepted for the
 *                  workstation's pinned key: a proof is accepted only if newer (no replays)
 * - document_number_leases (013) how many 文书编号 each workstation leased per kind, year and
 *                  China day: the per-window daily quota (store/document-numbers.ts)
 * - hub_epoch      (018) one row naming this database's feed epoch; hub/bin/mark-restored.ts
 *                  starts a new one after a restore, so workstations re-read the feed and
 *                  push again what the restore lost, and asks the peer to forward again
 *                  what it sent since the restore point (store/feed-epoch.ts, peer_resend_since)
 * - hall_day_summary (014) the dashboard's counters per receiving hall, handling place, China
 *                  day, window pair and one dimension (total, matter, mode or rating level);
 *                  rows with both windows 0 count every window, the others one window pair
 *                  (handling_window -1: none yet). Written with hall_case_facts, in its statement
 * - hub_leases     (008) which instance runs each singleton job (forwarding) when several
 *                  hub instances share one PostgreSQL, until when (store/leases.ts)
 */
export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: '001_initial_schema',
    sql: `
      CREATE TABLE workstations (
        id          text PRIMARY KEY,
        province    text NOT NULL,
        hall_code   text NOT NULL,
        division    text NOT NULL,
        token_hash  text NOT NULL UNIQUE,
        identity    jsonb NOT NULL,
        enrolled_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE case_routes (
        case_id            text PRIMARY KEY,
        receiving_province text NOT NULL,
        receiving_hall     text NOT NULL,
        handling_province  text NOT NULL,
        handling_division  text NOT NULL,
        last_hash          text NOT NULL,
        state              jsonb NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE events (
        id             text PRIMARY KEY,
        case_id        text NOT NULL REFERENCES case_routes (case_id),
        type           text NOT NULL,
        body           jsonb NOT NULL,
        hash           text NOT NULL,
        origin         text NOT NULL CHECK (origin IN ('local', 'peer')),
        workstation_id text REFERENCES workstations (id),
        received_at    timestamptz NOT NULL DEFAULT now(),
        -- event.at minus hub time, for events pushed by our own workstations (a peer's
        -- events arrive late by design, so their lag says nothing about clocks).
        clock_skew_ms  bigint,
        clock_skewed   boolean NOT NULL DEFAULT false
      );
      CREATE INDEX events_case_idx ON events (case_id);
      CREATE INDEX events_clock_skewed_idx ON events (received_at) WHERE clock_skewed;

      CREATE TABLE feed (
        seq               bigint PRIMARY KEY,
        event_id          text NOT NULL UNIQUE REFERENCES events (id),
        case_id           text NOT NULL,
        receiving_hall    text NOT NULL,
        handling_province text NOT NULL,
        handling_division text NOT NULL
      );
      CREATE INDEX feed_receiving_hall_idx ON feed (receiving_hall, seq);
      CREATE INDEX feed_handling_place_idx ON feed (handling_province, handling_division, seq);

      CREATE TABLE forward_queue (
        seq             bigint PRIMARY KEY,
        event_id        text NOT NULL UNIQUE REFERENCES events (id),
        case_id         text NOT NULL,
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        rejected_at     timestamptz
      );
      CREATE INDEX forward_queue_case_idx ON forward_queue (case_id, seq);
    `,
  },
  {
    // Receipt-sealing public keys, published at GET /v1/keys for offline receipt checks.
    id: '002_workstation_public_keys',
    sql: `ALTER TABLE workstations ADD COLUMN public_key text;`,
  },
  {
    // The last 文书编号 sequence number leased per hall, kind and year (POST /v1/document-numbers).
    id: '003_document_number_counters',
    sql: `
      CREATE TABLE document_number_counters (
        hall_code  text    NOT NULL,
        kind       text    NOT NULL,
        year       integer NOT NULL,
        last_value integer NOT NULL CHECK (last_value >= 0),
        PRIMARY KEY (hall_code, kind, year)
      );
    `,
  },
  {
    // The forwarder reads due items by index instead of scanning the queue every tick, backs
    // off per peer (in memory) instead of per item, and keeps what the peer cannot take in a
    // 异常 list that operators retry or resolve. Rows the peer had refused keep their reason;
    // later events of their cases wait behind them (held) as before.
    id: '004_forward_queue_states',
    sql: `
      ALTER TABLE forward_queue
        ADD COLUMN state text NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'waiting', 'held', 'exception')),
        ADD COLUMN exception_kind text CHECK (exception_kind IN ('rejected', 'deferred', 'undeliverable')),
        ADD COLUMN exception_at timestamptz;
      UPDATE forward_queue SET state = 'exception', exception_kind = 'rejected', exception_at = rejected_at
        WHERE rejected_at IS NOT NULL;
      UPDATE forward_queue q SET state = 'held'
        WHERE q.state = 'ready' AND EXISTS (
          SELECT 1 FROM forward_queue e WHERE e.case_id = q.case_id AND e.seq < q.seq AND e.state = 'exception');
      ALTER TABLE forward_queue DROP COLUMN rejected_at;
      ALTER TABLE forward_queue ADD CONSTRAINT forward_queue_exception_complete
        CHECK ((state = 'exception') = (exception_kind IS NOT NULL AND exception_at IS NOT NULL));
      CREATE INDEX forward_queue_ready_idx ON forward_queue (seq) WHERE state = 'ready';
      CREATE INDEX forward_queue_waiting_idx ON forward_queue (next_attempt_at) WHERE state = 'waiting';
      CREATE INDEX forward_queue_exception_idx ON forward_queue (seq) WHERE state = 'exception';

      CREATE TABLE forward_exception_actions (
        id          bigserial PRIMARY KEY,
        event_id    text NOT NULL REFERENCES events (id),
        case_id     text NOT NULL,
        action      text NOT NULL CHECK (action IN ('retry', 'resolve')),
        -- The 异常 as the operator saw it when acting.
        exception_kind text NOT NULL,
        reason      text NOT NULL,
        operator    text NOT NULL,
        note        text NOT NULL,
        acted_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX forward_exception_actions_event_idx ON forward_exception_actions (event_id);
    `,
  },
  {
    // A case's log became a DAG: the folded state names its heads (states folded before hold a
    // single line, whose only head is the last hash). 办件编号 are unique, and one workstation
    // at a time serves a hall's window (window numbers compared as numbers: "7" is "07").
    // Rows that already broke either rule are kept and marked, never renumbered: the later
    // duplicate case keeps its legal number, the older duplicate workstation is deactivated.
    id: '005_case_dag_and_unique_numbers',
    sql: `
      UPDATE case_routes
      SET state = jsonb_set(state, '{heads}', jsonb_build_array(last_hash))
      WHERE NOT (state ? 'heads');

      ALTER TABLE case_routes ADD COLUMN case_number text;
      UPDATE case_routes SET case_number = state->>'caseNumber';
      ALTER TABLE case_routes ALTER COLUMN case_number SET NOT NULL;
      ALTER TABLE case_routes ADD COLUMN case_number_duplicate boolean NOT NULL DEFAULT false;
      UPDATE case_routes c SET case_number_duplicate = true
      WHERE EXISTS (SELECT 1 FROM case_routes o WHERE o.case_number = c.case_number AND o.case_id < c.case_id);
      CREATE UNIQUE INDEX case_routes_case_number_idx ON case_routes (case_number) WHERE NOT case_number_duplicate;

      ALTER TABLE workstations ADD COLUMN window_no integer;
      UPDATE workstations SET window_no = (identity->>'window')::integer;
      ALTER TABLE workstations ALTER COLUMN window_no SET NOT NULL;
      ALTER TABLE workstations ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE workstations ADD COLUMN deactivated_at timestamptz;
      ALTER TABLE workstations ADD COLUMN deactivated_reason text;
      UPDATE workstations w SET active = false, deactivated_at = now(), deactivated_reason = '同一窗口有多台工作站（升级时保留最近注册的一台）'
      WHERE EXISTS (
        SELECT 1 FROM workstations o
        WHERE o.hall_code = w.hall_code AND o.window_no = w.window_no
          AND (o.enrolled_at > w.enrolled_at OR (o.enrolled_at = w.enrolled_at AND o.id > w.id)));
      CREATE UNIQUE INDEX workstations_active_window_idx ON workstations (hall_code, window_no) WHERE active;
    `,
  },
  {
    // Scanned materials (hub/scans/). scan_chunks is the storage behind ScanStorage and has
    // no foreign key into the rest, so a deployment can move bytes to object storage.
    id: '006_scan_storage',
    sql: `
      CREATE TABLE scans (
        sha256      text PRIMARY KEY,
        bytes       integer NOT NULL CHECK (bytes > 0),
        mime_type   text NOT NULL,
        chunk_size  integer NOT NULL CHECK (chunk_size > 0),
        created_at  timestamptz NOT NULL DEFAULT now(),
        -- Set once the chunks, read in order, hashed to sha256: only then is it served.
        verified_at timestamptz
      );

      CREATE TABLE scan_claims (
        sha256         text NOT NULL REFERENCES scans (sha256) ON DELETE CASCADE,
        case_id        text NOT NULL,
        file_name      text NOT NULL,
        origin         text NOT NULL CHECK (origin IN ('local', 'peer')),
        -- The hall of the workstation that attached it (local claims only): a claim counts
        -- only if that hall is one of the case's two halls.
        workstation_id text REFERENCES workstations (id),
        hall_code      text,
        province       text,
        division       text,
        claimed_at     timestamptz NOT NULL DEFAULT now(),
        completed_at   timestamptz,
        PRIMARY KEY (sha256, case_id)
      );
      CREATE INDEX scan_claims_case_idx ON scan_claims (case_id);

      -- Offsets a claim has sent: proof that its uploader holds the bytes, even when the
      -- hub already stored them for another case.
      CREATE TABLE scan_claim_chunks (
        sha256       text NOT NULL,
        case_id      text NOT NULL,
        chunk_offset integer NOT NULL,
        PRIMARY KEY (sha256, case_id, chunk_offset),
        FOREIGN KEY (sha256, case_id) REFERENCES scan_claims (sha256, case_id) ON DELETE CASCADE
      );

      CREATE TABLE scan_chunks (
        sha256       text NOT NULL,
        chunk_offset integer NOT NULL,
        chunk_sha256 text NOT NULL,
        data         bytea NOT NULL,
        PRIMARY KEY (sha256, chunk_offset)
      );

      CREATE TABLE scan_forward (
        sha256          text NOT NULL,
        case_id         text NOT NULL,
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        rejected_at     timestamptz,
        queued_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sha256, case_id),
        FOREIGN KEY (sha256, case_id) REFERENCES scan_claims (sha256, case_id) ON DELETE CASCADE
      );
      CREATE INDEX scan_forward_due_idx ON scan_forward (next_attempt_at) WHERE rejected_at IS NULL;
    `,
  },
  {
    // Pulls leave out the caller's own events (echoes) but still move its cursor past them.
    // Rows from before have no replica and are served to everyone, as before.
    id: '007_feed_replica',
    sql: `ALTER TABLE feed ADD COLUMN replica_id text;`,
  },
  {
    id: '008_hub_leases',
    sql: `
      CREATE TABLE hub_leases (
        name       text PRIMARY KEY,
        holder     text NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
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
    // Derived from case_routes.state (shared/domain/hall-facts.ts) by a projector that follows
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
    id: '012_enrollment_key_proof',
    sql: `
      ALTER TABLE workstations ADD COLUMN key_proof_at timestamptz;
    `,
  },
  {
    id: '013_document_number_quotas',
    sql: `
      CREATE TABLE document_number_leases (
        workstation_id text NOT NULL,
        kind           text NOT NULL,
        year           integer NOT NULL,
        day            date NOT NULL,
        leased         integer NOT NULL,
        PRIMARY KEY (workstation_id, kind, year, day)
      );
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
  {
    // Enrollment by people: one-time tickets (only their sha256), token expiry and
    // revocation, the audit of administrators' actions on workstations, and the
    // lockout of credential subjects shared by every hub instance.
    id: '015_enrollment_tickets',
    sql: `
      CREATE TABLE enrollment_tickets (
        ticket_hash    text PRIMARY KEY,
        province       text NOT NULL,
        hall_code      text NOT NULL,
        window_no      integer NOT NULL,
        issued_by      text NOT NULL,
        issued_at      timestamptz NOT NULL DEFAULT now(),
        expires_at     timestamptz NOT NULL,
        used_at        timestamptz,
        used_by        text
      );
      CREATE INDEX enrollment_tickets_hall_idx ON enrollment_tickets (hall_code, issued_at);

      ALTER TABLE workstations ADD COLUMN token_expires_at timestamptz;
      ALTER TABLE workstations ADD COLUMN token_revoked_at timestamptz;

      CREATE TABLE workstation_actions (
        id             bigserial PRIMARY KEY,
        workstation_id text NOT NULL,
        hall_code      text NOT NULL,
        action         text NOT NULL,
        actor          text NOT NULL,
        reason         text NOT NULL,
        detail         jsonb,
        at             timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX workstation_actions_ws_idx ON workstation_actions (workstation_id, at);

      CREATE TABLE credential_lockouts (
        subject        text PRIMARY KEY,
        failures       integer NOT NULL,
        window_start   timestamptz NOT NULL,
        locked_until   timestamptz
      );
    `,
  },
  {
    // A restore from a backup rewinds the feed without the workstations knowing: the epoch
    // changes with every restore (hub/bin/mark-restored.ts), and workstations compare it.
    id: '018_feed_epoch',
    sql: `
      CREATE TABLE hub_epoch (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        epoch     text NOT NULL,
        since     timestamptz NOT NULL DEFAULT now(),
        -- Set by mark-restored: ask the peer to send again what it forwarded from then on.
        peer_resend_since timestamptz
      );
      INSERT INTO hub_epoch (epoch) VALUES (gen_random_uuid()::text);
    `,
  },
];
