/**
 * 法人 matters: whether the 经办人 is the unit's 法定代表人 in person or acts on its 授权委托书
 * (then 受理 needs the 委托书). The unit itself is entered under 事项信息.
 */
import { Alert, Checkbox, Typography } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import { UNIT_FIELD_KEYS } from '../../../shared/domain/matter/applicant-unit';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { Field } from '../../ui/Field';

export function UnitHandlerSection({
  control,
  attorneyName,
}: {
  control: Control<IntakeValues, unknown, Intake>;
  attorneyName: string | undefined;
}) {
  const authorised = useWatch({ control, name: 'handlerAuthorised' }) === true;
  const handlerName = (useWatch({ control, name: 'applicant.name' }) ?? '').trim();
  const legalRep = useWatch({ control, name: `details.${UNIT_FIELD_KEYS.legalRepresentative}` });
  const legalRepName = typeof legalRep === 'string' ? legalRep.trim() : '';
  const mismatch = !authorised && handlerName !== '' && legalRepName !== '' && handlerName !== legalRepName;
  return (
    <section data-testid="unit-handler-section">
      <Typography.Title level={5}>经办人身份</Typography.Title>
      <Field control={control} name="handlerAuthorised" label="" extra={authorised && attorneyName ? `请收取${attorneyName}` : undefined}>
        {(field) => (
          <Checkbox
            id="handlerAuthorised"
            ref={field.ref}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
          >
            经办人受单位委托办理（非法定代表人本人）
          </Checkbox>
        )}
      </Field>
      {mismatch && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="handler-mismatch"
          message={`经办人“${handlerName}”与法定代表人“${legalRepName}”不是同一人：如受单位委托办理，请勾选上一项并收取授权委托书`}
        />
      )}
    </section>
  );
}
