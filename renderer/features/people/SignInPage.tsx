/**
 * Sign-in at this workstation. Online the hub checks the password; when it is out of reach,
 * a person who signed in online here within OFFLINE_SIGN_IN_DAYS signs in offline.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PeopleStatus, SessionView } from '../../../shared/bridge/people-channels';
import { OFFLINE_SIGN_IN_DAYS } from '../../../shared/domain/case/staff';
import type { SignInRequest } from '../../../shared/sync/staff-protocol';
import { bridge } from '../../bridge/bridge';
import { Field } from '../../ui/Field';
import { signInFormSchema, type SignInFormValues } from './people-forms';
import { withCleanText } from '../../../shared/util/clean-text';

export function SignInPage({ status, place, onSignedIn }: { status: PeopleStatus; place: string; onSignedIn(session: SessionView): void }) {
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState, setValue } = useForm<SignInFormValues, unknown, SignInRequest>({
    resolver: zodResolver(withCleanText(signInFormSchema)),
    defaultValues: { username: '', password: '' },
  });
  const submit = handleSubmit(async (credentials) => {
    setError(null);
    const result = await bridge().signIn(credentials);
    if (!result.ok) return setError(result.error.message);
    onSignedIn(result.value);
  });

  return (
    <div style={{ maxWidth: 480, margin: '64px auto' }}>
      <Card title="川渝通办窗口工作站 · 登录">
        <p data-testid="sign-in-place">{place}</p>
        {status.hallHasAccounts === null && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message="交换平台暂时无法连接"
            description={`可离线登录：近${OFFLINE_SIGN_IN_DAYS}天内在本工作站联网登录过的人员。`}
          />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="sign-in-error" />}
        <Form layout="vertical" component="form" onFinish={() => void submit()}>
          <Field control={control} name="username" label="登录名" required>
            {(field) => <Input id="signInUsername" autoComplete="username" autoFocus {...field} />}
          </Field>
          <Field control={control} name="password" label="密码" required>
            {(field) => <Input.Password id="signInPassword" autoComplete="current-password" {...field} />}
          </Field>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting} block>
            登录
          </Button>
        </Form>
        {status.knownPeople.length > 0 && (
          <p style={{ marginTop: 16 }}>
            最近在本机登录：
            {status.knownPeople.map((person) => (
              <Tag key={person.username} style={{ cursor: 'pointer' }} onClick={() => setValue('username', person.username)}>
                {person.name}（{person.username}）
              </Tag>
            ))}
          </p>
        )}
      </Card>
    </div>
  );
}
