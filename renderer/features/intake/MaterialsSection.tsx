import { Alert, Checkbox, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useController, useWatch, type Control, type ControllerRenderProps } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { MATERIAL_FORM_LABELS, type Matter } from '../../../shared/domain/matter/matter';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord } from '../../data/db';
import { useWorkstation } from '../../workstation/workstation-context';
import { Field } from '../../ui/Field';
import { ScanItem } from '../attachments/ScanItem';
import { MaterialScans } from './MaterialScans';

const NO_SCANS: AttachmentRecord[] = [];

function byMaterial(scans: AttachmentRecord[]): Map<string, AttachmentRecord[]> {
  const groups = new Map<string, AttachmentRecord[]>();
  for (const scan of scans) groups.set(scan.materialCode, [...(groups.get(scan.materialCode) ?? []), scan]);
  return groups;
}

const NO_CODES: string[] = [];
const without = (codes: readonly string[], code: string) => codes.filter((other) => other !== code);

/**
 * The checklist: tick what was handed in, attach its scan (a scan ticks its material), or,
 * where the catalog allows it, mark a material 免提交 because the window obtains it by data
 * sharing. Received and 免提交 exclude each other: ticking one clears the other.
 */
export function MaterialsSection({ control, matter }: { control: Control<IntakeValues, unknown, Intake>; matter: Matter | undefined }) {
  const { draftId } = useWorkstation();
  const scans = useLiveQuery(() => attachmentsRepo.listForDraft(draftId), [draftId], NO_SCANS);
  const waived = useController({ control, name: 'waivedCodes' });
  const waivedCodes = waived.field.value ?? NO_CODES;
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

  const setReceived = (field: ControllerRenderProps<IntakeValues, 'materialCodes'>, code: string, received: boolean) => {
    const now = latestTicked.current ?? [];
    if (now.includes(code) === received) return;
    latestTicked.current = received ? [...now, code] : without(now, code);
    field.onChange(latestTicked.current);
    if (received && waivedCodes.includes(code)) waived.field.onChange(without(waivedCodes, code));
  };
  const setWaived = (field: ControllerRenderProps<IntakeValues, 'materialCodes'>, code: string, waive: boolean) => {
    waived.field.onChange(waive ? [...without(waivedCodes, code), code] : without(waivedCodes, code));
    if (waive) setReceived(field, code, false);
  };

  return (
    <Field control={control} name="materialCodes" label="已收取材料">
      {(field) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {matter.materials.map((material) => (
            <MaterialScans
              key={material.code}
              material={material}
              scans={groups.get(material.code) ?? NO_SCANS}
              onStored={() => setReceived(field, material.code, true)}
            >
              <Checkbox
                id={`material-${material.code}`}
                ref={material === matter.materials[0] ? field.ref : undefined}
                checked={(field.value ?? []).includes(material.code)}
                onChange={(event) => setReceived(field, material.code, event.target.checked)}
              >
                {material.name}（{MATERIAL_FORM_LABELS[material.form]} {material.copies} 份）{' '}
                {material.required ? <Tag color="red">必要</Tag> : <Tag>{material.condition ?? '视情提交'}</Tag>}
              </Checkbox>
              {material.waivableByDataSharing && (
                <Checkbox
                  id={`waive-${material.code}`}
                  checked={waivedCodes.includes(material.code)}
                  onChange={(event) => setWaived(field, material.code, event.target.checked)}
                >
                  免提交（数据共享获取）
                </Checkbox>
              )}
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
          {waived.fieldState.error && <Alert type="error" showIcon message={waived.fieldState.error.message} data-testid="waived-error" />}
        </Space>
      )}
    </Field>
  );
}
