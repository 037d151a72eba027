/**
 * Scans against the intake draft, over the real Dexie schema (fake-indexeddb): refused by
 * content and size, and handed to the case in the transaction that stores it. Image
 * thumbnails need a browser (createImageBitmap) and are covered by tests/e2e/attachments.spec.ts.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentsRepo, AttachmentRejectedError, type NewDraftScan } from '../../renderer/data/attachments.repo';
import { casesRepo } from '../../renderer/data/cases.repo';
import { db } from '../../renderer/data/db';
import { draftsRepo } from '../../renderer/data/drafts.repo';
import { acceptedCase } from './fixtures/events';

const MB = 1024 * 1024;
const DRAFT = 'current';

/** The disk journal answers as the host does; the repo only needs to hear "written". */
(globalThis as { chuanyu?: unknown }).chuanyu = { journalAppend: async () => ({ ok: true, value: { pending: 1 } }) };

function pdf(size = 2_000): Blob {
  const header = new TextEncoder().encode('%PDF-1.7\n');
  const body = new Uint8Array(size - header.length);
  return new Blob([header, body], { type: 'application/pdf' });
}

const scan = (overrides: Partial<NewDraftScan> = {}): NewDraftScan => ({
  draftId: DRAFT,
  materialCode: 'APPLY-FORM',
  file: pdf(),
  fileName: '申请表.pdf',
  addedBy: '李明',
  ...overrides,
});

beforeEach(async () => {
  await db.attachments.clear();
});

describe('attachments repo', () => {
  it('stores a PDF against the draft under its sniffed type, without a thumbnail', async () => {
    const stored = await attachmentsRepo.addToDraft(scan({ file: new Blob([await pdf().arrayBuffer()], { type: '' }) }));
    expect(stored).toMatchObject({
      draftId: DRAFT,
      caseId: null,
      mimeType: 'application/pdf',
      bytes: 2_000,
      thumbnail: null,
      addedBy: '李明',
    });
    const [again] = await attachmentsRepo.listForDraft(DRAFT);
    expect(again?.blob.type).toBe('application/pdf');
    expect(again?.blob.size).toBe(2_000);
  });

  it('refuses a renamed text file and keeps nothing', async () => {
    const fake = new Blob(['这其实是一段文字'], { type: 'image/png' });
    await expect(attachmentsRepo.addToDraft(scan({ file: fake, fileName: '照片.png' }))).rejects.toThrow(
      /「照片\.png」的内容不是 PNG 图片/,
    );
    expect(await attachmentsRepo.listForDraft(DRAFT)).toEqual([]);
  });

  it('refuses a file over 10 MB and a draft over 50 MB in total', async () => {
    await expect(attachmentsRepo.addToDraft(scan({ file: pdf(12.3 * MB) }))).rejects.toThrow('文件过大（12.3 MB），单个文件不超过 10 MB');
    for (let index = 0; index < 5; index += 1) await attachmentsRepo.addToDraft(scan({ file: pdf(9.5 * MB) }));
    const sixth = attachmentsRepo.addToDraft(scan({ file: pdf(3 * MB) }));
    await expect(sixth).rejects.toBeInstanceOf(AttachmentRejectedError);
    await expect(sixth).rejects.toThrow(/合计将达 50\.5 MB/);
    expect(await attachmentsRepo.bytesOfDraft(DRAFT)).toBe(5 * 9.5 * MB);
  });

  it('hands the draft scans to the case in the transaction that stores the case', async () => {
    await draftsRepo.save({ matterCode: 'CY-06-003' }, DRAFT);
    await attachmentsRepo.addToDraft(scan({ materialCode: 'ID-CARD', fileName: '身份证.pdf' }));
    await attachmentsRepo.addToDraft(scan());
    await attachmentsRepo.addToDraft(scan({ draftId: 'other-draft' }));

    const record = await casesRepo.appendLocal(await acceptedCase(), '51010401', DRAFT);

    expect(await draftsRepo.load(DRAFT)).toBeUndefined();
    expect(await attachmentsRepo.listForDraft(DRAFT)).toEqual([]);
    const claimed = await attachmentsRepo.listForCase(record.caseId);
    expect(claimed.map((row) => [row.materialCode, row.fileName, row.draftId])).toEqual([
      ['APPLY-FORM', '申请表.pdf', null],
      ['ID-CARD', '身份证.pdf', null],
    ]);
    expect(await attachmentsRepo.listForDraft('other-draft')).toHaveLength(1);
  });

  it('removes one scan, and all of a cleared draft', async () => {
    const kept = await attachmentsRepo.addToDraft(scan());
    const removed = await attachmentsRepo.addToDraft(scan({ materialCode: 'ID-CARD' }));
    await attachmentsRepo.remove(removed.id ?? -1);
    expect((await attachmentsRepo.listForDraft(DRAFT)).map((row) => row.id)).toEqual([kept.id]);
    await attachmentsRepo.discardDraft(DRAFT);
    expect(await attachmentsRepo.listForDraft(DRAFT)).toEqual([]);
  });
});

describe('scans as a case names them', () => {
  const random = (size: number) => {
    const body = new Uint8Array(size);
    crypto.getRandomValues(body);
    body.set(new TextEncoder().encode('%PDF-1.7\n'));
    return new Blob([body], { type: 'application/pdf' });
  };

  beforeEach(async () => {
    await Promise.all([db.scanUploads, db.cases, db.events, db.outbox, db.statusCounts].map((table) => table.clear()));
  });

  it('lists the draft’s scans by material, each hash once, with a name fit for the event', async () => {
    const file = random(3_000);
    const longName = `${'很长的文件名'.repeat(40)}.pdf`;
    const first = await attachmentsRepo.addToDraft(scan({ materialCode: 'ID-CARD', file, fileName: longName }));
    await attachmentsRepo.addToDraft(scan({ materialCode: 'ID-CARD', file, fileName: '再传一次.pdf' }));
    await attachmentsRepo.addToDraft(scan({ materialCode: 'APPLY-FORM', file, fileName: '申请表.pdf' }));
    const references = await attachmentsRepo.scanReferencesOfDraft(DRAFT);
    expect(Object.keys(references).sort()).toEqual(['APPLY-FORM', 'ID-CARD']);
    expect(references['ID-CARD']).toEqual([
      { sha256: first.sha256, fileName: longName.slice(0, 200), mimeType: 'application/pdf', bytes: 3_000 },
    ]);
    expect(references['APPLY-FORM']?.[0]?.sha256).toBe(first.sha256);
  });

  it('gives scans stored before hashes were kept their hash when the case needs it', async () => {
    const stored = await attachmentsRepo.addToDraft(scan({ file: random(1_500) }));
    await db.attachments.update(stored.id!, { sha256: undefined });
    const references = await attachmentsRepo.scanReferencesOfDraft(DRAFT);
    expect(references['APPLY-FORM']?.[0]?.sha256).toBe(stored.sha256);
    expect((await db.attachments.get(stored.id!))?.sha256).toBe(stored.sha256);
  });

  it('queues the case’s scans for the hub in the transaction that stores the case, and a 补正 scan at once', async () => {
    const one = await attachmentsRepo.addToDraft(scan({ materialCode: 'ID-CARD', file: random(1_000) }));
    const two = await attachmentsRepo.addToDraft(scan({ file: random(1_000) }));
    const record = await casesRepo.appendLocal(await acceptedCase(), '51010401', DRAFT);
    const queued = await db.scanUploads.toArray();
    expect(queued.map((item) => [item.caseId, item.sha256, item.state]).sort()).toEqual(
      [
        [record.caseId, one.sha256, 'pending'],
        [record.caseId, two.sha256, 'pending'],
      ].sort(),
    );

    const later = await attachmentsRepo.addToCase({
      caseId: record.caseId,
      materialCode: 'PHOTO',
      file: random(2_000),
      fileName: '照片.pdf',
      addedBy: '李明',
    });
    expect(await db.scanUploads.get([record.caseId, later.sha256!])).toMatchObject({ state: 'pending', attempts: 0 });
    expect(Object.keys(await attachmentsRepo.scanReferencesOfCase(record.caseId)).sort()).toEqual(['APPLY-FORM', 'ID-CARD', 'PHOTO']);
  });
});
