/**
 * What a window's start asks of the host and the store, sent together as soon as main.tsx
 * runs. Mounted one after another, App (settings), PeopleGate (people status) and the shell
 * (the disk journal) each waited for the one before it: three round trips in a row to the
 * host, with IndexedDB opened only when the first query came, and 新建办件 rendered twice
 * (disabled, then again once its draft was read). Now the three requests and the database's
 * opening overlap each other and React's first render, and the signed-in person's draft is
 * read as soon as the people status names them, so the form's first render is its last.
 *
 * Each early answer is handed out once, to the start; any later read (a reload after 设置,
 * a sign-out, a shift change's new shell) asks the host afresh.
 */
import type { BridgeApi, BridgeResult, JournalReading, SettingsView } from '../../shared/bridge/contract';
import type { PeopleStatus } from '../../shared/bridge/people-channels';
import { bridge } from '../bridge/bridge';
import { db, type DraftRecord } from '../data/db';
import { draftIdFor, draftsRepo } from '../data/drafts.repo';
import { eventJournal } from '../data/event-journal';

interface Early {
  settings?: Promise<BridgeResult<SettingsView>>;
  peopleStatus?: Promise<BridgeResult<PeopleStatus>>;
  journal?: Promise<JournalReading>;
}

const early: Early = {};
let sent = false;
/** Drafts read at start, by draft id, once the read is done. */
const earlyDrafts = new Map<string, DraftRecord | undefined>();

/** Sends the start's requests now (once); their answers wait for the screens that read them. */
export function sendEarlyRequests(api: BridgeApi = bridge()): void {
  if (sent) return;
  sent = true;
  early.settings = api.getSettings({});
  // The status is handed out once the person's draft is read too (a few ms of IndexedDB):
  // the shell it lets in renders 新建办件 with its draft at once, not disabled first and
  // again ~100 ms later when the form would have read the draft itself.
  early.peopleStatus = api.peopleStatus({}).then(async (status) => {
    const person = status.ok ? status.value.session?.account : undefined;
    if (!person) return status;
    const draftId = draftIdFor(person.id);
    // A failed read is left to the form, which reads the draft again itself.
    await draftsRepo.load(draftId).then(
      (draft) => earlyDrafts.set(draftId, draft),
      () => undefined,
    );
    return status;
  });
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

/**
 * The window is not set up: what the start asked for in advance answers for a window that is
 * about to become another (the people status said "hub unreachable" before enrolment), so
 * the screens after the setup ask afresh.
 */
export function forgetEarlyAnswers(): void {
  early.peopleStatus = undefined;
  early.journal = undefined;
  earlyDrafts.clear();
}

export const readSettings = () => takeOr('settings', () => bridge().getSettings({}));
export const readPeopleStatus = () => takeOr('peopleStatus', () => bridge().peopleStatus({}));
export const readJournal = () => takeOr('journal', () => eventJournal.pending());

/**
 * The draft of `draftId` as read at start, handed out once: `{ draft }` (undefined when there
 * is none) if the read is done, undefined if it is not (then the form reads it itself).
 */
export function takeEarlyDraft(draftId: string): { draft: DraftRecord | undefined } | undefined {
  if (!earlyDrafts.has(draftId)) return undefined;
  const draft = earlyDrafts.get(draftId);
  earlyDrafts.delete(draftId);
  return { draft };
}
