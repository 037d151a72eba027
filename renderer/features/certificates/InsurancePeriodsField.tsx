/** 参保缴费情况 of the 社会保险参保证明: a repeatable list of periods, 1 to 30 (one page). */
import { Button, Card, Col, Row, Typography } from 'antd';
import { useFieldArray, useFormState, type Control, type FieldValues } from 'react-hook-form';
import { CertificateInput } from './CertificateInput';
import { EMPTY_PERIOD, PERIOD_INPUTS } from './certificate-form-fields';

const MAX_PERIODS = 30;

export function InsurancePeriodsField({ control }: { control: Control<FieldValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'periods' });
  const { errors } = useFormState({ control, name: 'periods' });
  const listError = errors.periods?.root?.message ?? errors.periods?.message;

  return (
    <Card size="small" title="参保缴费情况" data-testid="certificate-periods" style={{ marginBottom: 16 }}>
      {fields.map((period, index) => (
        <Row key={period.id} gutter={8} align="bottom" data-testid="certificate-period">
          {PERIOD_INPUTS.map((spec) => (
            <Col key={spec.name} span={spec.name === 'employer' ? 8 : 4}>
              <CertificateInput control={control} spec={spec} name={`periods.${index}.${spec.name}`} />
            </Col>
          ))}
          <Col span={24} style={{ textAlign: 'right', marginTop: -8, marginBottom: 8 }}>
            <Button size="small" danger disabled={fields.length === 1} onClick={() => remove(index)}>
              删除此段
            </Button>
          </Col>
        </Row>
      ))}
      {typeof listError === 'string' && <Typography.Text type="danger">{listError}</Typography.Text>}
      <Button onClick={() => append({ ...EMPTY_PERIOD })} disabled={fields.length >= MAX_PERIODS}>
        添加一段参保记录
      </Button>
    </Card>
  );
}
