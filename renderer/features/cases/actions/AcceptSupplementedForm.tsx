import { Typography } from 'antd';
import { useState } from 'react';
import { acceptSupplemented, appendForwarding } from '../../../../shared/domain/case/case-commands';
import { clockLimitsFor } from '../../../../shared/domain/matter/matter-limits';
import { chinaDate, planDueDate } from '../../../../shared/domain/calendar/working-days';
import { useWorkstation } from '../../../workstation/workstation-context';
import { mattersByCode } from '../../../catalog/catalog';
import type { CaseRecord } from '../../../data/db';
import { nextUlid } from '../../../workstation/next-ulid';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';

/**
 * 受理 after a complete 补正: the promised date counts from the 补正 day, and a case handled
 * in the other province is pushed there in the same step, as at the window.
 */
export function AcceptSupplementedForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { calendar } = useWorkstation().holidays;
  const [busy, setBusy] = useState(false);
  const matter = mattersByCode.get(record.matter.code);
  const startDay = chinaDate(new Date(record.supplementedAt ?? record.updatedAt));
  const promisedDate = matter ? planDueDate(startDay, clockLimitsFor(matter, record.mode).promised, calendar) : undefined;

  const submit = async () => {
    if (!promisedDate) return;
    setBusy(true);
    const { materials, details, agent } = record;
    await run(async (input) => {
      const accepted = await acceptSupplemented(record, { ...input, materials, promisedDate, details, agent });
      return appendForwarding(accepted, { ...input, eventId: nextUlid() }, record);
    });
    setBusy(false);
  };

  return (
    <ActionForm
      title="补正后受理"
      testId="action-accepted"
      error={error ?? (matter ? null : `事项目录中找不到“${record.matter.name}”，无法计算承诺时限`)}
      submitLabel="受理"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      <Typography.Paragraph>
        补正日期 {startDay}，承诺办结日期{' '}
        <Typography.Text strong data-testid="supplemented-promised-date">
          {promisedDate ?? '—'}
        </Typography.Text>
        （自补正之日起算）
      </Typography.Paragraph>
    </ActionForm>
  );
}
