import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { decideCase } from '../../../shared/domain/case-commands';
import { decidedPayloadSchema, type DecidedPayload } from '../../../shared/domain/case-events';
import { actorOf, useWorkstation } from '../../app/workstation-context';
import { casesRepo } from '../../data/cases.repo';
import type { CaseRecord } from '../../data/db';
import { Field } from '../../ui/Field';
import { nextUlid } from '../intake/accept-intake';

/** 办结 by the handling side: 准予 or 不予 with an opinion. */
export function DecisionForm({ record }: { record: CaseRecord }) {
  const workstation = useWorkstation();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<DecidedPayload>({
    resolver: zodResolver(decidedPayloadSchema),
    defaultValues: { outcome: 'approved', opinion: '' },
  });

  const decide = handleSubmit(async (decision) => {
    try {
      const event = await decideCase(record, { eventId: nextUlid(), actor: actorOf(workstation), now: new Date(), ...decision });
      await casesRepo.appendLocal([event], workstation.identity.hall.code);
      workstation.sync.kick();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });

  return (
    <Form layout="vertical" component="form" onFinish={() => void decide()}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Field control={control} name="outcome" label="办理结果" required>
        {(field) => (
          <Radio.Group value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            <Radio value="approved">准予</Radio>
            <Radio value="denied">不予</Radio>
          </Radio.Group>
        )}
      </Field>
      <Field control={control} name="opinion" label="办理意见" required>
        {(field) => <Input.TextArea id="opinion" {...field} rows={3} maxLength={500} />}
      </Field>
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        办结
      </Button>
    </Form>
  );
}
