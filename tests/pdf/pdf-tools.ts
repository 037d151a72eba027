/**
 * The Debian PDF tools the PDF tests check output with: qpdf (structure), pdfinfo (pages),
 * pdftotext (what a reader or search index gets), pdffonts (embedding).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch directory for PDFs under test; remove() it when done. */
export function pdfScratchDir(): { write(name: string, bytes: Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'receipt-pdf-'));
  return {
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** qpdf --check: exit 0 means no structural errors (2 errors, 3 warnings). */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)$/m.exec(info);
  if (!match?.[1]) throw new Error(`pdfinfo printed no page count:\n${info}`);
  return Number(match[1]);
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Rows of `pdffonts`: font name and whether it is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: emb is the 5th column from the end.
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
}
