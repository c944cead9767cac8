import { build, type BuildOptions } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Browser entry points, one per page kind, plus the lazily loaded import/export code. */
export const BROWSER_ENTRIES = ['site', 'questionnaire', 'results', 'search', 'answers-io', 'pdf-report', 'worksheets', 'workshop', 'workshop-join', 'hand-in', 'qr-scanner'] as const;

/** The QR reader's WebAssembly, served from the site itself (assets/wasm/) rather than a CDN. */
export async function copyScannerWasm(outDir: string): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const target = path.resolve(outDir, '../wasm');
  await mkdir(target, { recursive: true });
  await copyFile(wasm, path.join(target, 'zxing_reader.wasm'));
}

/**
 * How every page script is bundled, the site's and the room's: classic scripts (module scripts do
 * not load from file://, and the pages must work from a USB stick), minified, for current browsers.
 */
export const CLASSIC_SCRIPT_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'error',
} as const satisfies BuildOptions;

/**
 * Bundles the browser scripts from the TypeScript sources (the same core the CLI runs) as classic
 * scripts: module scripts do not load from file://, and the pages must work from a USB stick.
 */
export async function bundleBrowser(outDir: string): Promise<void> {
  // Compiled to dist/site; the sources sit in src/browser two levels up.
  const srcDir = path.resolve(here, '../../src/browser');
  await copyScannerWasm(outDir);
  await build({
    entryPoints: BROWSER_ENTRIES.map((e) => ({ in: path.join(srcDir, `${e}-page.ts`), out: e })),
    outdir: outDir,
    ...CLASSIC_SCRIPT_OPTIONS,
    // pdfkit's browser build resolves an ICC profile (used only for PDF/A) against import.meta.url at
    // load time; classic scripts have none, so point it at the page instead of letting it throw.
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'document.baseURI' },
    loader: { '.woff': 'binary' },
  });
}
