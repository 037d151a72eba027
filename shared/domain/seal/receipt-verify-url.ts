/**
 * The receipt QR as a web address a citizen's phone opens: the hall's progress-query page
 * (or its hub's public page, hub/routes/receipt-check.ts) followed by the sealed code, so the
 * page can verify the seal and show how far the case has got. The code is upper-case
 * letters, digits and ':' and needs no escaping in a path.
 */
import { parseSealedQr } from './receipt-seal';

/** "https://hub51.example/r" + "CYTB2:…" -> "https://hub51.example/r/CYTB2:…". */
export function receiptVerifyUrl(base: string, sealedQr: string): string {
  return `${base.trim().replace(/\/+$/, '')}/${sealedQr}`;
}

/** The sealed code from what a scanner read: the bare code, or a verification address ending in it. */
export function sealedCodeFrom(scanned: string): string | undefined {
  const text = scanned.trim();
  const candidate = text.slice(text.lastIndexOf('/') + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return undefined;
  }
  return parseSealedQr(decoded) ? decoded : undefined;
}
