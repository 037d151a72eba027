/** The forwarder's retry policy is the sync path's one policy (shared/sync/backoff.ts). */
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from '../../shared/sync/backoff';
