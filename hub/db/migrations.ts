/**
 * Schema migrations, applied in order at startup and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: append a new one, in the file of schema/ whose job
 * it belongs to, with the next free number. Adding one? Also add a test in
 * tests/hub/migrations.test.ts that the previous schema upgrades.
 *
 * Tables:
 * - workstations   enrolled windows; only the sha256 of their bearer token is stored, plus
 *                  their receipt-sealing public key (002)
 * - case_routes    one row per case: immutable routing + the folded state (so a push never
 *                  refolds the log unless it brings a concurrent event); `last_hash` is the
 *                  last event in fold order, the state's `heads` the DAG's heads (005)
 * - events         the append-only log as received (`body` is the event as JSON text, json since 021)
 * - feed           the change feed: `seq` is assigned under a table lock, to committed rows
 *                  only (see feed_pending), so seq order == commit order and a cursor never
 *                  skips a row;
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
 *                  over it
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
 * - feed.event_id, forward_queue.event_id  no longer checked against events (022): only the
 *                  feed ticket step writes them, from events already stored, never deleted
 * - feed_pending   (020) a batch's feed rows, committed with its events, until the feed ticket
 *                  step numbers them under the feed lock (store/feed.ts); one row per batch,
 *                  its ticket from the feed_ticket sequence taken after the batch's case locks
 * - hub_leases     (008) which instance runs each singleton job (forwarding) when several
 *                  hub instances share one PostgreSQL, until when (store/leases.ts)
 * - retired_workstation_keys (019) sealing keys taken off a workstation (key reset, rotation)
 *                  and since when: still published so older receipts verify (store/retired-keys.ts);
 *                  019 also gave tokens issued before 015 an expiry
 */
import { ENROLLMENT_AND_NUMBER_MIGRATIONS } from './schema/enrollment-and-numbers';
import { EXCHANGE_MIGRATIONS } from './schema/exchange';
import type { Migration } from './schema/migration';
import { PEOPLE_AND_HALL_MIGRATIONS } from './schema/people-and-hall';

export type { Migration } from './schema/migration';

/** Every migration, in the order of their ids (the order they run in). */
export const MIGRATIONS: readonly Migration[] = [
  ...EXCHANGE_MIGRATIONS,
  ...PEOPLE_AND_HALL_MIGRATIONS,
  ...ENROLLMENT_AND_NUMBER_MIGRATIONS,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
