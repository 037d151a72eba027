/**
 * Schema migrations, applied in order at startup and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: append a new one. Adding one? Also add a test in
 * tests/hub/migrations.test.ts that the previous schema upgrades.
 *
 * Tables:
 * - workstations   enrolled windows; only the sha256 of their bearer token is stored, plus
 *                  their receipt-sealing public key (002)
 * - case_routes    one row per case: immutable routing + the folded state (so a push never
 *                  refolds the log) and the hash the next event must chain to
 * - events         the append-only log as received (`body` is the canonical parsed event)
 * - feed           the change feed: `seq` is assigned under a table lock inside the writing
 *                  transaction, so seq order == commit order and a cursor never skips a row;
 *                  routing columns are copied here so a hall's feed is one index range scan
 * - forward_queue  local events of cross-province cases still to deliver to the peer hub,
 *                  keyed by feed seq so delivery follows commit (and so chain) order
 * - document_number_counters  the last 文书编号 sequence leased per hall, kind and year (003)
 * - scans, scan_claims, scan_claim_chunks, scan_chunks, scan_forward  scanned materials (006):
 *                  what each scan is, which cases it belongs to (and how far each claim's
 *                  upload got), its bytes in chunks, and the claims still to send to the peer
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
];
