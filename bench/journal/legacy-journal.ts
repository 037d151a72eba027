/**
 * The disk journal as it was before segments (one JSONL file, re-read on every append and
 * rewritten on every acknowledgement), kept only so the bench can run it beside the new one.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { caseEventSchema, type CaseEvent } from '../../shared/domain/case/case-events';

export interface LegacyJournal {
  file: string;
  append(events: readonly CaseEvent[]): Promise<number>;
  acknowledge(eventIds: readonly string[]): Promise<number>;
}

export function createLegacyJournal(dataDir: string): LegacyJournal {
  const file = join(dataDir, 'journal', 'unsynced-events.jsonl');

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
        // torn line
      }
    }
    return [...byId.values()];
  }

  return {
    file,
    async append(events) {
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
      return (await read()).length;
    },
    async acknowledge(eventIds) {
      const done = new Set(eventIds);
      const remaining = (await read()).filter((event) => !done.has(event.id));
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.tmp`;
      await writeFile(temp, remaining.map((event) => `${JSON.stringify(event)}\n`).join(''));
      await rename(temp, file);
      return remaining.length;
    },
  };
}
