/** The disk journal of unsynced events, on a real temp directory: keeping and reading back. */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventJournal } from '../../electron/handlers/event-journal';
import { acceptedCase } from '../unit/fixtures/events';
import { idsOf, journalEvents, temporaryDataDir } from './support/journal-fixtures';
import { watchedJournalFiles } from './support/watched-journal-files';

let data: ReturnType<typeof temporaryDataDir>;
beforeEach(() => {
  data = temporaryDataDir();
});
afterEach(() => data.remove());

describe('event journal', () => {
  it('keeps appended events until they are acknowledged, in order', async () => {
    const journal = createEventJournal(data.dir);
    const [accepted, forwarded] = await acceptedCase();
    expect(await journal.append([accepted!])).toBe(1);
    expect(await journal.append([forwarded!])).toBe(2);
    expect(await journal.pending()).toEqual({ events: [accepted, forwarded], problems: [] });
    expect(await journal.acknowledge([accepted!.id])).toBe(1);
    expect(idsOf((await journal.pending()).events)).toEqual([forwarded!.id]);
    await journal.close();
  });

  it('gives the same events to a journal opened later on the same directory', async () => {
    const events = await journalEvents(5);
    const first = createEventJournal(data.dir);
    await first.append(events.slice(0, 3));
    await first.append(events.slice(3));
    await first.acknowledge([events[1]!.id]);
    await first.close();
    const reopened = createEventJournal(data.dir);
    expect(idsOf((await reopened.pending()).events)).toEqual(idsOf([events[0]!, ...events.slice(2)]));
    expect(await reopened.append(await journalEvents(1, 100))).toBe(5);
    await reopened.close();
  });

  it('does not write an event twice when the same one is appended again', async () => {
    const journal = createEventJournal(data.dir);
    const [event] = await journalEvents(1);
    await journal.append([event!]);
    expect(await journal.append([event!, event!])).toBe(1);
    expect((await journal.pending()).events).toHaveLength(1);
    await journal.close();
  });

  it('answers an append only once the events are on disk', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files });
    const disk = files.holdAppends();
    let answered = false;
    const appending = journal.append(await journalEvents(1)).then(() => (answered = true));
    await disk.reached;
    // Let every promise that does not depend on the disk settle.
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    disk.release();
    await appending;
    expect(answered).toBe(true);
    await journal.close();
  });

  it('reports a torn last line (a power cut mid-append) and still returns the events before it', async () => {
    const events = await journalEvents(2);
    const first = createEventJournal(data.dir);
    await first.append(events);
    await first.close();
    const [segment] = data.files();
    appendFileSync(join(data.journalDir, segment!), `{"id":"01JD0000000000000000000099","caseId":"01JD0000000000000000000000","ty`);

    const reopened = createEventJournal(data.dir);
    const reading = await reopened.pending();
    expect(idsOf(reading.events)).toEqual(idsOf(events));
    expect(reading.problems).toEqual([
      {
        kind: 'torn-tail',
        file: join(data.journalDir, segment!),
        line: 3,
        eventId: '01JD0000000000000000000099',
        caseId: '01JD0000000000000000000000',
        reason: expect.stringContaining('最后一行不完整'),
      },
    ]);

    // New events never glue onto the torn line: they go to a new segment and read back whole.
    const later = await journalEvents(1, 50);
    await reopened.append(later);
    expect(idsOf((await reopened.pending()).events)).toEqual(idsOf([...events, ...later]));
    expect(readFileSync(join(data.journalDir, segment!), 'utf8').endsWith('"ty')).toBe(true);
    await reopened.close();
  });

  it('reports a damaged line in the middle with its file and line, and returns the events around it', async () => {
    const events = await journalEvents(3);
    const first = createEventJournal(data.dir);
    await first.append(events);
    await first.close();
    const [segment] = data.files();
    const path = join(data.journalDir, segment!);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"type":"accepted"', '"type":"acceptXd"');
    lines.splice(2, 0, '\u0000\u0000garbage after a disk fault');
    writeFileSync(path, lines.join('\n'));

    const reading = await createEventJournal(data.dir).pending();
    expect(idsOf(reading.events)).toEqual([events[0]!.id, events[2]!.id]);
    expect(reading.problems).toEqual([
      {
        kind: 'damaged-line',
        file: path,
        line: 2,
        eventId: events[1]!.id,
        caseId: events[1]!.caseId,
        reason: expect.stringContaining('不符合办件事件格式'),
      },
      { kind: 'damaged-line', file: path, line: 3, eventId: null, caseId: null, reason: expect.stringContaining('不是完整的 JSON') },
    ]);
  });

  it('serialises concurrent appends and acknowledgements without losing lines', async () => {
    const journal = createEventJournal(data.dir);
    const events = await journalEvents(20);
    await Promise.all(events.map((event, index) => (index % 3 === 0 ? journal.acknowledge([event.id]) : journal.append([event]))));
    const expected = events.filter((_, index) => index % 3 !== 0);
    expect(await journal.pending()).toEqual({ events: expected, problems: [] });
    await journal.close();
  });

  it('reads the single file earlier versions kept, and removes it once all of it is acknowledged', async () => {
    const events = await journalEvents(3);
    mkdirSync(data.journalDir);
    writeFileSync(join(data.journalDir, 'unsynced-events.jsonl'), events.map((event) => `${JSON.stringify(event)}\n`).join(''));
    const journal = createEventJournal(data.dir);
    const later = await journalEvents(1, 10);
    await journal.append(later);
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf([...events, ...later]));
    await journal.acknowledge(idsOf(events));
    expect(data.files()).not.toContain('unsynced-events.jsonl');
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf(later));
    await journal.close();
  });
});
