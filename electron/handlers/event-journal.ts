/**
 * The disk journal of unsynced events. The renderer writes each local event here before
 * IndexedDB, and acknowledges it once the hub has it, so an event survives a full or broken
 * IndexedDB until it is safe on the hub.
 *
 * Append-only segments (layout in journal/load-journal.ts): the files are read once, on the
 * first call, into an index of which live event sits where. An append then writes and
 * fsyncs its lines at the end of the open segment and reads nothing; an acknowledgement
 * appends ids to the segment's ack file, removes a segment once it is all acknowledged and
 * compacts one that is mostly acknowledged. The journal has a size bound: when full it
 * refuses new events (the caller is told and warns the clerk) and never drops unacknowledged
 * ones. Reading (`pending`) reports every line it could not read instead of skipping it.
 *
 * Calls are serialised. One journal instance per directory: the host is the only writer.
 */
import { join } from 'node:path';
import { BridgeError, type JournalProblem, type JournalReading, type JournalStatus } from '../../shared/bridge/contract';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { journalFullError, journalReadReason, journalWriteError } from './journal/journal-errors';
import { nodeJournalFiles, type JournalFiles } from './journal/journal-files';
import {
  diskBytes,
  emptySegment,
  liveEvents,
  loadJournal,
  segmentPaths,
  type JournalState,
  type LoadedJournal,
  type Segment,
} from './journal/load-journal';
import { compact, hasDeadLines, retire, worthCompacting } from './journal/segment-upkeep';

/** ~180k events of ~0.7 KB: months of a busy window's work without the hub. */
export const DEFAULT_MAX_JOURNAL_BYTES = 128 * 1024 * 1024;
/** Small enough that compacting one segment is a few milliseconds. */
export const DEFAULT_SEGMENT_BYTES = 1024 * 1024;

export interface EventJournalOptions {
  maxBytes?: number;
  segmentBytes?: number;
  files?: JournalFiles;
}

export interface EventJournal {
  /** Resolves once the events are on disk, with the number of events pending; rejects with a BridgeError otherwise. */
  append(events: readonly CaseEvent[]): Promise<number>;
  acknowledge(eventIds: readonly string[]): Promise<number>;
  pending(): Promise<JournalReading>;
  status(): Promise<JournalStatus>;
  close(): Promise<void>;
}

type OpenSegment = NonNullable<JournalState['active']>;

const isJournalFull = (error: unknown): error is BridgeError => error instanceof BridgeError && error.code === 'JOURNAL_FULL';

export function createEventJournal(dataDir: string, options: EventJournalOptions = {}): EventJournal {
  const dir = join(dataDir, 'journal');
  const files = options.files ?? nodeJournalFiles;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_JOURNAL_BYTES;
  const segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  let state: JournalState | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * What the last full read found, kept for `pending` until an event is appended or
   * acknowledged: at start the host reads the journal once, not once per first call.
   */
  let untouchedRead: LoadedJournal | undefined;

  async function ready(): Promise<JournalState> {
    if (!state) {
      untouchedRead = await loadJournal(files, dir);
      state = untouchedRead.state;
    }
    return state;
  }

  /** After a failure the files are the truth: the next call reads them again. */
  async function forget(): Promise<void> {
    const open = state?.active;
    state = undefined;
    untouchedRead = undefined;
    await open?.file.close().catch(() => undefined);
  }

  async function seal(current: JournalState): Promise<void> {
    const open = current.active;
    if (!open) return;
    current.active = null;
    open.segment.appendable = false;
    await open.file.close();
    if (open.segment.live.size === 0) await retire(files, dir, current, open.segment);
    else if (worthCompacting(open.segment)) await compact(files, open.segment);
  }

  /** The segment the next `size` bytes go to: the open one, the last one reopened, or a new one. */
  async function segmentFor(current: JournalState, size: number): Promise<OpenSegment> {
    if (current.active && current.active.segment.bytes > 0 && current.active.segment.bytes + size > segmentBytes) await seal(current);
    if (current.active) return current.active;
    const last = current.segments.at(-1);
    if (last?.appendable && (last.bytes === 0 || last.bytes + size <= segmentBytes)) {
      const opened = await files.openForAppend(last.path);
      if (opened.size === last.bytes) return (current.active = { segment: last, file: opened.file });
      // Someone else changed the file since it was read: leave it and start a new one.
      await opened.file.close();
      last.appendable = false;
    }
    await files.ensureDir(dir);
    const segment = emptySegment(current.nextNumber, segmentPaths(dir, current.nextNumber));
    current.nextNumber += 1;
    const opened = await files.openForAppend(segment.path);
    await files.syncDir(dir);
    current.segments.push(segment);
    return (current.active = { segment, file: opened.file });
  }

  /** Frees acknowledged lines; refuses (never drops unacknowledged events) when still too full. */
  async function makeRoom(current: JournalState, size: number): Promise<void> {
    if (diskBytes(current) + size <= maxBytes) return;
    if (current.active && hasDeadLines(current.active.segment)) await seal(current);
    for (const segment of [...current.segments]) {
      if (segment === current.active?.segment) continue;
      if (segment.live.size === 0 && !segment.unreadable && !segment.damaged) await retire(files, dir, current, segment);
      else if (hasDeadLines(segment)) await compact(files, segment);
    }
    if (diskBytes(current) + size > maxBytes) throw journalFullError(liveEvents(current), diskBytes(current), maxBytes);
  }

  async function append(events: readonly CaseEvent[]): Promise<number> {
    let current: JournalState;
    try {
      current = await ready();
    } catch (error) {
      throw journalWriteError(error, dir);
    }
    // An event already on disk is not written twice (a retried call, a repeated id in one batch).
    const fresh = [...new Map(events.filter((event) => !current.where.has(event.id)).map((event) => [event.id, event])).values()];
    if (fresh.length === 0) return liveEvents(current);
    untouchedRead = undefined;
    const lines = fresh.map((event) => Buffer.from(`${JSON.stringify(event)}\n`, 'utf8'));
    const size = lines.reduce((sum, line) => sum + line.length, 0);
    let target: OpenSegment;
    try {
      await makeRoom(current, size);
      target = await segmentFor(current, size);
    } catch (error) {
      if (isJournalFull(error)) throw error;
      await forget();
      throw journalWriteError(error, dir);
    }
    const { segment, file } = target;
    try {
      await file.appendDurably(Buffer.concat(lines));
    } catch (error) {
      // Undo a partial line so it cannot glue onto the next event; reload from disk either way.
      await file.truncate(segment.bytes).catch(() => undefined);
      await forget();
      throw journalWriteError(error, segment.path);
    }
    let offset = segment.bytes;
    fresh.forEach((event, index) => {
      const length = lines[index]!.length;
      segment.live.set(event.id, { offset, length });
      current.where.set(event.id, segment);
      offset += length;
    });
    segment.bytes = offset;
    segment.liveBytes += size;
    return liveEvents(current);
  }

  async function acknowledge(eventIds: readonly string[]): Promise<number> {
    let current: JournalState;
    try {
      current = await ready();
    } catch (error) {
      throw journalWriteError(error, dir);
    }
    const bySegment = new Map<Segment, string[]>();
    for (const id of new Set(eventIds)) {
      const segment = current.where.get(id);
      if (!segment) continue;
      const ids = bySegment.get(segment);
      if (ids) ids.push(id);
      else bySegment.set(segment, [id]);
    }
    if (bySegment.size > 0) untouchedRead = undefined;
    try {
      for (const [segment, ids] of bySegment) {
        await files.appendLoosely(segment.ackPath, `${segment.ackNeedsNewline ? '\n' : ''}${ids.join('\n')}\n`);
        segment.ackNeedsNewline = false;
        for (const id of ids) {
          segment.liveBytes -= segment.live.get(id)?.length ?? 0;
          segment.live.delete(id);
          current.where.delete(id);
        }
        const isOpen = current.active?.segment === segment;
        if (segment.live.size === 0) {
          if (isOpen) await seal(current);
          else await retire(files, dir, current, segment);
        } else if (!isOpen && worthCompacting(segment)) {
          await compact(files, segment);
        }
      }
    } catch (error) {
      await forget();
      throw journalWriteError(error, dir);
    }
    return liveEvents(current);
  }

  async function pending(): Promise<JournalReading> {
    let loaded = untouchedRead;
    untouchedRead = undefined;
    if (!loaded || loaded.state !== state) {
      await forget();
      try {
        loaded = await loadJournal(files, dir);
      } catch (error) {
        const problem: JournalProblem = {
          kind: 'unreadable-journal',
          file: dir,
          line: null,
          eventId: null,
          caseId: null,
          reason: `无法读取磁盘日志目录：${journalReadReason(error)}`,
        };
        return { events: [], problems: [problem] };
      }
      state = loaded.state;
    }
    // A damaged segment with nothing left to restore is reported this once, then moved aside.
    const problems = [...loaded.problems];
    for (const segment of [...loaded.state.segments]) {
      if (!segment.damaged || segment.live.size > 0) continue;
      const movedTo = await retire(files, dir, loaded.state, segment).catch(() => null);
      if (!movedTo) continue;
      for (const [index, problem] of problems.entries()) {
        if (problem.file === segment.path)
          problems[index] = { ...problem, reason: `${problem.reason}；该文件其余事件均已同步，已移至 ${movedTo} 保存` };
      }
    }
    return { events: loaded.events, problems };
  }

  async function status(): Promise<JournalStatus> {
    const figures = (current: JournalState | undefined) => ({
      pendingEvents: current ? liveEvents(current) : 0,
      bytes: current ? diskBytes(current) : 0,
      maxBytes,
    });
    try {
      const current = await ready();
      await segmentFor(current, 0);
      // A real durable write, so a read-only or full disk shows here and not only at 受理.
      const probe = join(dir, '.probe');
      await files.replaceDurably(probe, Buffer.from('probe\n'));
      await files.remove(probe);
      // Full means not even the smallest event fits.
      await makeRoom(current, 1);
      return { writable: true, reason: null, ...figures(current) };
    } catch (error) {
      if (isJournalFull(error)) return { writable: false, reason: error.message, ...figures(state) };
      await forget();
      return { writable: false, reason: journalWriteError(error, dir).message, ...figures(state) };
    }
  }

  return {
    append: (events) => serial(() => append(events)),
    acknowledge: (eventIds) => serial(() => acknowledge(eventIds)),
    pending: () => serial(pending),
    status: () => serial(status),
    close: () => serial(forget),
  };
}
