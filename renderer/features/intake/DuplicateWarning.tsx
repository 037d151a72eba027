import { Alert, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { findOpenDuplicate } from '../../../shared/domain/case/duplicate-check';
import { parseIdNumber } from '../../../shared/domain/validators/id-number';
import { CASE_STATUS_LABELS } from '../../../shared/domain/case/case-state';
import { caseSearchRepo } from '../../data/case-search.repo';
import { CaseDetailDrawer } from './deferred-parts';

/**
 * Warns while the clerk types when the applicant already has an open case for the same
 * matter (a second window visit, a retry after a reload), with a link to that case. A
 * warning, not a block: a second application can be legitimate.
 */
export function DuplicateWarning({ control, matterCode }: { control: Control<IntakeValues, unknown, Intake>; matterCode: string }) {
  // Watched here, not by the page: each keystroke of the ID re-renders this alone.
  const idNumber = useWatch({ control, name: 'applicant.idNumber' }) ?? '';
  const [open, setOpen] = useState<string | null>(null);
  // The drawer's chunk loads when it is first opened; it stays mounted after, to animate closing.
  const [everOpened, setEverOpened] = useState(false);
  const parsed = parseIdNumber(idNumber);
  const id = parsed.ok ? parsed.value : null;
  const duplicate = useLiveQuery(async () => {
    if (!id || !matterCode) return undefined;
    const sameApplicant = await caseSearchRepo.search(id, { side: 'receiving' });
    return findOpenDuplicate(sameApplicant.rows, id, matterCode);
  }, [id, matterCode]);
  if (!duplicate) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="duplicate-warning"
        style={{ marginBottom: 16 }}
        message={`该申请人已有同一事项的在办件：${duplicate.caseNumber}（${CASE_STATUS_LABELS[duplicate.status]}），请核实是否重复申请`}
        action={
          <Button
            size="small"
            onClick={() => {
              setEverOpened(true);
              setOpen(duplicate.caseId);
            }}
          >
            查看
          </Button>
        }
      />
      {everOpened && (
        <Suspense fallback={null}>
          <CaseDetailDrawer caseId={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
