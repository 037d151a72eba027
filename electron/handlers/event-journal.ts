/**
 * The disk journal of unsynced events (one JSON line per event). The renderer writes each
 * local event here before IndexedDB, and acknowledges it once the hub has it, so an event
 * survives a full or broken IndexedDB until it is safe on the hub.
 *
 * One file, rewritten atomically (temp file + rename) on acknowledge; appends are plain
 * appends. Calls are serialised so an append never races a rewrite.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { caseEventSchema, type CaseEvent } from '../../shared/domain/case-events';

export interface EventJournal {
  append(events: readonly CaseEvent[]): Promise<number>;
  acknowledge(eventIds: readonly string[]): Promise<number>;
  pending(): Promise<CaseEvent[]>;
}

export function createEventJournal(dataDir: string): EventJournal {
  const file = join(dataDir, 'journal', 'unsynced-events.jsonl');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Parses every line; a torn last line (power cut mid-append) is skipped, not fatal. */
  async function read(): Promise<CaseEvent[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    const byId = new Map<string, CaseEvent>();
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const parsed = caseEventSchema.safeParse(JSON.parse(line));
        if (parsed.success) byId.set(parsed.data.id, parsed.data);
      } catch {
        // torn line: the event it held was never acknowledged as written
      }
    }
    return [...byId.values()];
  }

  return {
    append: (events) =>
      serial(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
        return (await read()).length;
      }),
    acknowledge: (eventIds) =>
      serial(async () => {
        const done = new Set(eventIds);
        const remaining = (await read()).filter((event) => !done.has(event.id));
        await mkdir(dirname(file), { recursive: true });
        const temp = `${file}.tmp`;
        await writeFile(temp, remaining.map((event) => `${JSON.stringify(event)}\n`).join(''));
        await rename(temp, file);
        return remaining.length;
      }),
    pending: () => serial(read),
  };
}
