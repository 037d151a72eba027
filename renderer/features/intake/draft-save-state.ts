/** Whether the intake draft is being saved, and when it last was: a tiny store for useSyncExternalStore. */
export interface DraftSaveSnapshot {
  saving: boolean;
  savedAt: Date | null;
}

export class DraftSaveState {
  private snapshot: DraftSaveSnapshot = { saving: false, savedAt: null };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): DraftSaveSnapshot => this.snapshot;

  /** A change is waiting to be saved (a no-op while one already waits). */
  started(): void {
    if (!this.snapshot.saving) this.set({ ...this.snapshot, saving: true });
  }

  saved(at: Date): void {
    this.set({ saving: false, savedAt: at });
  }

  private set(next: DraftSaveSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
