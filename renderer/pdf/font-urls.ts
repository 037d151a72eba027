/**
 * Where the PDF worker fetches Noto Sans SC from. Vite copies the TTFs from node_modules
 * into the build as hashed assets (10 MB each: never inlined) and gives their URLs; in dev
 * they are served from node_modules. The worker resolves nothing itself.
 */
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import type { DocumentFontUrls } from './pdf-protocol';

/** Absolute URLs, so they mean the same inside the worker as on the page. */
export function defaultFontUrls(base: string = globalThis.location.href): DocumentFontUrls {
  return { regular: new URL(regularUrl, base).href, bold: new URL(boldUrl, base).href };
}
