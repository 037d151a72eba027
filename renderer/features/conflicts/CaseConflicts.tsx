import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkstation } from '../../app/workstation-context';
import { conflictNoticesRepo } from '../../data/conflict-notices.repo';
import type { CaseRecord, ConflictNoticeRecord } from '../../data/db';
import { ConflictNoticeCard } from './ConflictNoticeCard';

/**
 * The case's overruled acts, in the drawer: this hall's with their notice (acknowledged or
 * not), the other side's as information (its clerk is told at their end).
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
        const notice: ConflictNoticeRecord = byEvent.get(item.eventId) ?? {
          eventId: item.eventId,
          caseId: record.caseId,
          caseNumber: record.caseNumber,
          overruled: item,
          state: 'acknowledged',
          createdAt: item.at,
          acknowledgedBy: '对方窗口',
        };
        const mine = item.actor.workstationId === workstationId;
        return (
          <ConflictNoticeCard
            key={item.eventId}
            notice={notice}
            onAcknowledge={mine ? () => void conflictNoticesRepo.acknowledge(item.eventId, identity.clerk) : undefined}
          />
        );
      })}
    </div>
  );
}
