import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord } from '../../data/db';
import { loadCaseScan, type CaseScanTarget } from './fetch-case-scan';

export interface CaseScan {
  /** The scan's bytes on this workstation; null until held (undefined while looking). */
  record: AttachmentRecord | null | undefined;
  /** Bytes received so far while fetching from the hub. */
  progress: { received: number; total: number } | null;
  /** Why the last fetch failed, in Chinese. */
  error: string | null;
  /** The held record, fetching it from the hub first when needed. */
  load(): Promise<AttachmentRecord | null>;
}

/**
 * One scan a case lists (a material's scan reference): the local copy as soon as this
 * workstation holds it, or `load()` to fetch it with progress. Used by the case drawer.
 */
export function useCaseScan(target: CaseScanTarget): CaseScan {
  const { sha256 } = target.reference;
  const record = useLiveQuery(async () => (await attachmentsRepo.findBySha256(sha256)) ?? null, [sha256]);
  const [progress, setProgress] = useState<CaseScan['progress']>(null);
  const [error, setError] = useState<string | null>(null);
  const { caseId, materialCode, reference, addedBy } = target;

  const load = useCallback(async () => {
    setError(null);
    try {
      return await loadCaseScan({ caseId, materialCode, reference, addedBy }, (received, total) => setProgress({ received, total }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return null;
    } finally {
      setProgress(null);
    }
  }, [caseId, materialCode, reference, addedBy]);

  return { record, progress, error, load };
}
