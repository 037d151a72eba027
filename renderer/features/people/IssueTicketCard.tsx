/**
 * Issues a one-time 注册票据 for a window of this hall. The hub keeps only its hash, so the
 * ticket is shown here once, with its expiry, to be copied or read out to the new window.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  formatTicket,
  issueTicketRequestSchema,
  type IssuedTicket,
  type IssueTicketRequest,
} from '../../../shared/sync/enrollment-ticket-protocol';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import { bridge } from '../../bridge/bridge';
import { Field } from '../../ui/Field';

export function IssueTicketCard({ onIssued }: { onIssued(): void }) {
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  const { control, handleSubmit, formState } = useForm<{ window: string }, unknown, IssueTicketRequest>({
    resolver: zodResolver(issueTicketRequestSchema),
    defaultValues: { window: '' },
  });
  const submit = handleSubmit(async (request) => {
    setError(null);
    setIssued(null);
    const result = await bridge().issueEnrollmentTicket(request);
    if (!result.ok) return setError(result.error.message);
    setIssued(result.value);
    onIssued();
  });
  return (
    <Card title="发放注册票据" data-testid="issue-ticket">
      <p>新工作站首次设置时需要填写注册票据。票据只对本大厅的一个窗口有效，只能使用一次，过期作废；请当面或电话告知该窗口人员。</p>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form layout="inline" component="form" onFinish={() => void submit()}>
        <Field control={control} name="window" label="窗口号" required>
          {(field) => <Input id="ticketWindow" {...field} maxLength={2} style={{ width: 80 }} />}
        </Field>
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          发放票据
        </Button>
      </Form>
      {issued && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="issued-ticket"
          message={`${issued.window}号窗口的注册票据（仅显示这一次）`}
          description={
            <>
              <Typography.Paragraph
                copyable={{ text: formatTicket(issued.ticket), tooltips: ['复制', '已复制'] }}
                style={{ fontSize: 20, fontFamily: 'monospace', marginBottom: 4 }}
              >
                <span data-testid="ticket-text">{formatTicket(issued.ticket)}</span>
              </Typography.Paragraph>
              <span>有效至 {formatChinaDateTime(issued.expiresAt)}</span>
            </>
          }
        />
      )}
    </Card>
  );
}
