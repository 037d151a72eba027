/**
 * The clerk actions this workstation may take on the open case, as the state machine says
 * (allowedActions): a form per action, in the order the work usually goes. 推送 normally goes
 * with 受理 in one step; its own form is for a case that came back without it.
 */
import { Space } from 'antd';
import type { ComponentType } from 'react';
import { allowedActions, type CaseAction } from '../../../../shared/domain/case/allowed-actions';
import { actorOf, useWorkstation } from '../../../workstation/workstation-context';
import type { CaseRecord } from '../../../data/db';
import { AcceptSupplementedForm } from './AcceptSupplementedForm';
import { DecisionForm } from './DecisionForm';
import { ForwardForm } from './ForwardForm';
import { MaterialsPostForm } from './MaterialsPostForm';
import { RatingForm } from './RatingForm';
import { ReceiveForm } from './ReceiveForm';
import { RefuseForm } from './RefuseForm';
import { ResultHandOverForm } from './ResultHandOverForm';
import { ResultIssueForm } from './ResultIssueForm';
import { SpecialProcedureEndForm } from './SpecialProcedureEndForm';
import { SpecialProcedureStartForm } from './SpecialProcedureStartForm';
import { SupplementForm } from './SupplementForm';
import { SupplementRequestForm } from './SupplementRequestForm';
import { SupplementSubmitForm } from './SupplementSubmitForm';
import { WithdrawForm } from './WithdrawForm';

const FORMS: Partial<Record<CaseAction, ComponentType<{ record: CaseRecord }>>> = {
  supplemented: SupplementForm,
  accepted: AcceptSupplementedForm,
  forwarded: ForwardForm,
  refused: RefuseForm,
  received: ReceiveForm,
  specialProcedureStarted: SpecialProcedureStartForm,
  specialProcedureEnded: SpecialProcedureEndForm,
  supplementRequested: SupplementRequestForm,
  supplementSubmitted: SupplementSubmitForm,
  decided: DecisionForm,
  resultIssued: ResultIssueForm,
  materialsPosted: MaterialsPostForm,
  resultHandedOver: ResultHandOverForm,
  rated: RatingForm,
  withdrawn: WithdrawForm,
};
const ORDER = Object.keys(FORMS) as CaseAction[];

export function CaseActions({ record }: { record: CaseRecord }) {
  const workstation = useWorkstation();
  const allowed = new Set(allowedActions(record, actorOf(workstation)));
  const offered = ORDER.filter((action) => allowed.has(action));
  if (offered.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="case-actions">
      {offered.map((action) => {
        const Form = FORMS[action];
        // Keyed by action only: a pulled event must not wipe what the clerk is typing.
        return Form ? <Form key={action} record={record} /> : null;
      })}
    </Space>
  );
}
