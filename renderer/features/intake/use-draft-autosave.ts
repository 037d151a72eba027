/**
 * Restores the intake draft once, then saves every change (debounced) to IndexedDB, so a
 * reload or crash mid-form loses nothing the clerk typed.
 */
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IntakeValues } from '../../../shared/domain/matter/application';
import type { DraftRecord } from '../../data/db';
import { draftsRepo } from '../../data/drafts.repo';
import { useWorkstation } from '../../workstation/workstation-context';

const SAVE_DELAY_MS = 250;

/**
 * `readAtStart`: the draft as read before the form first rendered (the form then started
 * from it), or undefined when it was not read yet and this hook reads it.
 */
export function useDraftAutosave<O extends Record<string, unknown>>(
  form: UseFormReturn<IntakeValues, unknown, O>,
  readAtStart: { draft: DraftRecord | undefined } | undefined,
): { restored: boolean; saving: boolean; savedAt: Date | null } {
  const [restored, setRestored] = useState(readAtStart !== undefined);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
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
      setSaving(true);
      unsaved = values as Partial<IntakeValues>;
      timer = setTimeout(() => {
        const toSave = unsaved;
        unsaved = null;
        if (!toSave) return;
        void draftsRepo.save(toSave, draftId).then(() => {
          setSaving(false);
          setSavedAt(new Date());
        });
      }, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
      // Leaving the form (交接班, another page) within the delay still keeps the last keystrokes.
      if (unsaved) void draftsRepo.save(unsaved, draftId);
    };
  }, [restored, watch, draftId]);

  return { restored, saving, savedAt };
}
