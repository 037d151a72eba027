/**
 * Which matters this window uses, as a ranking signal. A matter used often *and* lately
 * should come first; one used a hundred times last year should fade. The score is frecency:
 * the use count decayed by a half-life on the age of the last use.
 */
export interface MatterUsage {
  code: string;
  count: number;
  /** Epoch milliseconds of the last choice. */
  lastUsedAt: number;
}

const HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;

export function usageScore(usage: MatterUsage, now: number): number {
  const age = Math.max(0, now - usage.lastUsedAt);
  return usage.count * 0.5 ** (age / HALF_LIFE_MS);
}

/** Scores by code; matters never used are absent (score 0). */
export function usageScores(usages: readonly MatterUsage[], now: number): Map<string, number> {
  return new Map(usages.map((usage) => [usage.code, usageScore(usage, now)]));
}
