/** SM3 (GB/T 32905) as lowercase hex, synchronous and pure JS, in every runtime. */
import { sm3 } from 'sm-crypto-v2';

export function sm3HexOfBytes(bytes: Uint8Array): string {
  return sm3(bytes);
}

/** The UTF-8 bytes of `text`: encoded here so no library's own string handling decides. */
export function sm3Hex(text: string): string {
  return sm3HexOfBytes(new TextEncoder().encode(text));
}
