import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkstation } from '../../workstation/workstation-context';
import { conflictNoticesRepo } from '../../data/conflict-notices.repo';
import type { CaseRecord, ConflictNoticeRecord } from '../../data/db';
import { ConflictNoticeCard } from './ConflictNoticeCard';

/**
 * The case's overruled acts, in the drawer: this workstation's with their notice (acknowledged
 * or not), anyone else's as information (their clerk is told at their end).
 */
export function CaseConflicts({ record }: { record: CaseRecord }) {
  const { workstationId, identity } = useWorkstation();
  const notices = useLiveQuery(() => conflictNoticesRepo.ofCase(record.caseId), [record.caseId], []);
  const overruled = record.overruled ?? [];
  if (overruled.length === 0) return null;
  const byEvent = new Map(notices.map((notice) => [notice.eventId, notice]));
  return (
    <div data-testid="case-conflicts">
      {overruled.map((item) => {
        const mine = item.actor.workstationId === workstationId;
        const notice: ConflictNoticeRecord = byEvent.get(item.eventId) ?? {
          eventId: item.eventId,
          caseId: record.caseId,
          caseNumber: record.caseNumber,
          overruled: item,
          state: 'acknowledged',
          createdAt: item.at,
        };
        return (
          <ConflictNoticeCard
            key={item.eventId}
            notice={notice}
            reader={mine ? 'own' : 'other'}
            onAcknowledge={mine ? () => void conflictNoticesRepo.acknowledge(item.eventId, identity.clerk) : undefined}
          />
        );
      })}
    </div>
  );
}
