/**
 * Pages captured with the document camera become one PDF: one A4 page per picture, in the
 * order given, oriented as the picture is, the JPEG embedded as it is (no second loss).
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScanPagesDoc, type ScanPageImage } from '../../shared/documents/scan-pages-pdf';
import { pageCount, pdfScratchDir, qpdfCheck } from './pdf-tools';
import { renderDocNode } from './render-node';

const scratch = pdfScratchDir();
afterAll(() => scratch.remove());

function fixture(name: string, widthPx: number, heightPx: number): ScanPageImage {
  const bytes = readFileSync(new URL(`../fixtures/scan-pages/${name}`, import.meta.url));
  return { jpegDataUrl: `data:image/jpeg;base64,${bytes.toString('base64')}`, widthPx, heightPx };
}

const portrait = fixture('portrait-page.jpg', 420, 594);
const landscape = fixture('landscape-page.jpg', 594, 420);

/** Width and height in points of each page, from pdfinfo. */
function pageSizes(path: string, pages: number): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

describe('scan pages PDF', () => {
  it('puts each captured page on its own A4 page, turned as the picture is', async () => {
    const pdf = await renderDocNode(buildScanPagesDoc({ title: '居民身份证', pages: [portrait, landscape, portrait] }));
    const path = scratch.write('three-pages.pdf', pdf);
    const check = qpdfCheck(path);
    expect(check.status, check.output).toBe(0);
    expect(pageCount(path)).toBe(3);
    const sizes = pageSizes(path, 3).map(({ width, height }) => [Math.round(width), Math.round(height)]);
    expect(sizes).toEqual([
      [595, 842],
      [842, 595],
      [595, 842],
    ]);
  });

  it('embeds the JPEGs unchanged, so the file is about the size of its pictures', async () => {
    const pdf = await renderDocNode(buildScanPagesDoc({ title: '户口簿', pages: [portrait, landscape] }));
    const path = scratch.write('two-pages.pdf', pdf);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // pdfimages -list columns: page num type width height color comp bpc enc …
    expect(images.map((line) => line.trim().split(/\s+/)[8])).toEqual(['jpeg', 'jpeg']);
    const pictures = 3908 + 4442;
    expect(pdf.byteLength).toBeLessThan(pictures + 20_000);
  });

  it('refuses to make a PDF of no pages', () => {
    expect(() => buildScanPagesDoc({ title: '户口簿', pages: [] })).toThrow('没有拍摄的页面');
  });
});
