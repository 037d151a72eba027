/**
 * The supervisor's acts on an open case, in its drawer: 改派 to another window or person, 督办
 * to the responsible window, and the 回访/整改 that closes a 差评. Offered to 值班长/科长 only,
 * for the side(s) of the case their hall is on; the state machine and the hub check again.
 */
import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { Side } from '../../../../shared/domain/case/case-transitions';
import { sidesOf, SIDE_LABELS } from '../../../../shared/domain/case/case-transitions';
import {
  REVIEW_FINDINGS,
  reassignedPayloadSchema,
  reviewFollowedUpPayloadSchema,
  supervisionIssuedPayloadSchema,
} from '../../../../shared/domain/case/supervision-payloads';
import { canSupervise } from '../../../../shared/domain/case/staff';
import { followUpReview, reassignCase, superviseCase } from '../../../../shared/domain/case/supervision-commands';
import { addWorkingDays, chinaDate } from '../../../../shared/domain/calendar/working-days';
import { actorOf, useWorkstation } from '../../../workstation/workstation-context';
import type { CaseRecord } from '../../../data/db';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { IsoDatePicker } from '../../../ui/IsoDatePicker';
import { TERMINAL_STATUSES } from '../../../../shared/domain/case/case-status';

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? '输入不完整';
}

export function SupervisorActions({ record }: { record: CaseRecord }) {
  const workstation = useWorkstation();
  if (!canSupervise(workstation.person.roles) || TERMINAL_STATUSES.includes(record.status)) return null;
  const sides = [...sidesOf(actorOf(workstation), record.routing)];
  if (sides.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="supervisor-actions">
      <ReassignForm record={record} sides={sides} />
      <SuperviseForm record={record} sides={sides} />
      {record.rating?.bad && !record.followUp && sides.includes('receiving') && <FollowUpForm record={record} />}
    </Space>
  );
}

function SidePicker({ sides, value, onChange }: { sides: Side[]; value: Side; onChange(side: Side): void }) {
  if (sides.length < 2) return null;
  return (
    <Select
      aria-label="督办或改派的一方"
      value={value}
      onChange={onChange}
      style={{ width: 160 }}
      options={sides.map((side) => ({ value: side, label: SIDE_LABELS[side] }))}
    />
  );
}

function ReassignForm({ record, sides }: { record: CaseRecord; sides: Side[] }) {
  const { run, error } = useCaseAction();
  const [side, setSide] = useState<Side>(sides[0] as Side);
  const [toWindow, setToWindow] = useState('');
  const [toName, setToName] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = reassignedPayloadSchema.safeParse({ side, toWindow, reason, ...(toName.trim() ? { toName: toName.trim() } : {}) });
    if (!parsed.success) return setProblem(firstIssue(parsed.error));
    setProblem(null);
    setBusy(true);
    if (await run((input) => reassignCase(record, { ...input, change: parsed.data }))) {
      setToWindow('');
      setToName('');
      setReason('');
    }
    setBusy(false);
  };
  return (
    <ActionForm
      title="改派"
      testId="action-reassign"
      error={problem ?? error}
      submitLabel="改派"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <SidePicker sides={sides} value={side} onChange={setSide} />
        <Input
          id="reassignWindow"
          placeholder="改派到窗口号"
          value={toWindow}
          onChange={(event) => setToWindow(event.target.value)}
          style={{ width: 140 }}
        />
        <Input
          id="reassignName"
          placeholder="人员姓名（可选）"
          value={toName}
          onChange={(event) => setToName(event.target.value)}
          style={{ width: 160 }}
        />
      </Space>
      <Input.TextArea
        id="reassignReason"
        placeholder="改派理由"
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        style={{ marginBottom: 12 }}
      />
    </ActionForm>
  );
}

function SuperviseForm({ record, sides }: { record: CaseRecord; sides: Side[] }) {
  const { run, error } = useCaseAction();
  const { holidays } = useWorkstation();
  const [side, setSide] = useState<Side>(sides[0] as Side);
  const [message, setMessage] = useState('');
  const [replyBy, setReplyBy] = useState(() => addWorkingDays(chinaDate(new Date()), 1, holidays.calendar));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = supervisionIssuedPayloadSchema.safeParse({ side, message, replyBy });
    if (!parsed.success) return setProblem(firstIssue(parsed.error));
    setProblem(null);
    setBusy(true);
    if (await run((input) => superviseCase(record, { ...input, supervision: parsed.data }))) setMessage('');
    setBusy(false);
  };
  return (
    <ActionForm
      title="督办"
      testId="action-supervise"
      error={problem ?? error}
      submitLabel="发出督办"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <SidePicker sides={sides} value={side} onChange={setSide} />
        <label htmlFor="superviseReplyBy">回复期限</label>
        <IsoDatePicker id="superviseReplyBy" value={replyBy} onChange={setReplyBy} style={{ width: 160 }} />
      </Space>
      <Input.TextArea
        id="superviseMessage"
        placeholder="督办内容，如：已超期，请今日办结并回复"
        rows={2}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        style={{ marginBottom: 12 }}
      />
    </ActionForm>
  );
}

function FollowUpForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const [finding, setFinding] = useState<(typeof REVIEW_FINDINGS)[number] | undefined>();
  const [revisit, setRevisit] = useState('');
  const [rectification, setRectification] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = reviewFollowedUpPayloadSchema.safeParse({ finding, revisit, rectification });
    if (!parsed.success) return setProblem(firstIssue(parsed.error));
    setProblem(null);
    setBusy(true);
    await run((input) => followUpReview(record, { ...input, followUp: parsed.data }));
    setBusy(false);
  };
  return (
    <ActionForm
      title={`差评回访整改（期限 ${record.rating?.followUpDue ?? ''}）`}
      testId="action-follow-up"
      error={problem ?? error}
      submitLabel="登记回访整改"
      submitting={busy}
      onSubmit={() => void submit()}
    >
      <Select
        id="followUpFinding"
        aria-label="核实结论"
        placeholder="核实结论"
        value={finding}
        onChange={setFinding}
        style={{ width: 160, marginBottom: 12 }}
        options={REVIEW_FINDINGS.map((value) => ({ value, label: value }))}
      />
      <Input.TextArea
        id="followUpRevisit"
        placeholder="回访情况"
        rows={2}
        value={revisit}
        onChange={(event) => setRevisit(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      <Input.TextArea
        id="followUpRectification"
        placeholder="整改措施或说明"
        rows={2}
        value={rectification}
        onChange={(event) => setRectification(event.target.value)}
        style={{ marginBottom: 12 }}
      />
    </ActionForm>
  );
}
