/**
 * Restores the intake draft once, then saves every change (debounced) to IndexedDB, so a
 * reload or crash mid-form loses nothing the clerk typed.
 *
 * Whether a save is under way is kept outside React state (`DraftSaveState`): as state of the
 * page, each first keystroke after a pause and each finished save re-rendered the whole
 * form. Only the small status line subscribes to it (DraftStatus).
 */
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IntakeValues } from '../../../shared/domain/matter/application';
import type { DraftRecord } from '../../data/db';
import { draftsRepo } from '../../data/drafts.repo';
import { useWorkstation } from '../../workstation/workstation-context';
import { DraftSaveState } from './draft-save-state';

const SAVE_DELAY_MS = 250;

/**
 * `readAtStart`: the draft as read before the form first rendered (the form then started
 * from it), or undefined when it was not read yet and this hook reads it.
 */
export function useDraftAutosave<O extends Record<string, unknown>>(
  form: UseFormReturn<IntakeValues, unknown, O>,
  readAtStart: { draft: DraftRecord | undefined } | undefined,
): { restored: boolean; saveState: DraftSaveState } {
  const [restored, setRestored] = useState(readAtStart !== undefined);
  const [saveState] = useState(() => new DraftSaveState());
  const { reset, watch } = form;
  const { draftId } = useWorkstation();

  useEffect(() => {
    if (restored) return undefined;
    let cancelled = false;
    void draftsRepo.load(draftId).then((draft) => {
      if (cancelled) return;
      if (draft) reset({ ...form.formState.defaultValues, ...draft.values } as IntakeValues);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
    // Restore exactly once per mount; the form object is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reset, draftId]);

  useEffect(() => {
    if (!restored) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsaved: Partial<IntakeValues> | null = null;
    const subscription = watch((values) => {
      clearTimeout(timer);
      saveState.started();
      unsaved = values as Partial<IntakeValues>;
      timer = setTimeout(() => {
        const toSave = unsaved;
        unsaved = null;
        if (!toSave) return;
        void draftsRepo.save(toSave, draftId).then(() => saveState.saved(new Date()));
      }, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
      // Leaving the form (交接班, another page) within the delay still keeps the last keystrokes.
      if (unsaved) void draftsRepo.save(unsaved, draftId);
    };
  }, [restored, watch, draftId, saveState]);

  return { restored, saveState };
}
