import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkstation } from '../../workstation/workstation-context';
import { conflictNoticesRepo } from '../../data/conflict-notices.repo';
import { ConflictNoticeCard } from './ConflictNoticeCard';

/**
 * The notices of this workstation's acts that lost to a concurrent act in the other province
 * (or at another window), on every screen until the clerk acknowledges each.
 */
export function ConflictNoticeBanner() {
  const { workstationId, identity } = useWorkstation();
  const notices = useLiveQuery(() => conflictNoticesRepo.openFor(workstationId), [workstationId], []);
  return (
    <>
      {notices.map((notice) => (
        <ConflictNoticeCard
          key={notice.eventId}
          notice={notice}
          onAcknowledge={() => void conflictNoticesRepo.acknowledge(notice.eventId, identity.clerk)}
        />
      ))}
    </>
  );
}
