/**
 * Hash chain of a case's events: each event's hash covers its own content and the previous
 * event's hash, so changing or removing an event anywhere breaks every hash after it.
 */
import { canonicalJson } from '../util/canonical-json';
import { sha256Hex } from '../util/sha256';
import type { CaseEvent, UnsealedEvent } from './case-events';

export async function sealEvent(event: UnsealedEvent): Promise<CaseEvent> {
  const hash = await sha256Hex(canonicalJson(event));
  return { ...event, hash } as CaseEvent;
}

export async function hasValidHash(event: CaseEvent): Promise<boolean> {
  const { hash, ...content } = event;
  return hash === (await sha256Hex(canonicalJson(content)));
}
