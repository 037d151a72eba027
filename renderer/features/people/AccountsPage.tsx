/**
 * 账号管理 (系统管理员): the hall's accounts at the hub — create, change roles, stop or
 * restart an account, set a new password — and the hall's audit of such changes and of 设置.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { STAFF_ROLE_LABELS, type StaffAccount, type StaffRole } from '../../../shared/domain/case/staff';
import type { AccountUpdate, NewAccount } from '../../../shared/sync/staff-protocol';
import { bridge, unwrap } from '../../bridge/bridge';
import { useWorkstation } from '../../workstation/workstation-context';
import { AccountFields } from './AccountFields';
import { AuditList } from './AuditList';
import { accountFormSchema, type AccountFormValues } from './people-forms';
import { RoleCheckboxes } from './RoleCheckboxes';
import { withCleanText } from '../../../shared/util/clean-text';

type Editing = { account: StaffAccount; kind: 'roles' | 'password' } | null;

export function AccountsPage() {
  const { message } = App.useApp();
  const { person } = useWorkstation();
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const load = useCallback(async () => {
    const result = await bridge().listAccounts({});
    if (!result.ok) return setError(result.error.message);
    setAccounts(result.value.accounts);
  }, []);
  useEffect(() => void load(), [load]);

  const change = async (id: string, update: AccountUpdate, done: string) => {
    try {
      unwrap(await bridge().updateAccount({ id, update }));
      void message.success(done);
      setEditing(null);
      await load();
    } catch (failure) {
      void message.error(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        账号管理
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Card title="本大厅账号" data-testid="accounts-list">
        <Table<StaffAccount>
          rowKey="id"
          loading={accounts === null && !error}
          dataSource={accounts ?? []}
          pagination={false}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '登录名', dataIndex: 'username' },
            { title: '角色', render: (_, account) => account.roles.map((role) => <Tag key={role}>{STAFF_ROLE_LABELS[role]}</Tag>) },
            { title: '状态', render: (_, account) => (account.active ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
            {
              title: '操作',
              render: (_, account) => (
                <Space>
                  <Button size="small" onClick={() => setEditing({ account, kind: 'roles' })}>
                    修改角色
                  </Button>
                  <Button size="small" onClick={() => setEditing({ account, kind: 'password' })}>
                    重置密码
                  </Button>
                  {account.id !== person.id && (
                    <Button
                      size="small"
                      danger={account.active}
                      onClick={() => void change(account.id, { active: !account.active }, account.active ? '账号已停用' : '账号已启用')}
                    >
                      {account.active ? '停用' : '启用'}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <NewAccountCard onCreated={() => void load()} />
      <AuditList />
      {editing && (
        <EditAccountModal
          editing={editing}
          onCancel={() => setEditing(null)}
          onSave={(update, done) => void change(editing.account.id, update, done)}
        />
      )}
    </Space>
  );
}

function NewAccountCard({ onCreated }: { onCreated(): void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState, reset } = useForm<AccountFormValues, unknown, NewAccount>({
    resolver: zodResolver(withCleanText(accountFormSchema)),
    defaultValues: { name: '', username: '', roles: ['clerk'], password: '', confirm: '' },
  });
  const submit = handleSubmit(async (account) => {
    setError(null);
    const result = await bridge().createAccount(account);
    if (!result.ok) return setError(result.error.message);
    void message.success(`已创建账号 ${result.value.name}（${result.value.username}）`);
    reset();
    onCreated();
  });
  return (
    <Card title="新建账号" data-testid="new-account">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="form" onFinish={() => void submit()} style={{ maxWidth: 560 }}>
        <AccountFields control={control} />
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          创建账号
        </Button>
      </Form>
    </Card>
  );
}

function EditAccountModal({
  editing,
  onCancel,
  onSave,
}: {
  editing: NonNullable<Editing>;
  onCancel(): void;
  onSave(update: AccountUpdate, done: string): void;
}) {
  const [roles, setRoles] = useState<StaffRole[]>(editing.account.roles);
  const [password, setPassword] = useState('');
  const isRoles = editing.kind === 'roles';
  return (
    <Modal
      open
      title={`${isRoles ? '修改角色' : '重置密码'}：${editing.account.name}`}
      okText="保存"
      cancelText="取消"
      onCancel={onCancel}
      onOk={() => (isRoles ? onSave({ roles }, '角色已修改') : onSave({ password }, '密码已重置，请告知本人登录后尽快修改'))}
    >
      {isRoles ? (
        <RoleCheckboxes id="editRoles" value={roles} onChange={setRoles} />
      ) : (
        <Input.Password
          id="resetPassword"
          placeholder="新密码：至少8位，含字母和数字"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      )}
    </Modal>
  );
}
