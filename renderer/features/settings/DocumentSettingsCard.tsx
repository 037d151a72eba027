/**
 * What this hall prints on its documents: the 文书编号 issuer, the authority under the seal,
 * the 监督投诉电话, the remedy bodies on refusals and the seal image. Validated with the shared
 * schema, so the form, the bridge and the stored file agree on every message.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, InputNumber, Space, App } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { documentSettingsInputSchema, issuerProblem, type DocumentSettings } from '../../../shared/domain/document-settings';
import { bridge, unwrap } from '../../bridge/bridge';
import { Field } from '../../ui/Field';
import { SealImageField } from './SealImageField';
import { withCleanText } from '../../../shared/util/clean-text';

interface DocumentSettingsCardProps {
  /** What the documents print now: the stored settings, or the defaults from the hall's place. */
  current: DocumentSettings;
  /** The defaults from the hall's place, for 恢复默认. */
  defaults: DocumentSettings;
  onSaved(): void;
}

export function DocumentSettingsCard({ current, defaults, onSaved }: DocumentSettingsCardProps) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, reset, formState } = useForm<DocumentSettings>({
    resolver: zodResolver(withCleanText(documentSettingsInputSchema)),
    defaultValues: current,
  });

  const submit = handleSubmit(async (documents) => {
    setError(null);
    try {
      unwrap(await bridge().saveDocuments(documents));
      reset(documents);
      void message.success('文书设置已保存');
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });

  return (
    <Card title="文书设置" data-testid="document-settings">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {issuerProblem(current) && (
        <Alert type="warning" showIcon message={issuerProblem(current)} style={{ marginBottom: 16 }} data-testid="issuer-missing" />
      )}
      <Form layout="vertical" onFinish={() => void submit()} component="form" style={{ maxWidth: 560 }}>
        <Field
          control={control}
          name="issuerShortName"
          label="机关简称"
          required
          extra="文书编号的地区机关简称，如“锦江政务” → 锦江政务受〔2026〕第00001号"
        >
          {(field) => <Input id="issuerShortName" {...field} maxLength={8} />}
        </Field>
        <Field
          control={control}
          name="authorityName"
          label="出具机关"
          required
          extra="以其名义出具文书的行政机关（进驻部门或行政审批局）全称，与印章一致；政务服务中心不是行政机关"
        >
          {(field) => <Input id="authorityName" {...field} maxLength={60} />}
        </Field>
        <Field control={control} name="supervisionPhone" label="监督投诉电话" required>
          {(field) => <Input id="supervisionPhone" {...field} maxLength={20} />}
        </Field>
        <Field
          control={control}
          name="reconsiderationBody"
          label="行政复议机关"
          required
          extra="不予受理通知书中告知的复议机关，一般为同级人民政府"
        >
          {(field) => <Input id="reconsiderationBody" {...field} maxLength={60} />}
        </Field>
        <Field control={control} name="litigationCourt" label="管辖人民法院" required extra="不确定时保留“有管辖权的人民法院”">
          {(field) => <Input id="litigationCourt" {...field} maxLength={60} />}
        </Field>
        <Field
          control={control}
          name="supplementWorkingDays"
          label="补正期限（工作日）"
          extra="可选。填写后一次性告知书写明补正期限及逾期后果；不填则不写"
        >
          {(field) => (
            <InputNumber
              id="supplementWorkingDays"
              min={1}
              max={60}
              precision={0}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              onBlur={field.onBlur}
            />
          )}
        </Field>
        <Field
          control={control}
          name="progressQueryUrl"
          label="进度查询网址"
          extra="可选。受理回执二维码打开的网址（其后接签章码）；不填则为本省交换平台的公开核验页"
        >
          {(field) => (
            <Input
              id="progressQueryUrl"
              {...field}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.target.value || undefined)}
              maxLength={200}
            />
          )}
        </Field>
        <Field control={control} name="sealImage" label="印章图片" extra="可选。PNG 格式（透明背景），不超过 300 KB；打印时叠加在盖章处">
          {(field) => <SealImageField value={field.value} onChange={field.onChange} />}
        </Field>
        <Space>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            保存文书设置
          </Button>
          {/* The receiving limits are saved with these settings but are not document defaults: keep them. */}
          <Button onClick={() => reset({ ...defaults, ...(current.receivingDays ? { receivingDays: current.receivingDays } : {}) })}>
            恢复默认值
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
