/**
 * When the host renews its hub token on its own: once two thirds of the token's life have
 * passed, so a workstation that works every day never meets an expired token (and never a
 * 401 in the middle of a sync round), while one that renews too eagerly would prove its key
 * to the hub on every call. A token whose term the host does not know (one issued by a hub
 * that did not say, or saved before terms were kept) renews only when the hub refuses it.
 */
import { z } from 'zod';

export const tokenTermSchema = z.object({ issuedAt: z.string(), expiresAt: z.string() });
export type TokenTerm = z.infer<typeof tokenTermSchema>;

const RENEW_AFTER_SHARE_OF_LIFE = 2 / 3;

/** The term of a token the hub issued now; null when the hub did not say when it expires. */
export function termFromNow(expiresAt: string | undefined, now: Date): TokenTerm | null {
  return expiresAt === undefined ? null : { issuedAt: now.toISOString(), expiresAt };
}

export function renewalDue(term: TokenTerm | null, now: Date): boolean {
  if (!term) return false;
  const issued = Date.parse(term.issuedAt);
  const expires = Date.parse(term.expiresAt);
  // A hand-edited or garbled term must not make every call renew: treat it as unknown.
  if (!Number.isFinite(issued) || !Number.isFinite(expires) || expires <= issued) return false;
  return now.getTime() >= issued + (expires - issued) * RENEW_AFTER_SHARE_OF_LIFE;
}
