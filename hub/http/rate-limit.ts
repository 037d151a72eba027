/**
 * A fixed-window request limit per client address for the hub's public pages: enough for
 * people scanning receipts, too little to walk the 办件编号 space. In memory, per process.
 */
export interface RateLimiter {
  /** Whether this client may make another request now (and counts it). */
  allow(client: string, now?: number): boolean;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(client, now = Date.now()) {
      const current = windows.get(client);
      if (!current || now - current.start >= windowMs) {
        // Forget expired windows now and then so the map cannot grow without bound.
        if (windows.size > 10_000) for (const [key, value] of windows) if (now - value.start >= windowMs) windows.delete(key);
        windows.set(client, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
  };
}
