import { describe, expect, it } from 'vitest';
import {
  addPage,
  canAddPage,
  cropPage,
  movePage,
  newCapturedPage,
  removePage,
  rotatePage,
  type CapturedPage,
} from '../../shared/domain/scans/captured-pages';
import { PAGE_ENCODING } from '../../shared/domain/scans/scan-page-geometry';

const ids = (pages: readonly CapturedPage[]) => pages.map((page) => page.id);
const three = (): CapturedPage[] => ['a', 'b', 'c'].map(newCapturedPage);

describe('captured pages of one material', () => {
  it('adds pages in the order taken, up to the per-PDF limit', () => {
    let pages: CapturedPage[] = [];
    for (let index = 0; index < PAGE_ENCODING.maxPages; index += 1) pages = addPage(pages, newCapturedPage(`p${index}`));
    expect(pages).toHaveLength(PAGE_ENCODING.maxPages);
    expect(canAddPage(pages)).toBe(false);
    expect(() => addPage(pages, newCapturedPage('one-too-many'))).toThrow(`最多拍摄 ${PAGE_ENCODING.maxPages} 页`);
  });

  it('moves a page earlier or later and leaves the ends alone', () => {
    expect(ids(movePage(three(), 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(movePage(three(), 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(movePage(three(), 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(movePage(three(), 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(movePage(three(), 'missing', 1))).toEqual(['a', 'b', 'c']);
  });

  it('deletes one page and keeps the others in order', () => {
    expect(ids(removePage(three(), 'b'))).toEqual(['a', 'c']);
  });

  it('turns only the chosen page, its crop with it', () => {
    const cropped = cropPage(three(), 'b', { x: 0.5, y: 0, width: 0.5, height: 0.5 });
    const turned = rotatePage(cropped, 'b');
    expect(turned[1]).toEqual({ id: 'b', turns: 1, crop: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 } });
    expect(turned[0]).toEqual(newCapturedPage('a'));
    expect(rotatePage(rotatePage(rotatePage(turned, 'b'), 'b'), 'b')[1]?.turns).toBe(0);
  });
});
