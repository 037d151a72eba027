/**
 * A stored event without the store's bookkeeping — its position, and the `synced` mark that
 * records stored by earlier releases still carry: the event as sealed.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { StoredEvent } from './db';

export function plainEvent(stored: StoredEvent): CaseEvent {
  const { position: _position, synced: _synced, ...event } = stored as StoredEvent & { synced?: unknown };
  return event as CaseEvent;
}
