import PDFDocument from 'pdfkit';
import { fastLayoutFor } from './fast-layout.js';
import { fasterStreams } from './faster-streams.js';
import { failedChecks, type Probe } from './internal-checks.js';
import { PDFKIT_PATCHES, type PdfkitPatch } from './patch-names.js';
import type { DocInternals, EmbeddedFontInternals } from './pdfkit-internals.js';

type Doc = PDFKit.PDFDocument;

let chosen: ReadonlySet<PdfkitPatch> = new Set(PDFKIT_PATCHES.map((p) => p.name));
let verdict: boolean | undefined;

/**
 * Applies only these patches from now on (the benchmark measures each one's gain this way). Call it
 * before the first document; the default is every patch.
 */
export function choosePdfkitPatches(names: readonly PdfkitPatch[]): void {
  chosen = new Set(names);
}

/** Whether a patch is in force: chosen, and pdfkit's and fontkit's internals checked and as expected. */
export function patchActive(name: PdfkitPatch): boolean {
  return verdict === true && chosen.has(name);
}

/**
 * Checks, once per process, every pdfkit and fontkit internal the patches rely on, on a throwaway
 * document made with `font` (a parsed fontkit font). When any differs (another pdfkit or fontkit than
 * the pinned ones), no patch is applied, documents are made by stock pdfkit, and one warning says so.
 */
export function pdfkitPatchesUsable(font: unknown): boolean {
  if (verdict !== undefined) return verdict;
  let failed: string[];
  try {
    const doc = new PDFDocument({ size: 'A4', font } as unknown as PDFKit.PDFDocumentOptions) as Doc & DocInternals;
    const probe: Probe = { doc, font: doc._font };
    failed = failedChecks(probe).map((c) => `${c.member} [${c.patch}]`);
  } catch (error) {
    failed = [`a document to inspect could not be made: ${(error as Error).message}`];
  }
  verdict = failed.length === 0;
  if (!verdict) warnOnce(failed);
  return verdict;
}

/**
 * Applies the chosen patches to a new document whose fonts are `regular` (already its current font)
 * and `bold` (parsed fontkit fonts), and registers them as 'body' and 'bold'. Without the patches the
 * fonts are registered through pdfkit's public API and the document is stock pdfkit's.
 */
export function applyPdfkitPatches(doc: Doc, regular: unknown, bold: unknown): void {
  if (!pdfkitPatchesUsable(regular)) {
    doc.registerFont('body', regular as ArrayBuffer);
    doc.registerFont('bold', bold as ArrayBuffer);
    return;
  }
  const d = doc as unknown as DocInternals;
  if (chosen.has('shared-fonts')) {
    // The document already opened the regular font as its starting font: file it under 'body'.
    d._fontFamilies.body = d._font;
  } else {
    doc.registerFont('body', regular as ArrayBuffer);
  }
  doc.registerFont('bold', bold as ArrayBuffer);
  if (chosen.has('fast-layout')) {
    const opened: EmbeddedFontInternals[] = [];
    for (const name of ['body', 'bold']) {
      doc.font(name);
      opened.push(d._font);
    }
    for (const font of new Set(opened)) fastLayoutFor(font);
  }
  if (chosen.has('faster-streams')) fasterStreams(doc);
}

let warned = false;

/**
 * One warning per process. A report worker thread stays quiet: the command checks in the main thread
 * before it starts the workers (pdfkitPatchesUsable), so the user reads the warning once.
 */
function warnOnce(failed: string[]): void {
  if (warned) return;
  warned = true;
  const threads = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.(
    'node:worker_threads',
  ) as { isMainThread?: boolean } | undefined;
  if (threads?.isMainThread === false) return;
  console.warn(
    `digimat: warning: pdfkit or fontkit is not the pinned version (pdfkit 0.20.2, fontkit 2.0.4): ${failed.join('; ')} differ. ` +
      'PDFs are made with stock pdfkit, correct but slower; reinstall digimat to get the pinned versions back.',
  );
}
