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
    expect(stored).toMatchObject({ draftId: DRAFT, caseId: null, mimeType: 'application/pdf', bytes: 2_000, thumbnail: null, addedBy: '李明' });
    const [again] = await attachmentsRepo.listForDraft(DRAFT);
    expect(again?.blob.type).toBe('application/pdf');
    expect(again?.blob.size).toBe(2_000);
  });

  it('refuses a renamed text file and keeps nothing', async () => {
    const fake = new Blob(['这其实是一段文字'], { type: 'image/png' });
    await expect(attachmentsRepo.addToDraft(scan({ file: fake, fileName: '照片.png' }))).rejects.toThrow(/「照片\.png」的内容不是 PNG 图片/);
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
    await attachmentsRepo.discardDraft();
    expect(await attachmentsRepo.listForDraft(DRAFT)).toEqual([]);
  });
});
