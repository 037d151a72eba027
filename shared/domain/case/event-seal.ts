/**
 * Hash chain of a case's events: each event's hash covers its own content and the previous
 * event's hash, so changing or removing an event anywhere breaks every hash after it. The
 * hash names its algorithm (shared/cryptography/event-hash-format.ts): SHA-256 by default, SM3 in
 * a 国密 deployment; each event is verified with the algorithm it was sealed with.
 */
import type { EventHashAlgorithm } from '../../cryptography/crypto-suite';
import { digestForEvent, hashAlgorithmOf } from '../../cryptography/event-hash-format';
import { canonicalJson } from '../../util/canonical-json';
import type { CaseEvent, UnsealedEvent } from './case-events';

export async function sealEvent(event: UnsealedEvent, algorithm: EventHashAlgorithm = 'sha256'): Promise<CaseEvent> {
  const hash = await digestForEvent(algorithm, canonicalJson(event));
  return { ...event, hash } as CaseEvent;
}

export async function hasValidHash(event: CaseEvent): Promise<boolean> {
  const { hash, ...content } = event;
  return hash === (await digestForEvent(hashAlgorithmOf(hash), canonicalJson(content)));
}
