/**
 * Audit check of a case's stored log (a DAG, case-log.ts). Each event's hash covers its
 * content and its parents' hashes, so an edited event fails its own hash and a removed or
 * replaced event leaves the events that follow it pointing at nothing. Concurrent branches
 * are normal and never reported. Each event must also have been allowed where its clerk
 * stood (the fold of its ancestors): an inserted event with valid hashes but an impossible
 * action shows too. Returns every problem found: an auditor wants the whole picture.
 */
import type { CaseEvent } from './case-events';
import { ancestry, foldCaseLog } from './case-log';
import { parentsOf } from './case-parents';
import { checkTransition } from './case-transitions';
import { hasValidHash } from './event-seal';

export type ChainProblem =
  | { kind: 'altered'; eventId: string; position: number; message: string }
  | { kind: 'broken-link'; eventId: string; position: number; message: string }
  | { kind: 'not-allowed'; eventId: string; position: number; message: string };

/** `events` in their stored order; positions in messages are 1-based in that order. */
export async function verifyCaseLog(events: readonly CaseEvent[]): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  const hashes = new Set(events.map((event) => event.hash));
  let linked = true;
  for (const [index, event] of events.entries()) {
    const position = index + 1;
    if (!(await hasValidHash(event))) {
      problems.push({ kind: 'altered', eventId: event.id, position, message: `第${position}个事件的内容与其哈希不符，记录已被改动` });
    }
    if (parentsOf(event).some((parent) => !hashes.has(parent))) {
      linked = false;
      problems.push({
        kind: 'broken-link',
        eventId: event.id,
        position,
        message: `第${position}个事件的前序事件不在记录中，其前面的事件被删除或替换`,
      });
    }
  }
  const openings = events.filter((event) => parentsOf(event).length === 0);
  if (openings.length !== 1) {
    problems.push({
      kind: 'broken-link',
      eventId: openings[1]?.id ?? '',
      position: 0,
      message: `记录应有且只有一个收件事件，实有${openings.length}个`,
    });
  }
  if (linked && openings.length === 1) problems.push(...disallowedEvents(events));
  return problems;
}

function disallowedEvents(events: readonly CaseEvent[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (const [index, event] of events.entries()) {
    const past = ancestry(events, event);
    const rejection = checkTransition(past.length === 0 ? undefined : foldCaseLog(past), event);
    if (rejection) {
      const position = index + 1;
      problems.push({
        kind: 'not-allowed',
        eventId: event.id,
        position,
        message: `第${position}个事件在其办理时不被允许（${rejection.message}）`,
      });
    }
  }
  return problems;
}
