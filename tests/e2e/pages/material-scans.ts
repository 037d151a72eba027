/**
 * Scanned materials on the intake checklist (a row per material: checkbox, 上传扫描件, the
 * scans so far) and in the case drawer.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ScanFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class MaterialScansModel {
  constructor(private readonly page: Page) {}

  row(materialCode: string): Locator {
    return this.page.getByTestId(`material-row-${materialCode}`);
  }

  /** Picks files in the row's file dialog (antd Upload's hidden input); nothing is sent. */
  async upload(materialCode: string, ...files: ScanFile[]): Promise<void> {
    await this.row(materialCode).locator('input[type=file]').setInputFiles(files);
  }

  scans(materialCode: string): Locator {
    return this.row(materialCode).getByTestId('scan-item');
  }

  error(materialCode: string, text: string): Locator {
    return this.row(materialCode).getByTestId('scan-error').filter({ hasText: text });
  }

  async remove(materialCode: string, fileName: string): Promise<void> {
    await this.row(materialCode)
      .getByRole('button', { name: `删除 ${fileName}` })
      .click();
  }

  /** The decoded width of a thumbnail: proves it was drawn, and drawn small. */
  async thumbnailWidth(scope: Locator, fileName: string): Promise<number> {
    const image = scope.getByRole('img', { name: fileName });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
    return image.evaluate((element: HTMLImageElement) => element.naturalWidth);
  }

  caseAttachments(): Locator {
    return this.page.locator('.ant-drawer').getByTestId('case-attachments');
  }
}
