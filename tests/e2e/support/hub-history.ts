/**
 * What a hub holds of one case, read the way its workstation would (the hub API with that
 * workstation's own token from its profile), in fold order: to compare the two hubs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import { headerOf } from '../../../shared/domain/case/case-transitions';
import { orderCaseLog } from '../../../shared/domain/case/case-log';
import { changesResponseSchema } from '../../../shared/sync/protocol';

export async function hubHistory(hubUrl: string, profileDir: string, caseNumber: string): Promise<string[]> {
  const { hubToken } = JSON.parse(readFileSync(join(profileDir, 'settings.json'), 'utf8')) as { hubToken?: string };
  if (!hubToken) throw new Error(`no hub token in ${profileDir}`);
  const events: CaseEvent[] = [];
  for (let cursor = '0'; ;) {
    const response = await fetch(`${hubUrl}/v1/changes?cursor=${cursor}&limit=500`, { headers: { authorization: `Bearer ${hubToken}` } });
    const page = changesResponseSchema.parse(await response.json());
    events.push(...page.changes.map((change) => change.event));
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  const caseId = events.find((event) => headerOf(event)?.caseNumber === caseNumber)?.caseId;
  return orderCaseLog(events.filter((event) => event.caseId === caseId)).map((event) => `${event.type}@${event.actor.hallCode}`);
}
