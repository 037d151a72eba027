import { Alert, Checkbox, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useWatch, type Control, type ControllerRenderProps } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/application';
import { MATERIAL_FORM_LABELS, type Matter } from '../../../shared/domain/matter';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord } from '../../data/db';
import { CURRENT_DRAFT_ID } from '../../data/drafts.repo';
import { Field } from '../../ui/Field';
import { ScanItem } from '../attachments/ScanItem';
import { MaterialScans } from './MaterialScans';

const NO_SCANS: AttachmentRecord[] = [];

function byMaterial(scans: AttachmentRecord[]): Map<string, AttachmentRecord[]> {
  const groups = new Map<string, AttachmentRecord[]>();
  for (const scan of scans) groups.set(scan.materialCode, [...(groups.get(scan.materialCode) ?? []), scan]);
  return groups;
}

/** The checklist: tick what was handed in, attach its scan; a scan ticks its material. */
export function MaterialsSection({ control, matter }: { control: Control<IntakeValues, unknown, Intake>; matter: Matter | undefined }) {
  const scans = useLiveQuery(() => attachmentsRepo.listForDraft(CURRENT_DRAFT_ID), [], NO_SCANS);
  const ticked = useWatch({ control, name: 'materialCodes' });
  // A scan finishes storing after an await; it must tick against what is ticked by then.
  const latestTicked = useRef(ticked);
  useEffect(() => {
    latestTicked.current = ticked;
  }, [ticked]);

  if (!matter) return null;
  const groups = byMaterial(scans);
  const checklist = new Set(matter.materials.map((material) => material.code));
  // Left from another matter chosen earlier in this draft; 受理 would keep them with the case.
  const strays = scans.filter((scan) => !checklist.has(scan.materialCode));

  const markReceived = (field: ControllerRenderProps<IntakeValues, 'materialCodes'>, code: string) => {
    const now = latestTicked.current ?? [];
    if (now.includes(code)) return;
    latestTicked.current = [...now, code];
    field.onChange(latestTicked.current);
  };

  return (
    <Field control={control} name="materialCodes" label="已收取材料">
      {(field) => (
        <Checkbox.Group value={field.value ?? []} onChange={field.onChange} style={{ width: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {matter.materials.map((material) => (
              <MaterialScans key={material.code} material={material} scans={groups.get(material.code) ?? NO_SCANS} onStored={() => markReceived(field, material.code)}>
                <Checkbox value={material.code} id={`material-${material.code}`}>
                  {material.name}（{MATERIAL_FORM_LABELS[material.form]} {material.copies} 份）{' '}
                  {material.required ? <Tag color="red">必要</Tag> : <Tag>{material.condition ?? '视情提交'}</Tag>}
                </Checkbox>
              </MaterialScans>
            ))}
            {strays.length > 0 && (
              <Alert
                type="warning"
                data-testid="stray-scans"
                message="以下扫描件不属于当前事项的材料清单，受理时会随办件保存；不需要的请删除"
                description={
                  <Space direction="vertical">
                    {strays.map((scan) => (
                      <ScanItem key={scan.id} attachment={scan} onRemove={() => void attachmentsRepo.remove(scan.id ?? -1)} />
                    ))}
                  </Space>
                }
              />
            )}
          </Space>
        </Checkbox.Group>
      )}
    </Field>
  );
}
