/**
 * The disk journal when the disk misbehaves: every failure is reported with a reason a clerk
 * can pass on, and nothing the journal already held is lost by it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Root ignores permission bits, so the directory is made unusable by a file in its place. */
function blockJournalDirectory(): void {
  rmSync(data.journalDir, { recursive: true, force: true });
  writeFileSync(data.journalDir, 'not a directory');
}

describe('event journal faults', () => {
  it('reports an append to an unwritable journal directory as failed, with the reason', async () => {
    blockJournalDirectory();
    const journal = createEventJournal(data.dir);
    await expect(journal.append(await journalEvents(1))).rejects.toMatchObject({
      code: 'JOURNAL_WRITE_FAILED',
      message: expect.stringMatching(/^磁盘日志写入失败：日志目录被同名文件占用/),
    });
    expect(await journal.status()).toMatchObject({ writable: false, reason: expect.stringContaining('日志目录被同名文件占用') });
    expect((await journal.pending()).problems).toEqual([
      {
        kind: 'unreadable-journal',
        file: data.journalDir,
        line: null,
        eventId: null,
        caseId: null,
        reason: expect.stringContaining('无法读取磁盘日志目录'),
      },
    ]);
  });

  it('says it is writable again once the directory is back', async () => {
    blockJournalDirectory();
    const journal = createEventJournal(data.dir);
    expect((await journal.status()).writable).toBe(false);
    rmSync(data.journalDir);
    expect(await journal.status()).toMatchObject({ writable: true, reason: null });
    expect(await journal.append(await journalEvents(1))).toBe(1);
    await journal.close();
  });

  it('notices its directory was deleted while open, instead of writing into a deleted file', async () => {
    const journal = createEventJournal(data.dir);
    await journal.append(await journalEvents(1));
    rmSync(data.journalDir, { recursive: true });
    await expect(journal.append(await journalEvents(1, 1))).rejects.toMatchObject({
      message: expect.stringContaining('日志文件或目录已被删除'),
    });
    // The next append starts the journal afresh, where it can be found again.
    const next = await journalEvents(1, 2);
    expect(await journal.append(next)).toBe(1);
    expect((await journal.pending()).events).toEqual(next);
    await journal.close();
  });

  it('undoes the partial line of a write the full disk cut short, so the journal reads clean', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files });
    const [first, cut, next] = [await journalEvents(1), await journalEvents(1, 1), await journalEvents(1, 2)];
    await journal.append(first);
    files.failNextAppendAfter(40);
    await expect(journal.append(cut)).rejects.toMatchObject({
      code: 'JOURNAL_WRITE_FAILED',
      message: expect.stringContaining('磁盘空间已满'),
    });
    await journal.append(next);
    expect(await journal.pending()).toEqual({ events: [...first, ...next], problems: [] });
    await journal.close();
  });

  it('finds a full disk when asked for its status, before any 受理 runs into it', async () => {
    const files = watchedJournalFiles();
    const journal = createEventJournal(data.dir, { files });
    files.setDiskFull(true);
    expect(await journal.status()).toMatchObject({ writable: false, reason: expect.stringContaining('磁盘空间已满') });
    await expect(journal.append(await journalEvents(1))).rejects.toMatchObject({ code: 'JOURNAL_WRITE_FAILED' });
    files.setDiskFull(false);
    expect(await journal.status()).toMatchObject({ writable: true, reason: null });
    expect(data.files()).not.toContain('.probe');
    await journal.close();
  });

  it('reports a segment it cannot read and still returns the others', async () => {
    const events = await journalEvents(3);
    const journal = createEventJournal(data.dir, { segmentBytes: 1 });
    for (const event of events) await journal.append([event]);
    await journal.close();
    expect(data.files()).toEqual(['seg-000001.jsonl', 'seg-000002.jsonl', 'seg-000003.jsonl']);
    // A directory in a segment's place: unreadable whatever the user's rights.
    const unreadable = join(data.journalDir, 'seg-000002.jsonl');
    rmSync(unreadable);
    mkdirSync(unreadable);

    const reading = await createEventJournal(data.dir).pending();
    expect(idsOf(reading.events)).toEqual([events[0]!.id, events[2]!.id]);
    expect(reading.problems).toEqual([
      {
        kind: 'unreadable-segment',
        file: unreadable,
        line: null,
        eventId: null,
        caseId: null,
        reason: expect.stringContaining('无法读取日志文件'),
      },
    ]);
  });

  it('keeps a damaged segment until its readable events are synced, then moves it aside for the administrator', async () => {
    const events = await journalEvents(2);
    const first = createEventJournal(data.dir);
    await first.append(events);
    await first.close();
    const segment = join(data.journalDir, 'seg-000001.jsonl');
    writeFileSync(segment, `${readFileSync(segment, 'utf8')}not json\n`);

    const journal = createEventJournal(data.dir);
    expect((await journal.pending()).problems).toHaveLength(1);
    await journal.acknowledge(idsOf(events));
    expect(data.files()).toEqual(['damaged']);
    expect((await journal.pending()).problems).toEqual([]);
    const [aside] = readdirSync(join(data.journalDir, 'damaged'));
    expect(readFileSync(join(data.journalDir, 'damaged', aside!), 'utf8')).toContain('not json');
    await journal.close();
  });
});
