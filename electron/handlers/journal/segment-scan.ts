/**
 * Reading journal files back: a segment is one case event per line (JSON), an
 * acknowledgement file one event id per line. Every line that does not read as an event is
 * reported with its file, line number and reason; nothing is skipped in silence.
 */
import type { JournalProblem } from '../../../shared/bridge/contract';
import { caseEventSchema, type CaseEvent } from '../../../shared/domain/case/case-events';

const NEWLINE = 0x0a;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** One event's line: where it sits in the file (the newline included), and the event. */
export interface ScannedLine {
  offset: number;
  length: number;
  event: CaseEvent;
}

export interface SegmentScan {
  lines: ScannedLine[];
  problems: JournalProblem[];
  /** Appending after a line that has no newline would glue two events together. */
  endsWithNewline: boolean;
}

/** The fields a damaged line may still show, so the report can say which case it was. */
function traceOf(text: string): { eventId: string | null; caseId: string | null } {
  const field = (name: string) => new RegExp(`"${name}"\\s*:\\s*"([0-9A-HJKMNP-TV-Z]{26})"`).exec(text)?.[1] ?? null;
  return { eventId: field('id'), caseId: field('caseId') };
}

function readLine(text: string): { event: CaseEvent } | { reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { reason: `不是完整的 JSON（${error instanceof Error ? error.message : String(error)}）` };
  }
  const parsed = caseEventSchema.safeParse(json);
  if (parsed.success) return { event: parsed.data };
  const issue = parsed.error.issues[0];
  return { reason: `内容不符合办件事件格式（${issue ? `${issue.path.join('.') || '整行'}：${issue.message}` : '未知原因'}）` };
}

export function scanSegment(bytes: Uint8Array, file: string): SegmentScan {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: ScannedLine[] = [];
  const problems: JournalProblem[] = [];
  let offset = 0;
  let lineNumber = 0;
  while (offset < buffer.length) {
    const newline = buffer.indexOf(NEWLINE, offset);
    const end = newline === -1 ? buffer.length : newline + 1;
    lineNumber += 1;
    const text = buffer.toString('utf8', offset, newline === -1 ? end : newline);
    if (text.trim() !== '') {
      const read = readLine(text);
      if ('event' in read) {
        lines.push({ offset, length: end - offset, event: read.event });
      } else {
        const { reason } = read;
        const torn = newline === -1;
        problems.push({
          kind: torn ? 'torn-tail' : 'damaged-line',
          file,
          line: lineNumber,
          ...traceOf(text),
          reason: torn ? `最后一行不完整，写入时可能断电或程序中断：${reason}` : reason,
        });
      }
    }
    offset = end;
  }
  return { lines, problems, endsWithNewline: buffer.length === 0 || buffer[buffer.length - 1] === NEWLINE };
}

/**
 * Acknowledged ids. A torn or damaged line here is harmless (the event would only be offered
 * again, and restore skips events IndexedDB already holds), so it is not reported.
 */
export function scanAcknowledgements(bytes: Uint8Array): { ids: Set<string>; endsWithNewline: boolean } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const ids = new Set(text.split('\n').filter((line) => ULID.test(line)));
  return { ids, endsWithNewline: text.length === 0 || text.endsWith('\n') };
}
