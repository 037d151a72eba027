/** Migrations that guard credentials and numbers: enrollment proofs and tickets, token expiry, lockouts, 文书编号 quotas, retired keys. */
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
  {
    // Retired sealing keys stay published (GET /v1/keys, with retired_at) so receipts sealed
    // before an administrator's key reset, or before a rotation to the deployment's suite,
    // still verify. Keys reset before this migration are taken from the reset's record.
    // Tokens issued before 015 carried no expiry and never expired: they get the default
    // token lifetime (30 days) from now, so a window is not cut off mid-shift by the upgrade;
    // a workstation with a pinned key then renews by itself when the hub first refuses it.
    id: '019_retired_keys_and_legacy_token_expiry',
    sql: `
      CREATE TABLE retired_workstation_keys (
        workstation_id text NOT NULL,
        public_key     text NOT NULL,
        province       text NOT NULL,
        hall_code      text NOT NULL,
        retired_at     timestamptz NOT NULL,
        why            text NOT NULL,
        PRIMARY KEY (workstation_id, public_key)
      );

      INSERT INTO retired_workstation_keys (workstation_id, public_key, province, hall_code, retired_at, why)
      SELECT DISTINCT ON (action.workstation_id, action.detail->>'retiredPublicKey')
             action.workstation_id, action.detail->>'retiredPublicKey', workstation.province, action.hall_code, action.at, 'reset'
      FROM workstation_actions action JOIN workstations workstation ON workstation.id = action.workstation_id
      WHERE action.action = 'reset-key' AND action.detail->>'retiredPublicKey' IS NOT NULL
      ORDER BY action.workstation_id, action.detail->>'retiredPublicKey', action.at DESC;

      UPDATE workstations SET token_expires_at = now() + interval '30 days' WHERE token_expires_at IS NULL;
    `,
  },
];
