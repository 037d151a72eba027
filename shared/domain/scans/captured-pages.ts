/**
 * The pages of one material captured with the document camera, before they become a PDF:
 * kept in order, each with its turn and crop. Pure list operations; the dialog holds the
 * list in state and the images in Blobs beside it.
 */
import { FULL_PAGE, nextQuarterTurn, PAGE_ENCODING, rotateCropClockwise, type CropRect, type QuarterTurns } from './scan-page-geometry';

export interface CapturedPage {
  /** Stable within the dialog, so React keys and focus follow a page as it moves. */
  id: string;
  turns: QuarterTurns;
  crop: CropRect;
}

export function newCapturedPage(id: string): CapturedPage {
  return { id, turns: 0, crop: FULL_PAGE };
}

/** Whether another page may be captured (one PDF holds at most PAGE_ENCODING.maxPages). */
export function canAddPage(pages: readonly CapturedPage[]): boolean {
  return pages.length < PAGE_ENCODING.maxPages;
}

export function addPage(pages: readonly CapturedPage[], page: CapturedPage): CapturedPage[] {
  if (!canAddPage(pages)) throw new RangeError(`每份材料最多拍摄 ${PAGE_ENCODING.maxPages} 页`);
  return [...pages, page];
}

export function removePage(pages: readonly CapturedPage[], id: string): CapturedPage[] {
  return pages.filter((page) => page.id !== id);
}

/** Moves a page one place earlier (-1) or later (+1); at either end nothing changes. */
export function movePage(pages: readonly CapturedPage[], id: string, by: -1 | 1): CapturedPage[] {
  const from = pages.findIndex((page) => page.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= pages.length) return [...pages];
  const moved = [...pages];
  const [page] = moved.splice(from, 1);
  if (page) moved.splice(to, 0, page);
  return moved;
}

/** Turns a page a quarter clockwise; its crop turns with it, so the same region stays kept. */
export function rotatePage(pages: readonly CapturedPage[], id: string): CapturedPage[] {
  return pages.map((page) =>
    page.id === id ? { ...page, turns: nextQuarterTurn(page.turns), crop: rotateCropClockwise(page.crop) } : page,
  );
}

export function cropPage(pages: readonly CapturedPage[], id: string, crop: CropRect): CapturedPage[] {
  return pages.map((page) => (page.id === id ? { ...page, crop } : page));
}
