/** The signed-in workstation (identity from settings) for every screen below the shell. */
import { createContext, useContext } from 'react';
import type { EventHashAlgorithm } from '../../shared/cryptography/crypto-suite';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { StaffAccount } from '../../shared/domain/case/staff';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { Actor } from '../../shared/domain/case/case-events';
import type { EffectiveHolidays } from '../catalog/effective-holiday-calendar';
import type { SyncEngine } from '../sync/sync-engine';

/** The workstation's place with the signed-in person's name as `clerk` (every screen prints it). */
export type SignedInIdentity = WorkstationIdentity & { clerk: string };

export interface Workstation {
  identity: SignedInIdentity;
  /** Who is signed in; their account is named in every event they make. */
  person: StaffAccount;
  /** Where this person's intake draft is kept (drafts belong to the person, not the window). */
  draftId: string;
  /** What this hall prints on its documents (settings, or defaults from the hall's place). */
  documents: DocumentSettings;
  /** The calendar every due date counts with: the seed plus the years entered in 设置. */
  holidays: EffectiveHolidays;
  workstationId: string;
  /** Kick it after storing a local event; its status is read through use-sync-status.ts. */
  sync: SyncEngine;
  /**
   * What new events are hashed with: the hub's announced suite as the host last heard it
   * (read with the settings, so a change-over applies from the next sign-in or start).
   */
  eventHashAlgorithm: EventHashAlgorithm;
}

export const WorkstationContext = createContext<Workstation | null>(null);

export function useWorkstation(): Workstation {
  const workstation = useContext(WorkstationContext);
  if (!workstation) throw new Error('useWorkstation outside WorkstationContext');
  return workstation;
}

export function actorOf(workstation: Workstation): Actor {
  const { identity } = workstation;
  return {
    clerk: identity.clerk,
    workstationId: workstation.workstationId,
    province: identity.province,
    hallCode: identity.hall.code,
    window: identity.window,
    accountId: workstation.person.id,
  };
}
