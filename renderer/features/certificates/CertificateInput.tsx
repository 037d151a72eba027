/** One input of the 打印证明 form, drawn by its kind (see certificate-form-fields.ts). */
import { Input, InputNumber, Radio } from 'antd';
import type { Control, ControllerRenderProps, FieldValues } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { IsoDatePicker } from '../../ui/IsoDatePicker';
import type { CertificateInputSpec } from './certificate-form-fields';

type Props = { control: Control<FieldValues>; spec: CertificateInputSpec; name?: string };

const YES_NO = [
  { label: '有', value: true },
  { label: '无', value: false },
];

function widget(spec: CertificateInputSpec, field: ControllerRenderProps<FieldValues, string>) {
  const id = field.name;
  const { value, onChange, onBlur } = field;
  switch (spec.kind) {
    case 'text':
      return (
        <Input
          id={id}
          value={(value as string | undefined) ?? ''}
          onChange={onChange}
          onBlur={onBlur}
          maxLength={spec.maxLength}
          autoComplete="off"
        />
      );
    case 'textarea':
      return (
        <Input.TextArea
          id={id}
          value={(value as string | undefined) ?? ''}
          onChange={onChange}
          onBlur={onBlur}
          maxLength={spec.maxLength}
          autoSize={{ minRows: 2 }}
        />
      );
    case 'date':
    case 'month':
      return <IsoDatePicker id={id} kind={spec.kind} value={value as string | undefined} onChange={onChange} onBlur={onBlur} />;
    case 'money':
    case 'percent':
    case 'integer':
      return (
        <InputNumber
          id={id}
          style={{ width: '100%' }}
          min={0}
          precision={spec.kind === 'integer' ? 0 : 2}
          value={(value as number | null | undefined) ?? null}
          onChange={(next) => onChange(next)}
          onBlur={onBlur}
        />
      );
    case 'gender':
      return <Radio.Group id={id} options={['男', '女']} value={value} onChange={(event) => onChange(event.target.value)} />;
    case 'yesNo':
      return <Radio.Group id={id} options={YES_NO} value={value} onChange={(event) => onChange(event.target.value)} />;
  }
}

/** `name` overrides the spec's path, for a row of a repeated list ("periods.2.employer"). */
export function CertificateInput({ control, spec, name }: Props) {
  return (
    <Field control={control} name={name ?? spec.name} label={spec.label} required={spec.required}>
      {(field) => widget(spec, field)}
    </Field>
  );
}
