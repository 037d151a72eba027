/**
 * The 国密 primitives against the standards' published examples, so a library upgrade that
 * changed a result would fail here before any hash or seal reached a hub.
 */
import { describe, expect, it } from 'vitest';
import { curveOfPublicKey, generateSm2KeyPair, sm2PublicKeyOf, sm2Sign, sm2Verify } from '../../../shared/cryptography/sm2';
import { sm3Hex, sm3HexOfBytes } from '../../../shared/cryptography/sm3';
import { verifySealSignature } from '../../../shared/cryptography/seal-signature';

describe('SM3 (GB/T 32905-2016, Appendix A)', () => {
  it('hashes "abc" (example 1)', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes the 64-byte "abcd" x 16 (example 2)', () => {
    expect(sm3HexOfBytes(new TextEncoder().encode('abcd'.repeat(16)))).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });

  it('hashes Chinese text as its UTF-8 bytes', () => {
    expect(sm3Hex('受理')).toBe(sm3HexOfBytes(new Uint8Array([0xe5, 0x8f, 0x97, 0xe7, 0x90, 0x86])));
  });
});

/**
 * GB/T 32918.5-2017 (= GM/T 0003.5-2012) Appendix A "数字签名与验证示例", on the recommended
 * curve: message "message digest", signer id 1234567812345678 (the default).
 */
const STANDARD = {
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicX: '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020',
  publicY: 'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};
const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const standardSignature = hexBytes(STANDARD.r + STANDARD.s);

describe('SM2 signatures (GB/T 32918.5-2017, Appendix A)', () => {
  it('derives the example public key from the example private key', () => {
    const publicKey = sm2PublicKeyOf(STANDARD.privateKey);
    expect(curveOfPublicKey(publicKey)).toBe('sm2');
    const point = Array.from(atob(publicKey), (char) => char.charCodeAt(0).toString(16).padStart(2, '0'))
      .join('')
      .slice(-128);
    expect(point).toBe(STANDARD.publicX + STANDARD.publicY);
  });

  it('verifies the published signature (r, s) with the default user id', () => {
    expect(sm2Verify(sm2PublicKeyOf(STANDARD.privateKey), STANDARD.message, standardSignature)).toBe(true);
  });

  it('refuses the published signature over another message, or with r and s altered', () => {
    const publicKey = sm2PublicKeyOf(STANDARD.privateKey);
    expect(sm2Verify(publicKey, 'message digesT', standardSignature)).toBe(false);
    const altered = standardSignature.slice();
    altered[63] = (altered[63] ?? 0) ^ 1;
    expect(sm2Verify(publicKey, STANDARD.message, altered)).toBe(false);
  });

  it('signs so that the signature verifies, and only for its own key', () => {
    const mine = generateSm2KeyPair();
    const other = generateSm2KeyPair();
    const signature = sm2Sign(mine.privateKey, 'CYSM2|5101040105202503180007|482913|01JD00000000000000000000WS');
    expect(signature).toHaveLength(64);
    expect(sm2Verify(mine.publicKey, 'CYSM2|5101040105202503180007|482913|01JD00000000000000000000WS', signature)).toBe(true);
    expect(sm2Verify(other.publicKey, 'CYSM2|5101040105202503180007|482913|01JD00000000000000000000WS', signature)).toBe(false);
  });
});

describe('verifySealSignature', () => {
  it('checks each algorithm only with a key of its own curve', async () => {
    const sm2Key = generateSm2KeyPair();
    const signature = sm2Sign(sm2Key.privateKey, 'x');
    expect(await verifySealSignature('sm2', sm2Key.publicKey, 'x', signature)).toBe(true);
    expect(await verifySealSignature('ecdsa-p256', sm2Key.publicKey, 'x', signature)).toBe(false);

    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const spki = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))));
    const ecdsa = new Uint8Array(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode('x')),
    );
    expect(curveOfPublicKey(spki)).toBe('ecdsa-p256');
    expect(await verifySealSignature('ecdsa-p256', spki, 'x', ecdsa)).toBe(true);
    expect(await verifySealSignature('sm2', spki, 'x', ecdsa)).toBe(false);
  });
});
