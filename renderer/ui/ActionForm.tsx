/**
 * The frame every case action form shares: a titled card, the command's error in place,
 * and a native <form> so Enter in any input submits (Shift+Enter for a new line in a text area).
 */
import { Alert, Button, Card, Form } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';

interface ActionFormProps {
  title: string;
  testId: string;
  error: string | null;
  submitLabel: string;
  submitting: boolean;
  danger?: boolean;
  onSubmit(): void;
  children: ReactNode;
}

export function ActionForm({ title, testId, error, submitLabel, submitting, danger, onSubmit, children }: ActionFormProps) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Form layout="vertical" component="form" onFinish={onSubmit}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
        {children}
        <Button type="primary" danger={danger} htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}

/** For TextArea's onPressEnter: Enter submits the form, Shift+Enter keeps a new line. */
export function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/** '' from an emptied input means "not given" for the payload's optional fields. */
export function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
