/**
 * readGlyphCoverage against fontkit (the library pdfkit draws with) code point by code point,
 * on the fonts the documents embed: the BMP and planes 2-3 (CJK Ext-B to Ext-H).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readGlyphCoverage } from '../../../shared/documents/font/font-cmap';
import { FONT_FILES } from '../../pdf/render-node';

const require = createRequire(import.meta.url);
// fontkit ships no types; this is the one call the comparison needs.
const fontkit = require('fontkit') as { create(bytes: Uint8Array): { hasGlyphForCodePoint(codePoint: number): boolean } };

const ROBOTO = require.resolve('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf');
const RANGES: [number, number][] = [
  [0x0000, 0xffff],
  [0x20000, 0x323af],
];

function disagreements(bytes: Uint8Array): number[] {
  const ours = readGlyphCoverage(bytes);
  const theirs = fontkit.create(bytes);
  const differing: number[] = [];
  for (const [first, last] of RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint += 1) {
      if (ours(codePoint) !== theirs.hasGlyphForCodePoint(codePoint)) differing.push(codePoint);
    }
  }
  return differing;
}

/** A copy whose format-12 subtables are hidden (platform 9), so the reader must use format 4. */
function withoutFormat12(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  let cmap = 0;
  for (let index = 0; index < view.getUint16(4); index += 1) {
    const record = 12 + index * 16;
    if (new TextDecoder().decode(copy.subarray(record, record + 4)) === 'cmap') cmap = view.getUint32(record + 8);
  }
  for (let index = 0; index < view.getUint16(cmap + 2); index += 1) {
    const record = cmap + 4 + index * 8;
    if (view.getUint16(cmap + view.getUint32(record + 4)) === 12) view.setUint16(record, 9);
  }
  return copy;
}

describe('readGlyphCoverage', () => {
  it.each([
    ['Noto Sans SC regular', FONT_FILES.regular],
    ['Noto Sans SC bold', FONT_FILES.bold],
    ['Roboto (format 4 only)', ROBOTO],
  ])('agrees with fontkit on every code point: %s', (_name, file) => {
    expect(disagreements(readFileSync(file))).toEqual([]);
  });

  it('reads format 4 alone the way fontkit reads the BMP', () => {
    const original = readFileSync(FONT_FILES.regular);
    const bmpOnly = readGlyphCoverage(withoutFormat12(original));
    const reference = fontkit.create(original);
    for (let codePoint = 0; codePoint <= 0xffff; codePoint += 1) {
      if (bmpOnly(codePoint) !== reference.hasGlyphForCodePoint(codePoint)) throw new Error(`U+${codePoint.toString(16)}`);
    }
    expect(bmpOnly(0x2a6a5)).toBe(false);
  });

  it('knows Noto Sans SC: 䶮 堃 (Ext-A, Unified) yes; 𪚥 𠀀 (Ext-B) no', () => {
    const hasGlyph = readGlyphCoverage(readFileSync(FONT_FILES.regular));
    expect([...'䶮堃𪚥𠀀'].map((char) => hasGlyph(char.codePointAt(0) ?? 0))).toEqual([true, true, false, false]);
  });

  it('refuses what is not one sfnt font, in Chinese', () => {
    expect(() => readGlyphCoverage(new TextEncoder().encode('ttcf\u0000\u0001\u0000\u0000'))).toThrow('字体文件格式不受支持');
    expect(() => readGlyphCoverage(new TextEncoder().encode('wOF2\u0000\u0001\u0000\u0000'))).toThrow('字体文件格式不受支持');
    const noTables = new Uint8Array(12);
    new DataView(noTables.buffer).setUint32(0, 0x00010000);
    expect(() => readGlyphCoverage(noTables)).toThrow('缺少 Unicode 字符映射表');
  });
});
