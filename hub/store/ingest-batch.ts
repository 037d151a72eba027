/**
 * Runs a batch through ingestEvent one event at a time, in order. An event above the size
 * cap is refused on its own here, before any work, so it cannot later make a feed page or a
 * forward batch too big to read.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import { eventTooLarge } from '../../shared/sync/size-limits';
import type { EventResult } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import type { EventOrigin } from './event-checks';
import { ingestEvent } from './ingest-event';

/**
 * PGlite runs on this thread: a batch of 200 transactions back to back would starve every
 * other request (health checks included) for a second or more. Yielding to the event loop
 * between events lets them in.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function ingestBatch(db: Database, events: readonly CaseEvent[], origin: EventOrigin): Promise<EventResult[]> {
  const results: EventResult[] = [];
  for (const event of events) {
    const tooLarge = eventTooLarge(event);
    results.push(tooLarge ? { id: event.id, status: 'rejected', ...tooLarge } : await ingestEvent(db, event, origin));
    await yieldToEventLoop();
  }
  return results;
}
