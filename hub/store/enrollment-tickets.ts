/**
 * One-time enrollment tickets (table enrollment_tickets): issued for one hall and window,
 * good for a few hours, used once. Only the ticket's sha256 is stored, so the table hands
 * nobody a ticket; the ticket itself is shown once to whoever issued it.
 */
import { createHash, randomInt } from 'node:crypto';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import { TICKET_ALPHABET, TICKET_LENGTH } from '../../shared/sync/enrollment-ticket-protocol';
import { isoUtc, type Queryable } from '../db/database';

export const DEFAULT_TICKET_HOURS = 24;

export interface TicketScope {
  province: ProvinceCode;
  hallCode: string;
  window: number;
}

export interface IssuedTicketRow extends TicketScope {
  ticket: string;
  expiresAt: string;
}

export const hashTicket = (ticket: string) => createHash('sha256').update(ticket, 'utf8').digest('hex');

function mintTicket(): string {
  return Array.from({ length: TICKET_LENGTH }, () => TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]).join('');
}

export async function issueTicket(
  db: Queryable,
  scope: TicketScope,
  issuedBy: string,
  validHours = DEFAULT_TICKET_HOURS,
): Promise<IssuedTicketRow> {
  const ticket = mintTicket();
  const [row] = await db.query<{ expires_at: string }>(
    `INSERT INTO enrollment_tickets (ticket_hash, province, hall_code, window_no, issued_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6::int)) RETURNING ${isoUtc('expires_at')} AS expires_at`,
    [hashTicket(ticket), scope.province, scope.hallCode, scope.window, issuedBy, validHours],
  );
  return { ...scope, ticket, expiresAt: row?.expires_at ?? '' };
}

/** Why a ticket was not taken: each has its own code and message at the route. */
export type TicketRefusal = 'TICKET_UNKNOWN' | 'TICKET_USED' | 'TICKET_EXPIRED' | 'TICKET_OTHER_WINDOW';

/**
 * Marks the ticket used by `workstationId` if it is unused, unexpired and issued for exactly
 * this hall and window. Run it inside the enrollment's transaction: the row stays locked
 * until the enrollment commits, so two PCs racing with one ticket cannot both enroll, and a
 * failed enrollment (window in use, key refused) gives the ticket back by rolling back.
 */
export async function takeTicket(db: Queryable, ticket: string, scope: TicketScope, workstationId: string): Promise<TicketRefusal | null> {
  const hash = hashTicket(ticket);
  const taken = await db.query(
    `UPDATE enrollment_tickets SET used_at = now(), used_by = $5
     WHERE ticket_hash = $1 AND used_at IS NULL AND expires_at > now()
       AND province = $2 AND hall_code = $3 AND window_no = $4
     RETURNING ticket_hash`,
    [hash, scope.province, scope.hallCode, scope.window, workstationId],
  );
  if (taken.length > 0) return null;
  const [row] = await db.query<{ used: boolean; expired: boolean; fits: boolean }>(
    `SELECT used_at IS NOT NULL AS used, expires_at <= now() AS expired,
            (province = $2 AND hall_code = $3 AND window_no = $4) AS fits
     FROM enrollment_tickets WHERE ticket_hash = $1`,
    [hash, scope.province, scope.hallCode, scope.window],
  );
  if (!row) return 'TICKET_UNKNOWN';
  if (row.used) return 'TICKET_USED';
  if (row.expired) return 'TICKET_EXPIRED';
  return 'TICKET_OTHER_WINDOW';
}
