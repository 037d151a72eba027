/**
 * Runs one clerk action on a case: the shared command seals and checks the event, the repo
 * stores it with the folded case and the outbox entry, and the sync engine is woken so the
 * other side sees it without waiting for the next poll. Failures come back as Chinese text
 * for the form to show where the clerk is looking.
 */
import { useContext, useState } from 'react';
import { ActionDialogContext } from '../ui/action-dialog';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { ActionInput } from '../../shared/domain/case/case-commands';
import { actorOf, useWorkstation, type Workstation } from './workstation-context';
import { casesRepo } from '../data/cases.repo';
import { nextUlid } from './next-ulid';

export type CaseCommand = (input: ActionInput) => Promise<CaseEvent | CaseEvent[]>;

/** Seals, stores and sends one action; answers null when done, or the failure in Chinese. */
export async function performCaseAction(workstation: Workstation, command: CaseCommand): Promise<string | null> {
  try {
    const events = await command({
      eventId: nextUlid(),
      actor: actorOf(workstation),
      now: new Date(),
      hashAlgorithm: workstation.eventHashAlgorithm,
    });
    await casesRepo.appendLocal(Array.isArray(events) ? events : [events], workstation.identity.hall.code);
    workstation.sync.kick();
    return null;
  } catch (failure) {
    return describeFailure(failure);
  }
}

export function useCaseAction() {
  const workstation = useWorkstation();
  const dialog = useContext(ActionDialogContext);
  const [error, setError] = useState<string | null>(null);

  /** `command` returns one event, or several that belong together (受理 + 推送). A dialog it ran in closes once done. */
  async function run(command: CaseCommand): Promise<boolean> {
    setError(null);
    const failure = await performCaseAction(workstation, command);
    setError(failure);
    if (failure === null) dialog?.close(true);
    return failure === null;
  }

  return { run, error, clearError: () => setError(null) };
}

/**
 * CaseCommandError, CaseTransitionError and LocalStoreError already carry Chinese messages
 * from the state machine and the store; anything else is unexpected and says so.
 */
function describeFailure(failure: unknown): string {
  if (failure instanceof Error && /[\u4e00-\u9fff]/.test(failure.message)) return failure.message;
  return `操作未能完成（${failure instanceof Error ? failure.message : String(failure)}），请重试或联系管理员`;
}
