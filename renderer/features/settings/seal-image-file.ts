/**
 * Turns the seal image the clerk picks into what the settings store: a PNG data URL. The
 * checks run on the file itself (real PNG signature, at most 300 KB) so the clerk is told at
 * once, before the host's schema would refuse the save.
 */
import { MAX_SEAL_IMAGE_BYTES } from '../../../shared/domain/document-settings';
import { toBase64 } from '../printing/send-pdf';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export async function readSealImage(file: Blob): Promise<string> {
  if (file.size > MAX_SEAL_IMAGE_BYTES) {
    throw new Error(`印章图片不超过 300 KB（所选文件 ${Math.ceil(file.size / 1024)} KB）`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new Error('印章图片应为 PNG 格式（建议透明背景）');
  }
  return `data:image/png;base64,${toBase64(bytes)}`;
}
