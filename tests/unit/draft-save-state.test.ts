import { describe, expect, it } from 'vitest';
import { DraftSaveState } from '../../renderer/features/intake/draft-save-state';

describe('the intake draft save state', () => {
  it('tells its subscribers once when a save starts, however many changes follow, and when it ends', () => {
    const state = new DraftSaveState();
    const seen: { saving: boolean; savedAt: Date | null }[] = [];
    const unsubscribe = state.subscribe(() => seen.push(state.current()));

    state.started();
    state.started();
    state.started();
    const at = new Date('2026-12-07T08:00:00Z');
    state.saved(at);

    expect(seen).toEqual([
      { saving: true, savedAt: null },
      { saving: false, savedAt: at },
    ]);
    unsubscribe();
    state.started();
    expect(seen).toHaveLength(2);
    expect(state.current()).toEqual({ saving: true, savedAt: at });
  });

  it('keeps one snapshot between changes, as useSyncExternalStore requires', () => {
    const state = new DraftSaveState();
    expect(state.current()).toBe(state.current());
    state.started();
    const during = state.current();
    expect(state.current()).toBe(during);
  });
});
