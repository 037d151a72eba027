/**
 * Finds what the CUPS "PDF" queue (cups-pdf) printed: it writes `<title>__F-job_<n>.pdf`
 * into the printing user's ~/PDF once the job completes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CUPS_PDF_DIR = join(homedir(), 'PDF');

/** True once CUPS lists the job as completed: only then has cups-pdf finished the file. */
export function jobCompleted(jobId: string): boolean {
  const completed = execFileSync('lpstat', ['-W', 'completed', '-o'], { encoding: 'utf8' });
  return completed.split('\n').some((line) => line.startsWith(`${jobId} `));
}

export function printedFile(jobId: string): string | null {
  const number = /-(\d+)$/.exec(jobId)?.[1];
  if (!number || !existsSync(CUPS_PDF_DIR)) return null;
  const name = readdirSync(CUPS_PDF_DIR).find((file) => file.endsWith(`job_${number}.pdf`));
  return name ? join(CUPS_PDF_DIR, name) : null;
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Throws unless qpdf finds the file structurally sound. */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}
