/** Runs a batch through ingestEvent one event at a time, in order. */
import type { CaseEvent } from '../../shared/domain/case-events';
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
    results.push(await ingestEvent(db, event, origin));
    await yieldToEventLoop();
  }
  return results;
}
