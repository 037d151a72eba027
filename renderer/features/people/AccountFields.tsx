/** Name, sign-in name, roles and a password typed twice: the first administrator and every new account. */
import { Input } from 'antd';
import type { Control } from 'react-hook-form';
import type { NewAccount } from '../../../shared/sync/staff-protocol';
import { Field } from '../../ui/Field';
import type { AccountFormValues } from './people-forms';
import { RoleCheckboxes } from './RoleCheckboxes';

export function AccountFields({ control }: { control: Control<AccountFormValues, unknown, NewAccount> }) {
  return (
    <>
      <Field control={control} name="name" label="姓名" required>
        {(field) => <Input id="accountName" {...field} />}
      </Field>
      <Field control={control} name="username" label="登录名" required extra="3至32位小写字母、数字，以字母开头，如 liming03">
        {(field) => <Input id="accountUsername" autoComplete="off" {...field} />}
      </Field>
      <Field control={control} name="roles" label="角色" required>
        {(field) => <RoleCheckboxes id="accountRoles" value={field.value} onChange={field.onChange} />}
      </Field>
      <Field control={control} name="password" label="初始密码" required extra="至少8位，须同时包含字母和数字">
        {(field) => <Input.Password id="accountPassword" autoComplete="new-password" {...field} />}
      </Field>
      <Field control={control} name="confirm" label="再次输入密码" required>
        {(field) => <Input.Password id="accountConfirm" autoComplete="new-password" {...field} />}
      </Field>
    </>
  );
}
