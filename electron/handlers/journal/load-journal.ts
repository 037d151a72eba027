/**
 * The journal's files and the one full read of them. The journal directory holds:
 *
 *   seg-000001.jsonl         events, one JSON line each, only ever appended to (and fsynced)
 *   seg-000001.acked         ids of that segment's events the hub has, one per line
 *   damaged/…                segments with unreadable lines, moved aside once their readable
 *                            events were all acknowledged (kept for the administrator)
 *   unsynced-events.jsonl    the single file earlier versions kept; read as the oldest segment
 *
 * Loading reads every segment once and builds the in-memory index (which live event sits
 * where); after that, appends and acknowledgements never read a segment again.
 */
import { basename, join } from 'node:path';
import type { JournalProblem } from '../../../shared/bridge/contract';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import type { AppendableFile, JournalFiles } from './journal-files';
import { journalReadReason } from './journal-errors';
import { scanAcknowledgements, scanSegment } from './segment-scan';

const SEGMENT_NAME = /^seg-(\d{6,})\.(jsonl|acked)$/;
export const LEGACY_FILE = 'unsynced-events.jsonl';
export const DAMAGED_DIR = 'damaged';

export interface Segment {
  readonly number: number;
  readonly path: string;
  readonly ackPath: string;
  /** Length of the segment file. */
  bytes: number;
  /** Live (unacknowledged) events: id -> their line in the file, newline included. */
  live: Map<string, { offset: number; length: number }>;
  liveBytes: number;
  /** Holds a damaged or torn line: never rewritten (the line is evidence), moved aside once empty. */
  damaged: boolean;
  /** Could not be read at all: its events are unknown, so it is never touched. */
  unreadable: boolean;
  /** Appends may go here: a clean tail, not damaged, not the earlier versions' file. */
  appendable: boolean;
  /** The ack file ends without a newline (a torn write): the next ack starts a new line. */
  ackNeedsNewline: boolean;
}

export interface JournalState {
  /** Oldest first; journal order is segment order, then line order. */
  segments: Segment[];
  where: Map<string, Segment>;
  active: { segment: Segment; file: AppendableFile } | null;
  nextNumber: number;
}

export interface LoadedJournal {
  state: JournalState;
  events: CaseEvent[];
  problems: JournalProblem[];
}

export function segmentPaths(dir: string, number: number): { path: string; ackPath: string } {
  const stem = `seg-${String(number).padStart(6, '0')}`;
  return { path: join(dir, `${stem}.jsonl`), ackPath: join(dir, `${stem}.acked`) };
}

export function emptySegment(number: number, paths: { path: string; ackPath: string }): Segment {
  return {
    number,
    ...paths,
    bytes: 0,
    live: new Map(),
    liveBytes: 0,
    damaged: false,
    unreadable: false,
    appendable: true,
    ackNeedsNewline: false,
  };
}

async function readAcknowledgements(files: JournalFiles, ackPath: string, exists: boolean) {
  if (!exists) return { ids: new Set<string>(), endsWithNewline: true };
  try {
    return scanAcknowledgements(await files.read(ackPath));
  } catch {
    // Unreadable acknowledgements only mean those events are offered again: restore skips
    // what IndexedDB holds and the hub answers 'duplicate'.
    return { ids: new Set<string>(), endsWithNewline: false };
  }
}

/** Reads the whole journal; throws only when the directory itself cannot be listed. */
export async function loadJournal(files: JournalFiles, dir: string): Promise<LoadedJournal> {
  const names = new Set(await files.list(dir));
  const numbers = new Set<number>();
  for (const name of names) {
    const match = SEGMENT_NAME.exec(name);
    if (match) numbers.add(Number(match[1]));
  }
  const located = [...numbers]
    .filter((number) => names.has(`seg-${String(number).padStart(6, '0')}.jsonl`))
    .sort((a, b) => a - b)
    .map((number) => ({ number, ...segmentPaths(dir, number), legacy: false }));
  if (names.has(LEGACY_FILE)) {
    located.unshift({ number: 0, path: join(dir, LEGACY_FILE), ackPath: join(dir, 'unsynced-events.acked'), legacy: true });
  }

  const state: JournalState = { segments: [], where: new Map(), active: null, nextNumber: Math.max(0, ...numbers) + 1 };
  const events: CaseEvent[] = [];
  const problems: JournalProblem[] = [];
  for (const { legacy, ...paths } of located) {
    const segment = emptySegment(paths.number, paths);
    state.segments.push(segment);
    let bytes: Buffer;
    try {
      bytes = await files.read(paths.path);
    } catch (error) {
      Object.assign(segment, { unreadable: true, appendable: false });
      problems.push({
        kind: 'unreadable-segment',
        file: paths.path,
        line: null,
        eventId: null,
        caseId: null,
        reason: `无法读取日志文件：${journalReadReason(error)}`,
      });
      continue;
    }
    const scan = scanSegment(bytes, paths.path);
    const acks = await readAcknowledgements(files, paths.ackPath, names.has(basename(paths.ackPath)));
    segment.bytes = bytes.length;
    segment.damaged = scan.problems.length > 0;
    segment.appendable = !legacy && !segment.damaged && scan.endsWithNewline;
    segment.ackNeedsNewline = !acks.endsWithNewline;
    problems.push(...scan.problems);
    for (const { offset, length, event } of scan.lines) {
      if (acks.ids.has(event.id) || state.where.has(event.id)) continue;
      segment.live.set(event.id, { offset, length });
      segment.liveBytes += length;
      state.where.set(event.id, segment);
      events.push(event);
    }
  }
  return { state, events, problems };
}

export function liveEvents(state: JournalState): number {
  return state.where.size;
}

export function diskBytes(state: JournalState): number {
  return state.segments.reduce((sum, segment) => sum + segment.bytes, 0);
}
