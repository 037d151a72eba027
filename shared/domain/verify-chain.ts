/**
 * Audit check of a case's stored log. Each event's hash covers its content and the previous
 * event's hash, so an edited event fails its own hash, and a removed or reordered event
 * breaks the link of the event after it. Returns every problem found, not just the first:
 * an auditor wants the whole picture.
 */
import type { CaseEvent } from './case-events';
import { hasValidHash } from './event-seal';

export type ChainProblem =
  | { kind: 'altered'; eventId: string; position: number; message: string }
  | { kind: 'broken-link'; eventId: string; position: number; message: string };

export async function verifyCaseLog(events: readonly CaseEvent[]): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  let previousHash = '';
  for (const [index, event] of events.entries()) {
    const position = index + 1;
    if (!(await hasValidHash(event))) {
      problems.push({ kind: 'altered', eventId: event.id, position, message: `第${position}个事件的内容与其哈希不符，记录已被改动` });
    }
    if (event.prevHash !== previousHash) {
      problems.push({
        kind: 'broken-link',
        eventId: event.id,
        position,
        message: `第${position}个事件的前序哈希不符，其前面的事件被删除、替换或顺序被改动`,
      });
    }
    previousHash = event.hash;
  }
  return problems;
}
