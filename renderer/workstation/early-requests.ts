/**
 * What a window's start asks of the host and the store, sent together as soon as main.tsx
 * runs. Mounted one after another, App (settings), PeopleGate (people status) and the shell
 * (the disk journal) each waited for the one before it: three round trips in a row to the
 * host, with IndexedDB opened only when the first query came. Now the three requests and
 * the database's opening overlap each other and React's first render.
 *
 * Each early answer is handed out once, to the start; any later read (a reload after 设置,
 * a sign-out, a shift change's new shell) asks the host afresh.
 */
import type { BridgeApi, BridgeResult, JournalReading, SettingsView } from '../../shared/bridge/contract';
import type { PeopleStatus } from '../../shared/bridge/people-channels';
import { bridge } from '../bridge/bridge';
import { db } from '../data/db';
import { eventJournal } from '../data/event-journal';

interface Early {
  settings?: Promise<BridgeResult<SettingsView>>;
  peopleStatus?: Promise<BridgeResult<PeopleStatus>>;
  journal?: Promise<JournalReading>;
}

const early: Early = {};
let sent = false;

/** Sends the start's requests now (once); their answers wait for the screens that read them. */
export function sendEarlyRequests(api: BridgeApi = bridge()): void {
  if (sent) return;
  sent = true;
  early.settings = api.getSettings({});
  early.peopleStatus = api.peopleStatus({});
  early.journal = eventJournal.pending();
  // Opening runs Dexie's schema check and upgrades; a failure is reported by the first query.
  db.open().catch(() => undefined);
}

/** Takes the early answer of `key` if it is still unread, otherwise reads afresh. */
function takeOr<K extends keyof Early>(key: K, read: () => NonNullable<Early[K]>): NonNullable<Early[K]> {
  const answer = early[key];
  early[key] = undefined;
  return answer ?? read();
}

export const readSettings = () => takeOr('settings', () => bridge().getSettings({}));
export const readPeopleStatus = () => takeOr('peopleStatus', () => bridge().peopleStatus({}));
export const readJournal = () => takeOr('journal', () => eventJournal.pending());
