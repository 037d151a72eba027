/**
 * The hub's hash check of an incoming event: the same canonical JSON and algorithms as
 * shared/domain/case/event-seal.ts, synchronously. SHA-256 (the default suite, and every event
 * made before 国密) goes through node:crypto: WebCrypto's digest costs a thread-pool round
 * trip per event, which at thousands of events a second was the hub's largest single cost.
 * An `sm3:` hash is checked with the shared pure-JS SM3, so hub and workstations agree
 * whatever OpenSSL build a hub runs on.
 */
import { createHash } from 'node:crypto';
import { hashAlgorithmOf, sm3EventHash } from '../../shared/cryptography/event-hash-format';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { canonicalJson } from '../../shared/util/canonical-json';

export function hasValidHash(event: CaseEvent): boolean {
  const { hash, ...content } = event;
  const text = canonicalJson(content);
  if (hashAlgorithmOf(hash) === 'sm3') return hash === sm3EventHash(text);
  return hash === createHash('sha256').update(text, 'utf8').digest('hex');
}
