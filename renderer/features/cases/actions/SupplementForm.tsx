import { Checkbox, Space } from 'antd';
import { useState } from 'react';
import { supplement } from '../../../../shared/domain/case/case-commands';
import { mattersByCode } from '../../../catalog/catalog';
import { attachmentsRepo } from '../../../data/attachments.repo';
import type { CaseRecord } from '../../../data/db';
import { ActionForm } from '../../../ui/ActionForm';
import { suppliedMaterials, withScans } from './supplement-materials';
import { useCaseAction } from '../../../workstation/use-case-action';

/**
 * 登记补正: the applicant brings what the 一次性告知 listed. Only a complete supplement is
 * registered, because the legal clock restarts from it (行政许可法 §32): every listed item
 * must be ticked.
 */
export function SupplementForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const missing = record.notice?.missing ?? [];
  const [ticked, setTicked] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [incomplete, setIncomplete] = useState(false);

  const submit = async () => {
    if (ticked.length < missing.length) {
      setIncomplete(true);
      return;
    }
    setBusy(true);
    const scans = await attachmentsRepo.scanReferencesOfCase(record.caseId);
    const materials = withScans(suppliedMaterials(missing, mattersByCode.get(record.matter.code)), scans);
    await run((input) => supplement(record, { ...input, materials }));
    setBusy(false);
  };

  return (
    <ActionForm
      title="登记补正"
      testId="action-supplemented"
      error={error ?? (incomplete ? '告知书所列材料须全部补齐后才能登记补正；未补齐的请继续告知申请人' : null)}
      submitLabel="登记补正"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      <Checkbox.Group
        value={ticked}
        onChange={(values) => {
          setTicked(values);
          setIncomplete(false);
        }}
        style={{ marginBottom: 12 }}
      >
        <Space direction="vertical">
          {missing.map((item, index) => (
            <Checkbox key={`${item.name}-${index}`} value={index} id={`supplied-${index}`}>
              {item.name}（{item.requirement}）
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </ActionForm>
  );
}
