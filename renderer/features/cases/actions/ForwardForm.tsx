import { forward } from '../../../../shared/domain/case/case-commands';
import type { CaseRecord } from '../../../data/db';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';

/**
 * 推送办理地 for a cross-province case that was accepted but never pushed (受理 normally pushes
 * in the same step; a case restored from the journal without its 推送 needs it here).
 */
export function ForwardForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  return (
    <ActionForm
      title="推送办理地"
      testId="action-forwarded"
      error={error}
      submitLabel={`推送至${record.routing.handling.name}`}
      submitting={false}
      onSubmit={() => void run((input) => forward(record, input))}
    >
      <p>该办件已受理但尚未推送办理地，推送后办理地即可接收办理。</p>
    </ActionForm>
  );
}
