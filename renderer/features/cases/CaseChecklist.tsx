/**
 * 材料清单 as the window left it: what was received (form, copies, scans), 免提交 by data
 * sharing, or not received. The scans themselves are listed and opened under 材料扫描件.
 */
import { Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { CHECKLIST_STATUS_LABELS, materialChecklist, type ChecklistRow } from '../../../shared/domain/case/material-checklist';
import { MATERIAL_FORM_LABELS } from '../../../shared/domain/matter/matter';
import { mattersByCode } from '../../catalog/catalog';

const STATUS_COLORS = { received: 'green', waived: 'blue', missing: 'default' } as const;

export function CaseChecklist({ state }: { state: CaseState }) {
  const rows = materialChecklist(mattersByCode.get(state.matter.code)?.materials, state);
  return (
    <Table<ChecklistRow>
      size="small"
      bordered
      pagination={false}
      rowKey="code"
      title={() => '材料清单'}
      dataSource={rows}
      data-testid="case-checklist"
      // A data attribute is not among antd's row props; the row carries it for tests and styling alike.
      onRow={(row) => ({ 'data-testid': `checklist-${row.code}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '材料',
          render: (_, row) => (
            <>
              {row.name}
              {row.required && row.status === 'missing' && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  必要
                </Tag>
              )}
              {!row.required && row.status === 'missing' && row.condition ? `（${row.condition}）` : ''}
            </>
          ),
        },
        {
          title: '收取情况',
          width: 150,
          render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{CHECKLIST_STATUS_LABELS[row.status]}</Tag>,
        },
        {
          title: '原件/复印件',
          width: 110,
          render: (_, row) => (row.form ? `${MATERIAL_FORM_LABELS[row.form]} ${row.copies ?? 1} 份` : '—'),
        },
        { title: '扫描件', width: 64, render: (_, row) => (row.status === 'received' ? `${row.scans} 个` : '—') },
      ]}
    />
  );
}
