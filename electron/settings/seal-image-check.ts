/**
 * A seal image is drawn into every 受理回执 and notice: one that does not decode would make
 * every document fail to render. So the host decodes it fully (every chunk's CRC, the
 * compressed pixels) before storing it, and a stored one that fails (saved by an older
 * version, or edited by hand) is left out of documents rather than breaking them.
 */
import { PNG } from 'pngjs';

const PNG_DATA_URL = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A 42 mm seal needs ~500 px at 300 dpi; below 16 px it is a dot, above 2000 px a waste. */
export const SEAL_MIN_SIDE = 16;
export const SEAL_MAX_SIDE = 2000;

/** Why this data URL cannot serve as the seal (in Chinese), or null when it can. */
export function sealImageProblem(dataUrl: string): string | null {
  if (!dataUrl.startsWith(PNG_DATA_URL)) return '印章图片应为 PNG 格式';
  const bytes = Buffer.from(dataUrl.slice(PNG_DATA_URL.length), 'base64');
  // Signature, then the IHDR chunk: its size is read before decoding, so a file that claims
  // a huge canvas is refused without allocating it.
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return '印章图片不是有效的 PNG 文件，请重新导出后再选择';
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width < SEAL_MIN_SIDE || height < SEAL_MIN_SIDE || width > SEAL_MAX_SIDE || height > SEAL_MAX_SIDE) {
    return `印章图片尺寸应在 ${SEAL_MIN_SIDE}～${SEAL_MAX_SIDE} 像素之间（所选图片 ${width}×${height}）`;
  }
  try {
    PNG.sync.read(bytes);
  } catch {
    return '印章图片已损坏，无法解码，请重新导出后再选择';
  }
  return null;
}

let lastChecked: { dataUrl: string; usable: boolean } | undefined;

/** The seal to draw, or null when the stored one is unusable; remembers the last answer. */
export function usableSealImage(dataUrl: string | null): string | null {
  if (dataUrl === null) return null;
  if (lastChecked?.dataUrl !== dataUrl) lastChecked = { dataUrl, usable: sealImageProblem(dataUrl) === null };
  return lastChecked.usable ? dataUrl : null;
}
