/** One labelled form row: a react-hook-form Controller shown with antd's error styling. */
import { Form } from 'antd';
import { cloneElement, type ReactElement } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';

interface FieldProps<T extends FieldValues, N extends FieldPath<T>, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: N;
  label: string;
  required?: boolean;
  extra?: string;
  children: (field: ControllerRenderProps<T, N>) => ReactElement;
}

/**
 * The control with the id its label points at: its own id where it sets one (many controls
 * carry an id that differs from the field's name), else the field's name, given to it here.
 */
function withControlId(control: ReactElement, name: string): { id: string; widget: ReactElement } {
  const props = control.props as { id?: unknown } | null;
  if (typeof props?.id === 'string' && props.id !== '') return { id: props.id, widget: control };
  return { id: name, widget: cloneElement(control as ReactElement<{ id?: string }>, { id: name }) };
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
      render={({ field, fieldState }) => {
        const { id, widget } = withControlId(children(field), name);
        return (
          <Form.Item
            label={label}
            required={required}
            extra={extra}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message}
            htmlFor={id}
          >
            {widget}
          </Form.Item>
        );
      }}
    />
  );
}
