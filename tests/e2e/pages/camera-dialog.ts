/**
 * The 拍照 dialog of a checklist row (document camera): the live picture, the pages taken,
 * the editor of the chosen page, 完成.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class CameraDialogModel {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ has: page.getByTestId('camera-preview') });
  }

  cameraButton(materialName: string): Locator {
    return this.page.getByRole('button', { name: `拍照：${materialName}` });
  }

  /** Opens the dialog from the row and waits for the live picture (which takes the focus). */
  async open(materialName: string): Promise<void> {
    await this.cameraButton(materialName).click();
    await expect(this.preview()).toBeFocused();
    await expect
      .poll(() =>
        this.preview()
          .locator('video')
          .evaluate((video: HTMLVideoElement) => video.videoWidth),
      )
      .toBeGreaterThan(0);
  }

  preview(): Locator {
    return this.page.getByTestId('camera-preview');
  }

  pages(): Locator {
    return this.page.getByTestId('captured-page');
  }

  editor(): Locator {
    return this.page.getByTestId('page-editor');
  }

  async captureWithKey(key: ' ' | 'Enter', expectedPages: number): Promise<void> {
    await this.preview().press(key === ' ' ? 'Space' : 'Enter');
    await expect(this.pages()).toHaveCount(expectedPages);
  }

  /** Drags a rectangle over the chosen page, from and to fractions of its picture. */
  async crop(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const area = this.page.getByTestId('crop-area');
    await expect(area.locator('img')).toBeVisible();
    // Measure the picture only once it has loaded: a box taken from the page shown before
    // would put the drag at other coordinates of this one.
    await expect.poll(() => area.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = await area.boundingBox();
    if (!box) throw new Error('the page editor shows no picture');
    await this.page.mouse.move(box.x + box.width * from.x, box.y + box.height * from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * to.x, box.y + box.height * to.y, { steps: 5 });
    await this.page.mouse.up();
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('finish-capture').click();
    await expect(this.preview()).toBeHidden();
  }
}
