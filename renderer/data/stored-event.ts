/** A stored event without the store's bookkeeping (position, synced): the event as sealed. */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { StoredEvent } from './db';

export function plainEvent(stored: StoredEvent): CaseEvent {
  const { position: _position, synced: _synced, ...event } = stored;
  return event as CaseEvent;
}
