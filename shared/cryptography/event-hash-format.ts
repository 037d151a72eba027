/**
 * How an event hash names its algorithm. SHA-256 hashes keep the original form, 64 lowercase
 * hex digits with no prefix, so every event sealed before 国密 existed parses and verifies
 * unchanged; SM3 hashes carry `sm3:` before their 64 hex digits. One case's log may hold
 * both (a deployment that changed suites mid-case): each event is checked with its own
 * algorithm, and a parent link is just the parent's hash, whatever its form.
 *
 * Adding an algorithm? Also: the pattern below, digestForEvent, hub/store/event-hash.ts.
 */
import { z } from 'zod';
import { sha256Hex } from '../util/sha256';
import type { EventHashAlgorithm } from './crypto-suite';
import { sm3Hex } from './sm3';

const SM3_PREFIX = 'sm3:';

export const EVENT_HASH_PATTERN = /^(?:sm3:)?[0-9a-f]{64}$/;
export const eventHashSchema = z.string().regex(EVENT_HASH_PATTERN, { message: '事件哈希格式错误' });

/** The algorithm a well-formed hash was made with. */
export function hashAlgorithmOf(hash: string): EventHashAlgorithm {
  return hash.startsWith(SM3_PREFIX) ? 'sm3' : 'sha256';
}

/** The hash of an event's canonical text, in the form that names `algorithm`. */
export async function digestForEvent(algorithm: EventHashAlgorithm, canonicalText: string): Promise<string> {
  return algorithm === 'sm3' ? `${SM3_PREFIX}${sm3Hex(canonicalText)}` : sha256Hex(canonicalText);
}

/** Synchronous form for the SM3 side (the hub uses it; SHA-256 there goes through node:crypto). */
export function sm3EventHash(canonicalText: string): string {
  return `${SM3_PREFIX}${sm3Hex(canonicalText)}`;
}
