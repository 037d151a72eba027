/**
 * The hall's own limits for its receiving part (推送 to the handling place, 寄递 of the
 * originals), in working days from 受理. Empty means unset: no general rule is known, so the
 * product assumes none. A matter whose limit a source sets (the catalog) keeps that one.
 * Saved with the hall's document settings; each new case records what applied.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DocumentSettings } from '../../../shared/domain/document-settings';
import {
  hallReceivingDaysSchema,
  MAX_HALL_LEG_DAYS,
  RECEIVING_LEG_LABELS,
  RECEIVING_LEGS,
  type HallReceivingDays,
} from '../../../shared/domain/case/receiving-limits';
import { bridge, unwrap } from '../../bridge/bridge';
import { Field } from '../../ui/Field';
import { withCleanText } from '../../../shared/util/clean-text';

export function ReceivingLimitsCard({ documents, onSaved }: { documents: DocumentSettings; onSaved(): void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<HallReceivingDays>({
    resolver: zodResolver(withCleanText(hallReceivingDaysSchema)),
    defaultValues: documents.receivingDays ?? {},
  });

  const submit = handleSubmit(async (days) => {
    setError(null);
    const set = Object.fromEntries(Object.entries(days).filter(([, value]) => value !== undefined && value !== null));
    try {
      unwrap(await bridge().saveDocuments({ ...documents, receivingDays: set }));
      void message.success('收件环节时限已保存，对此后收件的办件生效');
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });

  return (
    <Card title="收件环节时限" data-testid="receiving-limits">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        本窗口将办件推送办理地、寄递纸质原件的时限（工作日，自受理或补正之日起算）。不填即不设时限：法律法规或事项目录已规定时限的事项，以规定为准。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()} component="form" style={{ maxWidth: 560 }}>
        {RECEIVING_LEGS.map((leg) => (
          <Field key={leg} control={control} name={leg} label={`${RECEIVING_LEG_LABELS[leg]}（工作日）`}>
            {(field) => (
              <InputNumber
                id={`receivingDays.${leg}`}
                ref={field.ref}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                min={0}
                max={MAX_HALL_LEG_DAYS}
                precision={0}
                placeholder="未设置"
              />
            )}
          </Field>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            保存收件环节时限
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
