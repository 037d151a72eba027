import { Checkbox } from 'antd';
import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../shared/domain/case/staff';

export function RoleCheckboxes({ id, value, onChange }: { id: string; value: StaffRole[]; onChange(roles: StaffRole[]): void }) {
  return (
    <Checkbox.Group
      data-testid={id}
      value={value}
      onChange={(roles) => onChange(roles as StaffRole[])}
      options={STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }))}
    />
  );
}
