/**
 * Whether the disk journal protects new local events right now, as last learned from the
 * host: a status check (at start, then every half minute, or on request) and every append's
 * outcome. The banner and the intake read it; it never says "protecting" unless the host
 * just said so, and a failure keeps the time it started.
 */
export type JournalHealth = { state: 'unknown' } | { state: 'protecting' } | { state: 'failing'; reason: string; since: number };

let current: JournalHealth = { state: 'unknown' };
const listeners = new Set<() => void>();

export const journalHealth = {
  get: (): JournalHealth => current,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  protecting(): void {
    if (current.state !== 'protecting') publish({ state: 'protecting' });
  },

  failing(reason: string, now = Date.now()): void {
    if (current.state === 'failing' && current.reason === reason) return;
    publish({ state: 'failing', reason, since: current.state === 'failing' ? current.since : now });
  },
};

function publish(next: JournalHealth): void {
  current = next;
  for (const listener of listeners) listener();
}
