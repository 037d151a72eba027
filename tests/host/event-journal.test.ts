/** The disk journal of unsynced events, on a real temp directory. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventJournal } from '../../electron/handlers/event-journal';
import { acceptedCase } from '../unit/fixtures/events';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('event journal', () => {
  it('keeps appended events until they are acknowledged, in order', async () => {
    const journal = createEventJournal(dir);
    const [accepted, forwarded] = await acceptedCase();
    expect(await journal.append([accepted!])).toBe(1);
    expect(await journal.append([forwarded!])).toBe(2);
    expect((await journal.pending()).map((event) => event.id)).toEqual([accepted!.id, forwarded!.id]);
    expect(await journal.acknowledge([accepted!.id])).toBe(1);
    expect((await journal.pending()).map((event) => event.id)).toEqual([forwarded!.id]);
  });

  it('survives a torn last line and a second writer instance', async () => {
    const [accepted] = await acceptedCase();
    await createEventJournal(dir).append([accepted!]);
    appendFileSync(join(dir, 'journal', 'unsynced-events.jsonl'), '{"id":"01JD00000');
    const reopened = createEventJournal(dir);
    expect((await reopened.pending()).map((event) => event.id)).toEqual([accepted!.id]);
  });

  it('serialises concurrent appends and acknowledgements without losing lines', async () => {
    const journal = createEventJournal(dir);
    const [template] = await acceptedCase();
    // Distinct ids are all the journal keys on; it stores events as given.
    const firsts = Array.from({ length: 20 }, (_, index) => ({ ...template!, id: `01JD0000000000000000000${String(index).padStart(3, '0')}` }));
    await Promise.all(firsts.map((event, index) => (index % 3 === 0 ? journal.acknowledge([event.id]) : journal.append([event]))));
    const lines = readFileSync(join(dir, 'journal', 'unsynced-events.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect((await journal.pending()).length).toBe(firsts.filter((_, index) => index % 3 !== 0).length);
  });
});
