import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { z } from 'zod';
import { matterCatalogSchema } from '../shared/domain/matter/matter';
import { holidayCalendarSchema } from '../shared/domain/calendar/working-days';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The seeds the renderer bundles are checked with their shared schemas here, when the
 * renderer is built (or first served by `npm run dev`): a bad seed fails the build, and the
 * bundle holds the schema's output, so a new tab spends no zod pass over the whole catalog
 * before its first screen (renderer/catalog/catalog.ts relies on this).
 */
function checkedSeeds(): Plugin {
  const schemas: ReadonlyArray<readonly [string, z.ZodType]> = [
    ['/seeds/matters.json', matterCatalogSchema],
    ['/seeds/holidays-cn.json', holidayCalendarSchema],
  ];
  return {
    name: 'chuanyu-checked-seeds',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const schema = schemas.find(([ending]) => file.endsWith(ending))?.[1];
      if (!schema) return null;
      const checked = schema.safeParse(JSON.parse(code));
      if (!checked.success) this.error(`${file} does not pass its schema:\n${z.prettifyError(checked.error)}`);
      const json = JSON.stringify(checked.data);
      // Dates or Maps in a schema's output would not survive JSON: then parse at run time again.
      if (!isDeepStrictEqual(JSON.parse(json), checked.data)) this.error(`${file}: its schema's output is not plain JSON`);
      return { code: json, map: null };
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [checkedSeeds(), react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Truthful, not silencing: the largest chunks are the PDF workers (pdfmake, pdf.js: ~1.3 MB,
    // started after the first screen) and exceljs (大厅监管 only). The first screen's entry is
    // ~0.85 MB (antd's form controls and the intake form); a chunk above this limit is news.
    chunkSizeWarningLimit: 1300,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
