/**
 * The disk journal stays small and cheap: appends never read the files, acknowledged
 * segments go away, mostly acknowledged ones are compacted, and a full journal refuses new
 * events instead of dropping unsynced ones.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventJournal } from '../../electron/handlers/event-journal';
import { idsOf, journalEvents, temporaryDataDir } from './support/journal-fixtures';
import { watchedJournalFiles } from './support/watched-journal-files';

let data: ReturnType<typeof temporaryDataDir>;
beforeEach(() => {
  data = temporaryDataDir();
});
afterEach(() => data.remove());

const lineBytes = async () => Buffer.byteLength(`${JSON.stringify((await journalEvents(1))[0])}\n`);
const segment = (number: number) => join(data.journalDir, `seg-${String(number).padStart(6, '0')}.jsonl`);

describe('event journal upkeep', () => {
  it('appends without reading the journal, however many events it holds', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files, segmentBytes: 20 * (await lineBytes()) });
    const events = await journalEvents(500);
    await journal.append(events.slice(0, 1));
    const readsAfterFirst = files.reads.length;
    for (let index = 1; index < events.length; index += 1) await journal.append([events[index]!]);
    expect(files.reads.length).toBe(readsAfterFirst);
    // Acknowledging below the compaction threshold reads nothing either.
    await journal.acknowledge([events[0]!.id, events[100]!.id, events[499]!.id]);
    expect(files.reads.length).toBe(readsAfterFirst);
    expect((await journal.pending()).events).toHaveLength(497);
    await journal.close();
  });

  it('reads the journal once when the host starts, for its first status and the restore that follows', async () => {
    const events = await journalEvents(6);
    const filling = createEventJournal(data.dir, { segmentBytes: 2 * (await lineBytes()) });
    for (const event of events) await filling.append([event]);
    await filling.close();
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files });
    expect((await journal.status()).pendingEvents).toBe(6);
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf(events));
    expect(files.reads.filter((path) => path.endsWith('.jsonl'))).toHaveLength(3);
    // Once something changed, a reading is fresh from disk again.
    await journal.acknowledge([events[0]!.id]);
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf(events.slice(1)));
    await journal.close();
  });

  it('removes a segment once all its events are acknowledged, and records acknowledgements without rewriting', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files, segmentBytes: 4 * (await lineBytes()) });
    const events = await journalEvents(10);
    for (const event of events) await journal.append([event]);
    expect(data.files()).toEqual(['seg-000001.jsonl', 'seg-000002.jsonl', 'seg-000003.jsonl']);

    await journal.acknowledge([events[4]!.id]);
    expect(data.files()).toContain('seg-000002.acked');
    expect(files.rewrites).toEqual([]);

    await journal.acknowledge(idsOf(events.slice(0, 4)));
    expect(data.files()).toEqual(['seg-000002.acked', 'seg-000002.jsonl', 'seg-000003.jsonl']);
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf(events.slice(5)));
    await journal.close();
  });

  it('compacts a sealed segment once at least half of it is acknowledged, keeping the rest in order', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files, segmentBytes: 4 * (await lineBytes()) });
    const events = await journalEvents(6);
    for (const event of events) await journal.append([event]);
    const before = statSync(segment(1)).size;

    await journal.acknowledge([events[0]!.id]);
    expect(files.rewrites).toEqual([]);
    await journal.acknowledge([events[2]!.id]);
    expect(files.rewrites).toEqual([segment(1)]);
    expect(statSync(segment(1)).size).toBe(before / 2);
    expect(data.files()).not.toContain('seg-000001.acked');
    const kept = readFileSync(segment(1), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(kept).toEqual([events[1]!.id, events[3]!.id]);

    expect(idsOf((await journal.pending()).events)).toEqual(idsOf([events[1]!, ...events.slice(3)]));
    await journal.close();
  });

  it('refuses new events at the size bound, keeps every unacknowledged one, and takes events again after acknowledgements', async () => {
    const line = await lineBytes();
    const journal = createEventJournal(data.dir, { maxBytes: 10 * line, segmentBytes: 4 * line });
    const events = await journalEvents(10);
    for (const event of events) await journal.append([event]);

    const refused = await journalEvents(1, 10);
    await expect(journal.append(refused)).rejects.toMatchObject({
      code: 'JOURNAL_FULL',
      message: expect.stringContaining('磁盘日志已满：已保存 10 个未同步事件'),
    });
    expect(await journal.status()).toMatchObject({ writable: false, pendingEvents: 10, reason: expect.stringContaining('磁盘日志已满') });
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf(events));

    // Acknowledged lines are reclaimed (compacted or removed) to make room.
    await journal.acknowledge([events[1]!.id, events[9]!.id]);
    expect(await journal.append(refused)).toBe(9);
    expect(await journal.status()).toMatchObject({ writable: true });
    const expected = events.filter((_, index) => index !== 1 && index !== 9);
    expect(idsOf((await journal.pending()).events)).toEqual(idsOf([...expected, ...refused]));
    await journal.close();
  });
});
