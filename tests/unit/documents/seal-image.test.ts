/** The seal image overlay on receipts and notices: drawn only from PNG data URLs, and it never moves the layout. */
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { sealBlock } from '../../../shared/documents/official/official-blocks';
import { OFFICIAL_NORMAL } from '../../../shared/documents/official/official-styles';
import { isSealImage, SEAL_IMAGE_SIZE, sealImageOverlay } from '../../../shared/documents/layout/seal-image';
import { sampleSealImage } from '../../fixtures/seal-image';

const SEAL = sampleSealImage(60);

describe('seal image overlay', () => {
  it('accepts PNG data URLs only', () => {
    expect(isSealImage(SEAL)).toBe(true);
    for (const value of [
      undefined,
      null,
      '',
      'data:image/png;base64,',
      'data:image/jpeg;base64,AAAA',
      '/etc/passwd',
      'https://example.com/a.png',
    ]) {
      expect(isSealImage(value)).toBe(false);
    }
  });

  it('takes no room in the flow: its margins cancel its height', () => {
    const overlays = sealImageOverlay(SEAL, 200, 80);
    expect(overlays).toHaveLength(1);
    const [left, top, , bottom] = (overlays[0] as { margin: number[] }).margin;
    expect(left).toBeCloseTo((200 - SEAL_IMAGE_SIZE) / 2);
    expect((top ?? 0) + SEAL_IMAGE_SIZE + (bottom ?? 0)).toBeCloseTo(0);
    expect(sealImageOverlay(undefined, 200, 80)).toEqual([]);
  });

  it("is drawn in the notices' seal block when the authority has a seal image, and only then", () => {
    const plain = sealBlock('成都市锦江区政务服务管理和网络理政办公室', '2026-03-18', OFFICIAL_NORMAL);
    const sealed = sealBlock('成都市锦江区政务服务管理和网络理政办公室', '2026-03-18', OFFICIAL_NORMAL, undefined, SEAL);
    const images = (content: Content) => JSON.stringify(content).match(/"image":"data:image\/png;base64,/g)?.length ?? 0;
    expect(images(plain)).toBe(0);
    expect(images(sealed)).toBe(1);
  });
});
