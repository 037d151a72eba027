/**
 * pdf.js for the print preview, loaded on first use so the main bundle stays small. Its
 * worker is a same-origin module file (Vite `?url`), which the strict renderer CSP already
 * allows (worker-src 'self'); pdf.js 6 runs no eval, and WebAssembly decoders are turned off
 * because our own PDFs (pdfmake: Flate images, embedded TrueType) never need them and CSP
 * would refuse them.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let library: Promise<PdfJs> | undefined;

function pdfjs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return library;
}

/**
 * Opens PDF bytes for drawing; close with `document.loadingTask.destroy()`. The caller's
 * bytes stay intact (they are printed later).
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  // pdf.js transfers the buffer it is given to its worker, which would empty the caller's copy.
  return lib.getDocument({ data: bytes.slice(), useWasm: false, enableXfa: false }).promise;
}
