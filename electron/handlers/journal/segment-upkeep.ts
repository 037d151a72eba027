/**
 * Keeping the journal small: a segment whose events are all acknowledged is removed, one
 * that is mostly acknowledged is rewritten with only its live lines (compaction). Each
 * rewrite is atomic (temp file + fsync + rename), so a crash leaves the old or the new file.
 * A damaged segment is never rewritten; once its readable events are all acknowledged it is
 * moved to damaged/ for the administrator instead of being deleted.
 */
import { basename, join } from 'node:path';
import type { JournalFiles } from './journal-files';
import { DAMAGED_DIR, type JournalState, type Segment } from './load-journal';

/** "Enough acknowledged": at least half the file is lines nobody needs any more. */
export function worthCompacting(segment: Segment): boolean {
  return !segment.damaged && !segment.unreadable && segment.live.size > 0 && segment.liveBytes * 2 <= segment.bytes;
}

export function hasDeadLines(segment: Segment): boolean {
  return !segment.damaged && !segment.unreadable && segment.liveBytes < segment.bytes;
}

/** Rewrites the segment with its live lines only, in their order. */
export async function compact(files: JournalFiles, segment: Segment): Promise<void> {
  const bytes = await files.read(segment.path);
  const kept = [...segment.live.entries()].sort(([, a], [, b]) => a.offset - b.offset);
  const next = new Map<string, { offset: number; length: number }>();
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [id, line] of kept) {
    const part = bytes.subarray(line.offset, line.offset + line.length);
    // The index and the file must agree; if they do not, something else wrote here.
    if (part.length !== line.length || part[part.length - 1] !== 0x0a || !part.includes(id)) {
      throw new Error(`日志文件与索引不一致：${segment.path}`);
    }
    parts.push(part);
    next.set(id, { offset, length: line.length });
    offset += line.length;
  }
  await files.replaceDurably(segment.path, Buffer.concat(parts));
  segment.live = next;
  segment.bytes = offset;
  segment.liveBytes = offset;
  // Every id in the ack file named a line that is gone now.
  await files.remove(segment.ackPath);
  segment.ackNeedsNewline = false;
}

/** Takes an empty segment out of the journal: removed, or moved aside when damaged. */
export async function retire(files: JournalFiles, dir: string, state: JournalState, segment: Segment): Promise<string | null> {
  let movedTo: string | null = null;
  if (segment.damaged) {
    const aside = join(dir, DAMAGED_DIR);
    await files.ensureDir(aside);
    movedTo = join(aside, `${Date.now()}-${basename(segment.path)}`);
    await files.rename(segment.path, movedTo);
  } else {
    await files.remove(segment.path);
  }
  await files.remove(segment.ackPath);
  state.segments = state.segments.filter((candidate) => candidate !== segment);
  return movedTo;
}
