/**
 * The clerk actions this workstation may take on the open case, as the state machine says
 * (allowedActions): the routine next step(s) as buttons, the rare ones behind 更多
 * (routine-actions.ts decides which is which). Each opens its form in a dialog; after it,
 * focus goes back to what opened it, or to the case's next step once the action is taken.
 * 推送 normally goes with 受理 in one step; its own form is for a case that came back without it.
 */
import { Button, Dropdown, Space } from 'antd';
import { useMemo, useRef, useState, type ComponentType } from 'react';
import { allowedActions, type CaseAction } from '../../../../shared/domain/case/allowed-actions';
import { TRANSITION_RULES } from '../../../../shared/domain/case/case-transitions';
import { splitRoutineActions } from '../../../../shared/domain/case/routine-actions';
import { actorOf, useWorkstation } from '../../../workstation/workstation-context';
import type { CaseRecord } from '../../../data/db';
import { ActionDialogContext, type ActionDialog } from '../../../ui/action-dialog';
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
import { useFocusAfterAction } from './use-focus-after-action';
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
/** The state machine's own words for each act (受理, 接收, 撤回申请…). */
const labelOf = (action: CaseAction) => TRANSITION_RULES[action].action;
const ENDS_THE_CASE: ReadonlySet<CaseAction> = new Set(['refused', 'withdrawn']);

export function CaseActions({ record }: { record: CaseRecord }) {
  const workstation = useWorkstation();
  const allowed = new Set(allowedActions(record, actorOf(workstation)));
  const offered = ORDER.filter((action) => allowed.has(action));
  const { routine, rare } = splitRoutineActions(record, offered);
  const [chosen, setChosen] = useState<CaseAction | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const focus = useFocusAfterAction(bar, record.lastHash);

  const open = (action: CaseAction, opener: HTMLElement | null) => {
    focus.remember(opener, record.lastHash);
    setChosen(action);
  };
  const dialog = useMemo<ActionDialog>(
    () => ({
      close: (done) => {
        setChosen(null);
        focus.restore(done);
      },
    }),
    [focus],
  );
  const Form = chosen && allowed.has(chosen) ? FORMS[chosen] : undefined;

  return (
    <div ref={bar}>
      {offered.length > 0 && (
        <Space wrap data-testid="case-actions">
          {routine.map((action) => (
            <Button key={action} type="primary" data-testid={`start-${action}`} onClick={(event) => open(action, event.currentTarget)}>
              {labelOf(action)}
            </Button>
          ))}
          {rare.length > 0 && (
            <Dropdown
              trigger={['click']}
              // Opened from the keyboard, the arrows move through the menu at once; Esc returns to 更多.
              autoFocus
              menu={{
                items: rare.map((action) => ({ key: action, label: labelOf(action), danger: ENDS_THE_CASE.has(action) })),
                onClick: ({ key, domEvent }) => {
                  // Chosen with Enter: the key's own click must not land on the dialog that opens (its ×).
                  domEvent.preventDefault();
                  open(key as CaseAction, more.current);
                },
              }}
            >
              <Button ref={more} aria-haspopup="menu" data-testid="more-actions" data-actions={rare.join(' ')}>
                更多
              </Button>
            </Dropdown>
          )}
        </Space>
      )}
      {Form && (
        <ActionDialogContext.Provider value={dialog}>
          {/* Keyed by action only: a pulled event must not wipe what the clerk is typing. */}
          <Form key={chosen} record={record} />
        </ActionDialogContext.Provider>
      )}
    </div>
  );
}
