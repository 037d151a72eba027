/**
 * Which code points a TrueType/OpenType font has a glyph for, read straight from its `cmap`
 * table: the same answer as fontkit's `hasGlyphForCodePoint` (a non-zero glyph id), which
 * tests/unit/documents/font-cmap.test.ts checks code point by code point. pdfmake's browser
 * build keeps its fontkit private, and a second fontkit in the worker would cost ~0.5 MB
 * for this one lookup. Nothing is copied: lookups read the font bytes in place.
 *
 * Handles one sfnt font (not a TTC collection, not WOFF): the files the documents embed.
 */
import type { HasGlyph } from './glyph-coverage';

interface CmapSubtable {
  view: DataView;
  /** Byte offset of the subtable inside `view`. */
  start: number;
}

function tableOffset(view: DataView, tag: string): number | undefined {
  const numTables = view.getUint16(4);
  for (let index = 0; index < numTables; index += 1) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (name === tag) return view.getUint32(record + 8);
  }
  return undefined;
}

/** Format 12 (all planes) beats format 4 (BMP only): Ext-B lives in plane 2. */
function findUnicodeSubtable(view: DataView, cmap: number): CmapSubtable | undefined {
  let bmpOnly: CmapSubtable | undefined;
  const count = view.getUint16(cmap + 2);
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const start = cmap + view.getUint32(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const format = view.getUint16(start);
    if (format === 12) return { view, start };
    if (format === 4) bmpOnly ??= { view, start };
  }
  return bmpOnly;
}

function format12Lookup({ view, start }: CmapSubtable): HasGlyph {
  const groups = view.getUint32(start + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const group = start + 16 + middle * 12;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + (codePoint - view.getUint32(group)) !== 0;
    }
    return false;
  };
}

function format4Lookup({ view, start }: CmapSubtable): HasGlyph {
  const segments = view.getUint16(start + 6) / 2;
  const endCodes = start + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const idDeltas = startCodes + segments * 2;
  const idRangeOffsets = idDeltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    // The first segment whose end code is >= the code point (end codes are sorted).
    let low = 0;
    let high = segments - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (view.getUint16(endCodes + middle * 2) < codePoint) low = middle + 1;
      else high = middle;
    }
    const first = view.getUint16(startCodes + low * 2);
    if (codePoint < first || codePoint > view.getUint16(endCodes + low * 2)) return false;
    const delta = view.getUint16(idDeltas + low * 2);
    const rangeOffsetAt = idRangeOffsets + low * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
    const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - first) * 2);
    return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
  };
}

/** A lookup over the font's Unicode cmap. Throws for a file that is not a single sfnt font. */
export function readGlyphCoverage(font: Uint8Array): HasGlyph {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  // 0x00010000 TrueType outlines, 'OTTO' CFF outlines, 'true' old Apple TrueType.
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) {
    throw new Error('字体文件格式不受支持（应为单个 TTF/OTF 字体）');
  }
  const cmap = tableOffset(view, 'cmap');
  const subtable = cmap === undefined ? undefined : findUnicodeSubtable(view, cmap);
  if (!subtable) throw new Error('字体文件缺少 Unicode 字符映射表（cmap）');
  return view.getUint16(subtable.start) === 12 ? format12Lookup(subtable) : format4Lookup(subtable);
}
