/** One labelled form row: a react-hook-form Controller shown with antd's error styling. */
import { Form } from 'antd';
import type { ReactElement } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';

interface FieldProps<T extends FieldValues, N extends FieldPath<T>, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: N;
  label: string;
  required?: boolean;
  extra?: string;
  children: (field: ControllerRenderProps<T, N>) => ReactElement;
}

export function Field<T extends FieldValues, N extends FieldPath<T>, O extends FieldValues = T>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: FieldProps<T, N, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          required={required}
          extra={extra}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          htmlFor={name}
        >
          {children(field)}
        </Form.Item>
      )}
    />
  );
}
