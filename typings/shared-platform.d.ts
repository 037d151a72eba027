/**
 * The web-platform globals shared/ may use: exactly those that Chromium, Node 20 (the host,
 * Electron main, the hub) and pdf workers all provide. The shared project sees only these and
 * ES2023, so a DOM-only or Node-only global in shared/ fails the typecheck. Adding a global
 * here is a claim that every runtime has it.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  static canParse(url: string, base?: string | URL): boolean;
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare function atob(data: string): string;
declare function btoa(data: string): string;

type SharedCryptoKey = { readonly type: string };
type SharedAlgorithm = string | { name: string; [parameter: string]: unknown };

// `var`, not `const`: the code reads it as globalThis.crypto, a property of the global object.
// eslint-disable-next-line no-var
declare var crypto: {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
  readonly subtle: {
    digest(algorithm: SharedAlgorithm, data: ArrayBufferView<ArrayBuffer> | ArrayBuffer): Promise<ArrayBuffer>;
    importKey(
      format: 'spki' | 'pkcs8' | 'raw',
      keyData: ArrayBufferView<ArrayBuffer> | ArrayBuffer,
      algorithm: SharedAlgorithm,
      extractable: boolean,
      usages: string[],
    ): Promise<SharedCryptoKey>;
    verify(
      algorithm: SharedAlgorithm,
      key: SharedCryptoKey,
      signature: ArrayBufferView<ArrayBuffer> | ArrayBuffer,
      data: ArrayBufferView<ArrayBuffer> | ArrayBuffer,
    ): Promise<boolean>;
  };
};
