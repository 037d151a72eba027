/**
 * The receipt's QR code payload: "CYTB:<办件编号>:<查询密码>". Upper-case letters, digits
 * and ':' keep it in QR alphanumeric mode (a smaller, easier-to-scan code), and a hall
 * scanner can look the case up without typing. Changing the format? Also change the
 * scanner side, which parses it with parseReceiptQr.
 */
const PREFIX = 'CYTB';
const PATTERN = /^CYTB:(\d{22}):(\d{6})$/;

export function formatReceiptQr(caseNumber: string, queryPassword: string): string {
  return `${PREFIX}:${caseNumber}:${queryPassword}`;
}

export function parseReceiptQr(text: string): { caseNumber: string; queryPassword: string } | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { caseNumber: match[1], queryPassword: match[2] };
}
