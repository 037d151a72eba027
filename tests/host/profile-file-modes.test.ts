/**
 * A profile after a working session (identity saved, hub token stored, events journaled, a
 * scan kept, a receipt printed, the key made) holds nothing another local user can read:
 * every directory 0700, every file 0600, whatever the umask was.
 */
import { randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureProfileDir } from '../../electron/data-root';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { SETTINGS_FILE_NAME, settingsStoreOptions } from '../../electron/main/settings-store-options';
import { createSettingsService } from '../../electron/settings/settings-service';
import { journalEvents } from './support/journal-fixtures';

const POSIX = process.platform !== 'win32';
let root: string;
let profile: string;
let umaskBefore: number;

/** Every path under `dir` with its permission bits. */
function modesUnder(dir: string): { path: string; mode: number; isDirectory: boolean }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(root, path), mode: statSync(path).mode & 0o777, isDirectory: entry.isDirectory() };
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'profile-modes-'));
  // A permissive umask, as on a shared machine: the modes must not come from it.
  umaskBefore = process.umask(0o000);
  profile = ensureProfileDir(root, 'window-3');
  const store = new Conf<Record<string, unknown>>({
    projectName: 'chuanyu-window',
    cwd: profile,
    configName: SETTINGS_FILE_NAME,
    ...settingsStoreOptions,
    defaults: { ...settingsStoreOptions.defaults },
  });
  const settings = createSettingsService(store);
  const handlers = createHandlers({
    shell: 'browser',
    version: 'test',
    dataDir: profile,
    settings,
    hubUrls: { '51': 'http://127.0.0.1:9', '50': 'http://127.0.0.1:9' },
    enrollmentCodes: {},
    printing: { osNamesDefault: true, listPrinters: async () => [], print: async () => null, openFolder: async () => false },
  });
  await handlers['settings:saveIdentity']({
    province: '51',
    hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '' },
    window: '3',
    clerk: '李明',
  });
  settings.saveHubToken('token-that-speaks-for-this-window', null);
  await handlers['journal:append']({ events: await journalEvents(3) });
  await handlers['journal:acknowledge']({ eventIds: [(await journalEvents(1))[0]!.id] });
  const scan = randomBytes(2048);
  const sha256 = createHash('sha256').update(scan).digest('hex');
  await handlers['scans:journalWrite']({ sha256, offset: 0, dataBase64: scan.toString('base64') });
  await handlers['scans:journalSeal']({
    entry: {
      caseId: '01JD0000000000000000000000',
      sha256,
      materialCode: 'ID',
      fileName: '身份证.pdf',
      mimeType: 'application/pdf',
      bytes: scan.length,
      addedAt: '2026-12-07T08:00:00Z',
      addedBy: '李明',
    },
  });
  const pdfBody = '%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 2 >>\nstream\nendstream\nendobj\n';
  await handlers['print:pdf']({ fileName: '受理回执-1.pdf', pdfBase64: Buffer.from(`${pdfBody}startxref\n9\n%%EOF\n`).toString('base64') });
  await handlers['receipt:seal']({ caseNumber: '51010401-20261207-0001', queryPassword: '123456' });
});

afterAll(() => {
  process.umask(umaskBefore);
  rmSync(root, { recursive: true, force: true });
});

describe.runIf(POSIX)('files at rest in a profile', () => {
  it('wrote the files that hold secrets and personal data', () => {
    const paths = modesUnder(root).map((entry) => entry.path);
    for (const expected of [
      /window-3\/settings\.json$/,
      /journal\/seg-\d+\.jsonl$/,
      /journal\/seg-\d+\.acked$/,
      /journal\/scans\/\w+\.scan$/,
      /journal\/scans\/\w+\.\w+\.json$/,
      /打印文件\/受理回执-1\.pdf$/,
      /keys\/.+\.pem$/,
    ]) {
      expect(
        paths.some((path) => expected.test(path)),
        String(expected),
      ).toBe(true);
    }
  });

  it('keeps the data root, profiles/ and every directory in the profile owner-only', () => {
    expect(statSync(root).mode & 0o777).toBe(0o700);
    const loose = modesUnder(root).filter((entry) => entry.isDirectory && entry.mode !== 0o700);
    expect(loose).toEqual([]);
  });

  it('keeps every file owner read/write only', () => {
    const loose = modesUnder(root).filter((entry) => !entry.isDirectory && entry.mode !== 0o600);
    expect(loose).toEqual([]);
  });
});
