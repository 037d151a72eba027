/** Migrations that guard credentials and numbers: enrollment proofs and tickets, token expiry, lockouts, 文书编号 quotas. */
import type { Migration } from './migration';

export const ENROLLMENT_AND_NUMBER_MIGRATIONS: readonly Migration[] = [
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
];
