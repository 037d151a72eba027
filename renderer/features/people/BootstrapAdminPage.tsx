/**
 * The hall has no accounts yet: the first person creates their own, as 系统管理员 (and, by
 * default, every other role, as a small hall's 值班长 often is). Later accounts are created
 * by an administrator in 账号管理.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionView } from '../../../shared/bridge/people-channels';
import { STAFF_ROLES } from '../../../shared/domain/case/staff';
import type { NewAccount } from '../../../shared/sync/staff-protocol';
import { bridge } from '../../bridge/bridge';
import { AccountFields } from './AccountFields';
import { accountFormSchema, type AccountFormValues } from './people-forms';
import { withCleanText } from '../../../shared/util/clean-text';

export function BootstrapAdminPage({ hallName, onSignedIn }: { hallName: string; onSignedIn(session: SessionView): void }) {
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<AccountFormValues, unknown, NewAccount>({
    resolver: zodResolver(withCleanText(accountFormSchema)),
    defaultValues: { name: '', username: '', roles: [...STAFF_ROLES], password: '', confirm: '' },
  });
  const submit = handleSubmit(async (account) => {
    setError(null);
    const result = await bridge().bootstrapAdmin(account);
    if (!result.ok) return setError(result.error.message);
    onSignedIn(result.value);
  });

  return (
    <div style={{ maxWidth: 640, margin: '48px auto' }}>
      <Card title="创建本大厅的第一个账号">
        <p>
          {hallName}
          还没有任何账号。请创建第一个账号：它担任系统管理员，之后由其在“账号管理”中为其他人员创建账号。账号保存在省级交换平台，本大厅的任一工作站都可登录。
        </p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" component="form" onFinish={() => void submit()}>
          <AccountFields control={control} />
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            创建并登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
