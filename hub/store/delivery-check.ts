/**
 * Which acknowledged events a workstation asks about the hub does not hold (any more): see
 * shared/sync/delivery-protocol.ts. Only events pushed by a workstation of the caller's hall
 * count as held, so the answer says nothing about other halls' events.
 */
import type { DeliveryCheckResponse } from '../../shared/sync/delivery-protocol';
import type { Queryable } from '../db/database';
import { readFeedEpoch } from './feed-epoch';

export async function checkDelivered(db: Queryable, hallCode: string, ids: readonly string[]): Promise<DeliveryCheckResponse> {
  const held = await db.query<{ id: string }>(
    `SELECT e.id FROM events e JOIN workstations w ON w.id = e.workstation_id
      WHERE e.id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND w.hall_code = $2`,
    [JSON.stringify(ids), hallCode],
  );
  const heldIds = new Set(held.map((row) => row.id));
  const [head] = await db.query<{ head: string }>('SELECT COALESCE(max(seq), 0)::text AS head FROM feed');
  return { epoch: await readFeedEpoch(db), head: head?.head ?? '0', missing: ids.filter((id) => !heldIds.has(id)) };
}
