/**
 * The hall's seal image (document settings) drawn over a document's seal area, like ink over
 * the authority name and date. It takes no room in the flow: negative margins above and
 * below cancel its height, so a document lays out the same with or without a seal. (Not
 * relativePosition: pdfmake checks an image against the space left at its flow point before
 * moving it, and would push a seal near the page end onto a page of its own.)
 *
 * Only PNG data URLs are drawn, never a path or URL: the same builders run in Node too,
 * where pdfmake would read a path from disk.
 */
import type { Content } from 'pdfmake/interfaces';

/** 42 mm, the usual round 公章. */
export const SEAL_IMAGE_SIZE = 119;

const PNG_DATA_URL = 'data:image/png;base64,';

export function isSealImage(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.startsWith(PNG_DATA_URL) && value.length > PNG_DATA_URL.length;
}

/**
 * The seal, centred across `areaWidth`, its top edge `above` pt above the point where it is
 * placed: put it last in the seal area's stack, so it is drawn after (over) the text. Below
 * that point it reaches SEAL_IMAGE_SIZE - `above` pt, which must fit on the page like any
 * content. No image: nothing.
 */
export function sealImageOverlay(sealImage: string | undefined | null, areaWidth: number, above: number): Content[] {
  if (!isSealImage(sealImage)) return [];
  return [
    {
      image: sealImage,
      fit: [SEAL_IMAGE_SIZE, SEAL_IMAGE_SIZE],
      margin: [(areaWidth - SEAL_IMAGE_SIZE) / 2, -above, 0, -(SEAL_IMAGE_SIZE - above)],
    },
  ];
}
