/** SHA-256 as lowercase hex through WebCrypto, which both Node 20 and Chromium provide. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // Copy into an ArrayBuffer-backed view: WebCrypto refuses SharedArrayBuffer views.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
