import { Checkbox, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { submitSupplement } from '../../../../shared/domain/case/case-commands';
import { formatChinaDate } from '../../../../shared/documents/layout/format';
import { mattersByCode } from '../../../catalog/catalog';
import { useWorkstation } from '../../../workstation/workstation-context';
import { attachmentsRepo } from '../../../data/attachments.repo';
import { PhotographMaterialButton } from '../../camera/PhotographMaterialButton';
import type { CaseRecord } from '../../../data/db';
import { ActionForm } from '../../../ui/ActionForm';
import { suppliedMaterials, withScans } from './supplement-materials';
import { useCaseAction } from '../../../workstation/use-case-action';

/**
 * 提交补正材料: the applicant brought what the handling side asked for. Every listed item is
 * ticked (the clock resumes from the day all of it is in), its scans are taken here and
 * travel to the handling side with the case.
 */
export function SupplementSubmitForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { identity } = useWorkstation();
  const request = record.supplementRequests?.at(-1);
  const missing = request?.missing ?? [];
  // Hand-written items get codes of their own per request, so a later request never merges into an earlier one.
  const materials = suppliedMaterials(
    missing,
    mattersByCode.get(record.matter.code),
    `SUPPLEMENT${record.supplementRequests?.length ?? 0}`,
  );
  const [ticked, setTicked] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const addScan = async (materialCode: string, file: File) => {
    setProblem(null);
    try {
      await attachmentsRepo.addToCase({ caseId: record.caseId, materialCode, file, fileName: file.name, addedBy: identity.clerk });
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const submit = async () => {
    if (ticked.length < missing.length) {
      setProblem('办理地要求的材料须全部收齐后才能提交；未收齐的请告知申请人继续补正');
      return;
    }
    setBusy(true);
    const scans = await attachmentsRepo.scanReferencesOfCase(record.caseId);
    const trimmed = note.trim();
    await run((input) =>
      submitSupplement(record, { ...input, materials: withScans(materials, scans), ...(trimmed ? { note: trimmed } : {}) }),
    );
    setBusy(false);
  };

  return (
    <ActionForm
      title="提交补正材料"
      testId="action-supplementSubmitted"
      error={error ?? problem}
      submitLabel="提交办理地"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      {request && (
        <Typography.Paragraph>
          办理地要求补正（期限 {formatChinaDate(request.deadline)}）：{request.reason}
        </Typography.Paragraph>
      )}
      <Checkbox.Group value={ticked} onChange={setTicked} style={{ marginBottom: 12 }}>
        <Space direction="vertical">
          {missing.map((item, index) => (
            <Space key={`${item.name}-${index}`}>
              <Checkbox value={index} id={`submitted-${index}`}>
                {item.name}（{item.requirement}）
              </Checkbox>
              <input
                type="file"
                aria-label={`扫描件：${item.name}`}
                accept="image/jpeg,image/png,application/pdf"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  const code = materials[index]?.code;
                  if (file && code) void addScan(code, file);
                }}
              />
              <PhotographMaterialButton
                materialName={item.name}
                onSave={async (pdf, fileName) => {
                  const code = materials[index]?.code;
                  if (!code) return;
                  await attachmentsRepo.addToCase({
                    caseId: record.caseId,
                    materialCode: code,
                    file: pdf,
                    fileName,
                    addedBy: identity.clerk,
                  });
                  setProblem(null);
                }}
              />
            </Space>
          ))}
        </Space>
      </Checkbox.Group>
      <Input.TextArea
        id="supplementNote"
        aria-label="备注"
        placeholder="备注（可选）"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
        maxLength={300}
      />
    </ActionForm>
  );
}
