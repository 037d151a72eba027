/** Migrations of the exchange itself: workstations, cases, events, the feed, forwarding, scans, leases, the feed epoch, the feed's waiting rows. */
import type { Migration } from './migration';

export const EXCHANGE_MIGRATIONS: readonly Migration[] = [
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
  {
    // A batch's feed rows wait here, committed with its events, until the feed ticket step
    // numbers every waiting row under the feed lock (store/feed.ts). One row per batch: its
    // ticket comes from the sequence when the row is written, after the batch locked its
    // cases, so a batch that follows another on a case has the larger ticket; the entries
    // are the batch's feed rows in order.
    id: '020_feed_pending',
    sql: `
      CREATE SEQUENCE feed_ticket;
      CREATE TABLE feed_pending (
        ticket     bigint PRIMARY KEY DEFAULT nextval('feed_ticket'),
        replica_id text,
        entries    jsonb NOT NULL
      );
    `,
  },
  {
    // An event's body is only ever stored and read back whole, never queried inside: as json
    // (the text as sent, checked to be JSON) instead of jsonb it is not parsed into a tree on
    // every insert nor printed back on every feed page and forward. Rewrites the table once.
    id: '021_event_body_json',
    sql: `ALTER TABLE events ALTER COLUMN body TYPE json USING body::json;`,
  },
  {
    // Feed and forward rows are written only by the feed ticket step, from events this hub
    // stored before it (committed, or earlier in the same transaction), and events are never
    // deleted: the references cannot break, and checking them cost the step a probe of the
    // events index per row and table, about a quarter of its time (EXPLAIN ANALYZE, 200
    // rows). An event is still in the feed and in the forward queue at most once (UNIQUE).
    id: '022_feed_without_event_checks',
    sql: `
      ALTER TABLE feed DROP CONSTRAINT IF EXISTS feed_event_id_fkey;
      ALTER TABLE forward_queue DROP CONSTRAINT IF EXISTS forward_queue_event_id_fkey;
    `,
  },
];
