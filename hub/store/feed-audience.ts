/**
 * Who reads which rows of the change feed: a workstation sees the cases its hall received
 * and the cases handled in its county. A feed row therefore has two audience keys (its
 * receiving hall, its handling place) and a workstation listens on two (its hall, its place).
 */

/** What a workstation may see: cases its hall received, and cases handled in its county. */
export interface FeedAudience {
  hallCode: string;
  province: string;
  division: string;
}

/** The highest seq a feed ticket step gave, per audience key. */
export type FeedNews = Map<string, bigint>;

export const hallKey = (hallCode: string) => `h:${hallCode}`;
export const placeKey = (province: string, division: string) => `p:${province}:${division}`;

export function keysOfAudience(audience: FeedAudience): [string, string] {
  return [hallKey(audience.hallCode), placeKey(audience.province, audience.division)];
}

/** Whether a key names a hall (else a handling place), and its parts, for a lookup by index. */
export function parseAudienceKey(key: string): { hallCode: string } | { province: string; division: string } | undefined {
  const [kind, first, second] = key.split(':');
  if (kind === 'h' && first) return { hallCode: first };
  if (kind === 'p' && first && second) return { province: first, division: second };
  return undefined;
}
