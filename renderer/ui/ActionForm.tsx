/**
 * The frame every case action form shares: a titled card (or, opened from the case drawer's
 * action bar, a dialog: see action-dialog.ts), the command's error in place, and a native
 * <form> so Enter in any input submits (Shift+Enter for a new line in a text area).
 */
import { Alert, Button, Card, Form, Modal } from 'antd';
import { useContext, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ActionDialogContext } from './action-dialog';

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

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled])';

export function ActionForm({ title, testId, error, submitLabel, submitting, danger, onSubmit, children }: ActionFormProps) {
  const dialog = useContext(ActionDialogContext);
  const body = useRef<HTMLDivElement>(null);
  const form = (
    <div ref={body} data-testid={testId}>
      <Form layout="vertical" component="form" onFinish={onSubmit}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
        {children}
        <Button type="primary" danger={danger} htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </div>
  );
  if (!dialog) {
    return (
      <Card size="small" title={title}>
        {form}
      </Card>
    );
  }
  return (
    <Modal
      open
      title={title}
      footer={null}
      width={640}
      onCancel={() => dialog.close(false)}
      // The opener puts focus back where it belongs; the dialog starts on its first field.
      focusTriggerAfterClose={false}
      afterOpenChange={(open) => open && body.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus()}
    >
      {form}
    </Modal>
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
