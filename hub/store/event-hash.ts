/**
 * The hub's hash check of an incoming event: the same canonical JSON and SHA-256 as
 * shared/domain/event-seal.ts, through node:crypto's synchronous hash. WebCrypto's digest
 * (what the shared code must use, for Chromium) costs a thread-pool round trip per event,
 * which at thousands of events a second was the hub's largest single cost.
 */
import { createHash } from 'node:crypto';
import type { CaseEvent } from '../../shared/domain/case-events';
import { canonicalJson } from '../../shared/util/canonical-json';

export function hasValidHash(event: CaseEvent): boolean {
  const { hash, ...content } = event;
  return hash === createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
