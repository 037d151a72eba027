/**
 * 文书编号 issued from leased blocks, over the real Dexie schema (fake-indexeddb): lowest
 * block first, a reprint keeps its number, nothing is issued without a block, and the
 * supply leases a block through the bridge when running low.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../renderer/data/db';
import { issuedDocumentsRepo, NoDocumentNumberError, type IssueRequest } from '../../renderer/data/issued-documents.repo';
import { ensureDocumentNumbers, issueDocumentNumber } from '../../renderer/features/documents/document-number-supply';

const HALL = '51010401';
const request = (caseId: string, overrides: Partial<IssueRequest> = {}): IssueRequest => ({
  caseId,
  kind: 'missing-materials-notice',
  numberKind: 'notify',
  hallCode: HALL,
  issuerShortName: '锦江政务',
  year: 2026,
  issuedAt: '2026-11-30T02:00:00.000Z',
  ...overrides,
});

const leaseDocumentNumbers = vi.fn();
(globalThis as { chuanyu?: unknown }).chuanyu = { leaseDocumentNumbers };

beforeEach(async () => {
  await db.numberBlocks.clear();
  await db.issuedDocuments.clear();
  leaseDocumentNumbers.mockReset();
});

describe('issued document numbers', () => {
  it('issues from the lowest leased block, moves to the next when one runs out, and reuses a number on reprint', async () => {
    await issuedDocumentsRepo.addBlock({ hallCode: HALL, kind: 'notify', year: 2026, from: 51, to: 52 });
    await issuedDocumentsRepo.addBlock({ hallCode: HALL, kind: 'notify', year: 2026, from: 1, to: 1 });
    const numbers = [];
    for (const caseId of ['A', 'B', 'C']) numbers.push((await issuedDocumentsRepo.issue(request(caseId))).number);
    expect(numbers).toEqual(['锦江政务告〔2026〕第00001号', '锦江政务告〔2026〕第00051号', '锦江政务告〔2026〕第00052号']);
    expect((await issuedDocumentsRepo.issue(request('A'))).number).toBe('锦江政务告〔2026〕第00001号');
    expect(await issuedDocumentsRepo.remaining(HALL, 'notify', 2026)).toBe(0);
    await expect(issuedDocumentsRepo.issue(request('D'))).rejects.toBeInstanceOf(NoDocumentNumberError);
  });

  it('keeps kinds and years apart', async () => {
    await issuedDocumentsRepo.addBlock({ hallCode: HALL, kind: 'notify', year: 2027, from: 1, to: 5 });
    await expect(issuedDocumentsRepo.issue(request('A'))).rejects.toBeInstanceOf(NoDocumentNumberError);
    await expect(issuedDocumentsRepo.issue(request('A', { numberKind: 'refuse', kind: 'refusal-notice' }))).rejects.toBeInstanceOf(
      NoDocumentNumberError,
    );
    expect((await issuedDocumentsRepo.issue(request('A', { year: 2027 }))).number).toBe('锦江政务告〔2027〕第00001号');
  });

  it('leases a block when running low, and issues offline while numbers are left', async () => {
    leaseDocumentNumbers.mockResolvedValueOnce({ ok: true, value: { hallCode: HALL, kind: 'notify', year: 2026, from: 101, to: 150 } });
    expect(await issueDocumentNumber(request('A'))).toBe('锦江政务告〔2026〕第00101号');
    expect(leaseDocumentNumbers).toHaveBeenCalledWith({ kind: 'notify', year: 2026, count: 50 });
    leaseDocumentNumbers.mockResolvedValue({ ok: false, error: { code: 'HUB_UNREACHABLE', message: '交换平台无法连接' } });
    expect(await issueDocumentNumber(request('B'))).toBe('锦江政务告〔2026〕第00102号');
    expect(await issueDocumentNumber(request('A'))).toBe('锦江政务告〔2026〕第00101号');
  });

  it('says in Chinese that the hub must be reached when no number is left and none can be leased', async () => {
    leaseDocumentNumbers.mockResolvedValue({ ok: false, error: { code: 'HUB_UNREACHABLE', message: '交换平台无法连接' } });
    await expect(ensureDocumentNumbers(HALL, 'notify', 2026)).rejects.toThrow(/请恢复网络后重试/);
    await expect(issueDocumentNumber(request('A'))).rejects.toThrow(/交换平台无法连接/);
  });
});
