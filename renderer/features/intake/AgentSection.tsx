/** 代理人代办: shown for matters that allow an agent; the inputs appear once ticked. */
import { Checkbox, Col, Input, Row, Typography } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { Field } from '../../ui/Field';

export function AgentSection({
  control,
  attorneyName,
}: {
  control: Control<IntakeValues, unknown, Intake>;
  attorneyName: string | undefined;
}) {
  const appointed = useWatch({ control, name: 'agent.appointed' }) === true;
  return (
    <section data-testid="agent-section">
      <Typography.Title level={5}>代理人</Typography.Title>
      <Field control={control} name="agent.appointed" label="" extra={appointed && attorneyName ? `请收取${attorneyName}` : undefined}>
        {(field) => (
          <Checkbox
            id="agent.appointed"
            ref={field.ref}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
          >
            代理人代办
          </Checkbox>
        )}
      </Field>
      {appointed && (
        <Row gutter={24}>
          <Col span={8}>
            <Field control={control} name="agent.name" label="代理人姓名" required>
              {(field) => <Input id="agent.name" {...field} autoComplete="off" />}
            </Field>
          </Col>
          <Col span={8}>
            <Field control={control} name="agent.idNumber" label="代理人公民身份号码" required>
              {(field) => <Input id="agent.idNumber" {...field} maxLength={18} autoComplete="off" />}
            </Field>
          </Col>
          <Col span={8}>
            <Field control={control} name="agent.mobile" label="代理人手机号码" required>
              {(field) => <Input id="agent.mobile" {...field} maxLength={13} autoComplete="off" />}
            </Field>
          </Col>
        </Row>
      )}
    </section>
  );
}
