import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { PROVINCE_CODES, provinceName } from '../../../shared/domain/region/provinces';
import { bridge } from '../../bridge/bridge';
import { countyOptions } from '../../catalog/catalog';
import { Field } from '../../ui/Field';
import { SETUP_DEFAULTS, setupFormSchemaFor, type SetupFormValues, type SetupSubmission } from './setup-form';
import { withCleanText } from '../../../shared/util/clean-text';

export function SetupPage({ onSaved }: { onSaved(): void }) {
  const [error, setError] = useState<string | null>(null);
  // Until the host answers, no ticket field: the embedded demo pair (which holds the code) never needs one.
  const [ticketRequired, setTicketRequired] = useState(false);
  useEffect(() => {
    void bridge()
      .appInfo({})
      .then((info) => setTicketRequired(info.ok && info.value.enrollment === 'ticket'));
  }, []);
  const schema = useMemo(() => withCleanText(setupFormSchemaFor(ticketRequired)), [ticketRequired]);
  const { control, handleSubmit, watch, setValue, formState } = useForm<SetupFormValues, unknown, SetupSubmission>({
    resolver: zodResolver(schema),
    defaultValues: SETUP_DEFAULTS,
  });
  const province = watch('province');

  const submit = handleSubmit(async (identity) => {
    const result = await bridge().saveIdentity(identity);
    if (!result.ok) return setError(result.error.message);
    onSaved();
  });

  return (
    <div style={{ maxWidth: 640, margin: '48px auto' }}>
      <Card title="工作站首次设置">
        <p>
          请填写本工作站所在的政务服务大厅和窗口。设置保存在本机，之后的每个办件都会记录这些信息；窗口人员保存后登录（大厅还没有账号时先创建第一个管理员账号）。
        </p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={() => void submit()} component="form">
          <Field control={control} name="province" label="所属省市" required>
            {(field) => (
              <Select
                id="province"
                value={field.value}
                onChange={(value) => {
                  field.onChange(value);
                  setValue('division', '');
                }}
                options={PROVINCE_CODES.map((code) => ({ value: code, label: provinceName(code) }))}
              />
            )}
          </Field>
          <Field control={control} name="division" label="大厅所在区县" required>
            {(field) => (
              <Select
                id="division"
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="输入区县名称搜索"
                value={field.value || undefined}
                onChange={field.onChange}
                options={countyOptions(province)}
              />
            )}
          </Field>
          <Field control={control} name="hallNumber" label="大厅序号" required extra="同一区县内的大厅序号，如 01">
            {(field) => <Input id="hallNumber" {...field} maxLength={2} />}
          </Field>
          <Field control={control} name="hallName" label="大厅名称" required>
            {(field) => <Input id="hallName" {...field} placeholder="如：成都市锦江区政务服务中心" />}
          </Field>
          <Field control={control} name="hallPhone" label="大厅咨询电话">
            {(field) => <Input id="hallPhone" {...field} />}
          </Field>
          <Field control={control} name="window" label="窗口号" required>
            {(field) => <Input id="window" {...field} maxLength={2} />}
          </Field>
          {ticketRequired && (
            <Field
              control={control}
              name="ticket"
              label="注册票据"
              required
              extra="由大厅系统管理员在“工作站注册”中为本窗口发放，24小时内有效，只能使用一次"
            >
              {(field) => <Input id="ticket" {...field} placeholder="如：ABCD-EFGH-JKMN-PQRS" autoComplete="off" maxLength={40} />}
            </Field>
          )}
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {ticketRequired ? '注册并保存设置' : '保存设置'}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
